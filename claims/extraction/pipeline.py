"""The extraction pipeline: article text in, candidate claims and skipped text out.

Stages, each a pure function in its own module: normalise -> lay out paragraphs ->
drop boilerplate paragraphs -> split sentences -> drop boilerplate sentences -> quotes,
speakers and reported speech -> metadata -> check-worthiness score and rank.

Every claim and every skipped stretch keeps character offsets into `Extraction.text`
(the normalised text, which is what should be stored as the article body), so
`extraction.text[c.start:c.end] == c.text` always holds.
"""

import datetime as dt
from dataclasses import dataclass, field, replace

import regex

from claims.extraction import boilerplate
from claims.extraction.boilerplate import classify_paragraphs, classify_sentence
from claims.extraction.contentless import (
    has_figure,
    names_mid_sentence,
    nothing_concrete,
    only_dates,
    says_nothing_checkable,
)
from claims.extraction.dedupe import content_hash
from claims.extraction.html import PageText, html_to_text
from claims.extraction.metadata import find_metadata, is_opinion_page, issuing_body
from claims.extraction.names import build_registry
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.queue_features import is_unsourced
from claims.extraction.scoring import (
    Scorer,
    default_queue_decision,
    default_scorer,
    default_threshold,
    queue_threshold,
)
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import NO_SOURCE, UNDER_LEAD_IN, attribute
from claims.extraction.transcripts import (
    asking_turns,
    framing_lines,
    interviewer_turns,
    put_to_guest,
    turns,
)

SCHEMA = "factcheck.extraction/3"  # /3: claims carry lead_in
MIN_CLAIM_WORDS = 3
MAX_ATTRIBUTION_WORDS = 6  # "The Russian President said:" introduces a quote; it claims nothing


@dataclass(frozen=True)
class SkippedText:
    text: str
    start: int
    end: int
    reason: str
    paragraph_index: int


@dataclass(frozen=True)
class CandidateClaim:
    text: str
    start: int
    end: int
    paragraph_index: int
    paragraph_text: str
    speaker: str | None
    is_quote: bool
    is_reported: bool
    speaker_reason: str = ""  # why this speaker, or why none ("pronoun -> nearest preceding ...")
    introduces: tuple[int, ...] = ()  # a lead-in ("..., saying:"): starts of the quote's sentences
    lead_in: str = ""  # a quote's sentence: the sentence that introduces the quote, its context
    score: float = 0.0
    check_worthy: bool = False
    priority: int = 0  # 1 = most check-worthy in this article; 0 = not scored yet


@dataclass(frozen=True)
class Extraction:
    title: str | None
    author: str | None
    outlet: str | None
    published: dt.date | None
    text: str
    paragraphs: list[tuple[int, int]]
    claims: list[CandidateClaim]
    skipped: list[SkippedText]
    url: str | None = None
    scorer: str | None = None
    threshold: float | None = None
    sentence_count: int = field(default=0)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def queued(self) -> list[CandidateClaim]:
        return [c for c in self.claims if c.check_worthy]

    def to_json_dict(self) -> dict:
        """The dry-run document. Its shape is schema "factcheck.extraction/3"; a change of
        keys or meaning gets a new schema name (test_pipeline pins the keys).

        - article: title, author, outlet, published (ISO date), url, content_hash
        - scoring: scorer (name), threshold (with the fitted queue decision: "MODEL + queue
          decision" and the decision's threshold on its own probability)
        - counts: paragraphs, sentences, claims, check_worthy, skipped
        - claims, ranked (priority 1 = most check-worthy): priority, text, speaker,
          speaker_reason, lead_in (the sentence introducing a quote, else ""), is_quote,
          is_reported, score, check_worthy, start, end, paragraph_index
        - skipped, in reading order: text, reason, start, end, paragraph_index
        - paragraphs: [start, end] of each paragraph; text: what all offsets refer to
        """
        return {
            "schema": SCHEMA,
            "article": {
                "title": self.title,
                "author": self.author,
                "outlet": self.outlet,
                "published": self.published.isoformat() if self.published else None,
                "url": self.url,
                "content_hash": self.content_hash,
            },
            "scoring": {"scorer": self.scorer, "threshold": self.threshold},
            "counts": {
                "paragraphs": len(self.paragraphs),
                "sentences": self.sentence_count,
                "claims": len(self.claims),
                "check_worthy": len(self.queued),
                "skipped": len(self.skipped),
            },
            "claims": [
                {
                    "priority": c.priority,
                    "text": c.text,
                    "speaker": c.speaker,
                    "speaker_reason": c.speaker_reason,
                    "lead_in": c.lead_in,
                    "is_quote": c.is_quote,
                    "is_reported": c.is_reported,
                    "score": round(c.score, 4),
                    "check_worthy": c.check_worthy,
                    "start": c.start,
                    "end": c.end,
                    "paragraph_index": c.paragraph_index,
                }
                for c in self.claims
            ],
            "skipped": [
                {
                    "text": s.text,
                    "reason": s.reason,
                    "start": s.start,
                    "end": s.end,
                    "paragraph_index": s.paragraph_index,
                }
                for s in self.skipped
            ],
            "paragraphs": [list(p) for p in self.paragraphs],
            "text": self.text,
        }


def extract(text: str, *, scorer: Scorer | None = None, threshold: float | None = None) -> Extraction:
    """Run every stage; claims come back ranked (priority 1 first)."""
    return score_claims(analyse(text), scorer=scorer, threshold=threshold)


def analyse(text: str) -> Extraction:
    """The rule stages (everything but scoring); claims in reading order, unscored."""
    layout = lay_out(normalise(text))
    body = layout.text
    paragraph_texts = [body[s:e] for s, e in layout.paragraphs]
    reasons = classify_paragraphs(paragraph_texts)
    skipped = [
        SkippedText(paragraph_texts[i], *layout.paragraphs[i], reason, i) for i, reason in reasons.items()
    ]
    kept = [i for i in range(len(layout.paragraphs)) if i not in reasons]
    sentences = [(s, e, i) for i in kept for s, e in split_sentences(body, *layout.paragraphs[i])]
    sentences = _without_turn_labels(body, layout.paragraphs, kept, sentences, skipped)
    sentences = _without_date_stamps(body, sentences, skipped)
    framing = framing_lines(body, layout.paragraphs, kept)
    attributions, _ = attribute(body, layout.paragraphs, sentences, kept)
    meta = find_metadata(paragraph_texts, reasons, body)
    asked = asking_turns(body, layout.paragraphs, kept, meta.author)
    interviewing = interviewer_turns(body, layout.paragraphs, kept)
    headlines = _headline_keys(
        meta.title, [paragraph_texts[i] for i, r in reasons.items() if r == boilerplate.TITLE]
    )
    bylines = [i for i, r in reasons.items() if r in (boilerplate.BYLINE, boilerplate.DATELINE)]
    byline_at = min(bylines, default=0)  # above it, a reworded headline is a caption or a standfirst
    claims: list[CandidateClaim] = []
    for (start, end, index), who in zip(sentences, attributions, strict=True):
        sentence = body[start:end]
        reason = boilerplate.FRAMING if index in framing else _sentence_reason(sentence)
        if not reason and any(s <= start < e for s, e in asked):
            reason = boilerplate.ASKED
        turn = next(((s, e) for s, e in interviewing if s <= start < e), None)
        if not reason and turn and put_to_guest(sentence, body[turn[0] : start], body[end : turn[1]]):
            reason = boilerplate.ASKED
        above_byline = index < byline_at
        if not reason and _repeats_headline(sentence, headlines, reworded=above_byline):
            reason = boilerplate.REPEATED_HEADLINE
        if not reason and _standfirst(paragraph_texts, reasons, index, headlines):
            reason = boilerplate.HEADING
        if reason:
            skipped.append(SkippedText(sentence, start, end, reason, index))
            continue
        claims.append(
            CandidateClaim(
                text=sentence,
                start=start,
                end=end,
                paragraph_index=index,
                paragraph_text=paragraph_texts[index],
                speaker=who.speaker,
                is_quote=who.is_quote,
                is_reported=who.is_reported,
                speaker_reason=who.reason,
            )
        )
    claims = _in_issuers_voice(_mark_lead_ins(claims), body, meta.outlet)
    skipped.sort(key=lambda s: s.start)
    return Extraction(
        title=meta.title,
        author=meta.author,
        outlet=meta.outlet,
        published=meta.published,
        text=body,
        paragraphs=layout.paragraphs,
        claims=claims,
        skipped=skipped,
        sentence_count=len(sentences),
    )


def score_claims(
    extraction: Extraction, *, scorer: Scorer | None = None, threshold: float | None = None
) -> Extraction:
    """Score with `scorer` (default: the trained scorer, else the baseline) and rank.

    With the default scorer and threshold, the fitted queue decision (scoring.py) queues
    and ranks when there is one; otherwise the rule's threshold and margins do. Each claim's
    `score` stays the check-worthiness model's probability either way."""
    name = getattr(scorer, "__name__", None) or type(scorer).__name__
    decision = None
    if scorer is None:
        scorer, name = default_scorer()
        decision = default_queue_decision() if threshold is None else None
    if threshold is None:
        threshold = default_threshold()
    claims = extraction.claims
    scores = scorer(
        [c.text for c in claims], [{"is_quote": c.is_quote, "speaker": c.speaker} for c in claims]
    )
    if len(scores) != len(claims):
        raise ValueError(f"scorer returned {len(scores)} scores for {len(claims)} sentences")
    scores = _below_their_quotes(claims, [float(s) for s in scores])
    names = names_mid_sentence(extraction.text)
    if decision is None:
        ranks_by = scores
        needed = [
            queue_threshold(threshold, unsourced=is_unsourced(c), concrete=has_figure(c.text)) for c in claims
        ]
    else:
        ranks_by = _below_their_quotes(
            claims, decision.probabilities(claims, scores, len(extraction.paragraphs))
        )
        needed = [decision.threshold] * len(claims)
        name, threshold = f"{name} + {DECISION_NAME}", decision.threshold
    # What the rules hold back ranks below everything they let through, whatever it scores:
    # a reviewer working down the list meets the checkable sentences first.
    ranked = sorted(
        zip(claims, scores, ranks_by, needed, [never_queued(c, names) for c in claims], strict=True),
        key=lambda item: (item[4], -item[2], item[0].start),
    )
    claims = [
        replace(claim, score=score, check_worthy=not held_back and value >= bar, priority=rank)
        for rank, (claim, score, value, bar, held_back) in enumerate(ranked, start=1)
    ]
    # After ranking: to the queue, a column's own sentences are narration, as any article's are.
    claims = _in_writers_voice(claims, extraction.text, extraction.author)
    return replace(extraction, claims=claims, scorer=name, threshold=threshold)


DECISION_NAME = "queue decision"  # recorded after the scorer's name when the fitted decision queued


def never_queued(claim: CandidateClaim, names: frozenset[str] = frozenset()) -> bool:
    """A question, a sentence with nothing checkable (contentless.py) or nothing concrete
    that no named speaker said: kept, never queued. `names`: the article's names
    (contentless.names_mid_sentence), which may open a sentence."""
    return (
        _is_question(claim.text)
        or says_nothing_checkable(claim.text, introduces_quote=bool(claim.introduces))
        or (nothing_concrete(claim.text, names) and not _named_speakers_claim(claim))
    )


def _mark_lead_ins(claims: list[CandidateClaim]) -> list[CandidateClaim]:
    """A sentence ending in a colon right before a quote ("Assad backed Putin's call, ...
    saying:") or a list whose items are its speaker's ("..., saying the party would:")
    introduces it; it is their context (each keeps it as `lead_in`) and must not outrank them."""
    marked = list(claims)
    for i, claim in enumerate(claims):
        if not claim.text.rstrip().endswith(":") or claim.is_quote:
            continue
        quote = []
        for later in claims[i + 1 :]:
            # "... told MPs that:" then lines no one else is named for: what it introduces, even
            # when the lines' speaker is not found
            listed = later.speaker_reason.startswith(f"{UNDER_LEAD_IN}'") or (
                claim.text.rstrip().endswith("that:") and later.speaker_reason == NO_SOURCE
            )
            if not (later.is_quote or listed) or (quote and later.speaker != quote[0].speaker):
                break
            quote.append(later)
        if quote and quote[0].paragraph_index == claim.paragraph_index + 1:
            marked[i] = replace(claim, introduces=tuple(c.start for c in quote))
            for j, _ in enumerate(quote, start=i + 1):
                marked[j] = replace(marked[j], lead_in=claim.text)
    return marked


def _below_their_quotes(claims: list[CandidateClaim], scores: list[float]) -> list[float]:
    """A lead-in ranks below every sentence of the quote it introduces, not only the best."""
    by_start = {c.start: s for c, s in zip(claims, scores, strict=True)}
    return [
        min(score, min(by_start[start] for start in c.introduces) - LEAD_IN_MARGIN) if c.introduces else score
        for c, score in zip(claims, scores, strict=True)
    ]


LEAD_IN_MARGIN = 1e-6


def _named_speakers_claim(claim: CandidateClaim) -> bool:
    """A quote or reported claim with a speaker, or reported with one we could not tell
    ("she said" after two women): what a person said is checked as said."""
    return (bool(claim.speaker) and claim.is_quote) or claim.is_reported


def _is_question(sentence: str) -> bool:
    """ "Is that enough?": a question claims nothing to check; kept, never queued. A quoted
    question ("“..., did anyone help?” he asked.") is one too. A question asking why or how
    asserts its figure ("Why is unemployment at 3.5 percent?") and is scored as usual, as does
    one ending in a clause that states it ("... when waiting lists are at 7.4 million?"); a
    yes/no question does not ("Is this the best a state of 12 million people can do?"), nor
    one asking whether a figure holds, nor a date ("How many officers have you lost since 2020?")."""
    asked = _ASKED.match(sentence)
    question = asked.group("question") if asked else sentence.rstrip("”’\"' )")
    if not question.endswith("?"):
        return False
    if only_dates(question):
        return True
    if _ASSERTED_CLAUSE.search(question):
        return False
    return bool(_YES_NO.search(question)) or _figures_only_asked_whether(question)


def _figures_only_asked_whether(question: str) -> bool:
    """ "How can we judge whether $11 million is enough?": the figure sits in the clause the
    question asks about, so nothing is asserted."""
    whether = regex.search(r"\b(?:whether|if)\b", question, regex.I)
    return bool(whether) and not any(ch.isdigit() for ch in question[: whether.start()])


_ASKED = regex.compile(
    r"(?P<question>.*\?)[”’\"']\s*,?\s*[^?“”]{0,40}\b(?:asked|asks|wondered|wonders)\.?\s*$"
)
# "... when waiting lists are at 7.4 million?": a closing clause stating a figure as fact.
_ASSERTED_CLAUSE = regex.compile(
    r"\b(?:when|while|whereas|given that|even though|although|after|since)\b[^,?]*\d[^,?]*\?$", regex.I
)
# A yes/no question: an auxiliary opens it, or opens its main clause after an opening clause.
_YES_NO = regex.compile(
    r"(?:^|,\s)[“\"‘']?(?:is|are|was|were|will|would|can|could|do|does|did|should|shall|has|have|had|must"
    r"|isn’t|aren’t|won’t|wouldn’t|can’t|doesn’t|don’t|didn’t|shouldn’t|hasn’t|haven’t)\s",
    regex.I,
)


def _without_turn_labels(text, paragraphs, kept, sentences, skipped: list[SkippedText]):
    """Sentences with a transcript's turn label ("JANE ROE: ") cut off their start; the label
    goes to the skipped text."""
    labels = {turn.start: turn.label for turn in turns(text, paragraphs, kept)}
    out = []
    for start, end, index in sentences:
        label = labels.get(start)
        if label:
            label_end = start + len(text[start : start + label.length].rstrip())
            skipped.append(
                SkippedText(text[start:label_end], start, label_end, boilerplate.TURN_LABEL, index)
            )
            start += label.length
            if start >= end:
                continue
        out.append((start, end, index))
    return out


def _without_date_stamps(text, sentences, skipped: list[SkippedText]):
    """A date stamp glued to a sentence ("Updated 14 May 2026 09:12Record numbers ...") is cut
    off the sentence and kept as skipped text."""
    out = []
    for start, end, index in sentences:
        length = boilerplate.leading_date_stamp(text[start:end])
        if length:
            stamp_end = start + len(text[start : start + length].rstrip())
            skipped.append(SkippedText(text[start:stamp_end], start, stamp_end, boilerplate.DATELINE, index))
            start += length
        out.append((start, end, index))
    return out


def _standfirst(paragraphs: list[str], reasons: dict[int, str], index: int, headlines=()) -> bool:
    """A line with no full stop right under the headline, with only the byline, date and
    section lines between ("Union figures show overcrowding at its highest level"): the
    standfirst, which the story goes on to tell. A page's markup may carry the byline
    (html.py), so it stands above or below the standfirst. One sentence between the headline
    and the byline or date line is the standfirst too, full stop or not."""
    line = paragraphs[index].rstrip()
    if not line or len(line.split()) > MAX_STANDFIRST_WORDS:
        return False
    if not any(reasons.get(i) == boilerplate.TITLE for i in range(index)):
        return False
    if not all(i in reasons or _repeats_headline(paragraphs[i], headlines) for i in range(index)):
        return False
    if line[-1] not in ".!?:”’\"'":
        return True
    above_byline = reasons.get(index + 1) in (boilerplate.BYLINE, boilerplate.DATELINE)
    return above_byline and len(split_sentences(line, 0, len(line))) == 1


MAX_STANDFIRST_WORDS = 30
MIN_HEADLINE_WORDS = 4  # shorter titles ("Speech") are words a sentence may well open with


def _headline_keys(*titles) -> list[str]:
    keys = [_words_key(t) for t in [titles[0], *titles[1]] if t]
    return [k for k in keys if len(k.split()) >= MIN_HEADLINE_WORDS]


def _words_key(text: str) -> str:
    return " ".join(regex.findall(r"[\p{L}\p{N}]+", text.casefold()))


def _repeats_headline(sentence: str, headlines: list[str], reworded: bool = False) -> bool:
    """The headline again in the body, or opening a caption ("<headline> (Photo/Agency)"), or
    (`reworded`: above the byline) the headline in other words."""
    key = _words_key(sentence)
    return any(
        key == h
        or (key.startswith(h + " ") and len(key) - len(h) <= MAX_CREDIT_CHARS)
        or (key.endswith(h) and len(key) - len(h) <= MAX_CREDIT_CHARS)  # "RevBlogTranscripts<headline>"
        or (reworded and _reworded_headline(key.split(), h.split()))
        for h in headlines
    )


def _reworded_headline(words: list[str], headline: list[str]) -> bool:
    """ "Night buses could double under plan, riders told" under "Night buses to double under
    plan, riders told": nearly every word the headline's, in a line no longer than it."""
    if not words or len(words) > len(headline) + MAX_EXTRA_WORDS:
        return False
    shared = sum(word in set(headline) for word in words)
    return shared >= len(words) * MIN_HEADLINE_SHARE


MAX_CREDIT_CHARS = 40
MAX_EXTRA_WORDS = 2
MIN_HEADLINE_SHARE = 0.8


def _sentence_reason(sentence: str) -> str | None:
    reason = classify_sentence(sentence)
    if reason:
        return reason
    words = [w for w in sentence.split() if any(ch.isalnum() for ch in w)]
    if sentence.rstrip().endswith(":") and len(words) <= MAX_ATTRIBUTION_WORDS:
        return boilerplate.ATTRIBUTION
    if len(words) < MIN_CLAIM_WORDS:
        return boilerplate.FRAGMENT
    return None


def extract_html(
    html: str, *, url: str | None = None, scorer: Scorer | None = None, threshold: float | None = None
) -> Extraction:
    """Extract from a web page; the page's own metadata wins over what the text suggests."""
    page = html_to_text(html, url=url)
    result = analyse(page.text)
    outlet = page.outlet or result.outlet
    result = replace(
        result,
        title=page.title or result.title,
        author=page.author or result.author,
        outlet=outlet,
        published=publication_date(page, result.published),
        url=page.url,
        claims=_in_issuers_voice(result.claims, result.text, outlet),
    )
    return score_claims(result, scorer=scorer, threshold=threshold)


ISSUING_BODY = "issuing body of the page, in its own voice"


def _in_issuers_voice(claims: list[CandidateClaim], text: str, outlet: str | None) -> list[CandidateClaim]:
    """A sentence no one is named for, on a page a body issued (metadata.issuing_body), is the
    body's: on an official notice, every such sentence; in a company's release, those about
    the company ("The Company cut its debt.", "Roe employs 40 people.") and its listed
    highlights, not the background it gives ("The country imports half its grain.")."""
    issuer = issuing_body(text, outlet)
    if issuer is None:
        return claims
    name, whole_page = issuer
    about_itself = _about_itself(name, _its_things(text, name))
    return [
        replace(c, speaker=name, speaker_reason=ISSUING_BODY)
        if c.speaker is None
        and c.speaker_reason == NO_SOURCE
        and (whole_page or about_itself.search(c.text) or boilerplate.is_list_item(c.paragraph_text))
        else c
        for c in claims
    ]


WRITERS_VOICE = "the column's writer, in their own voice"


def _in_writers_voice(claims: list[CandidateClaim], text: str, author: str | None) -> list[CandidateClaim]:
    """A signed column's own sentences, those no one else is named for and not quoted, are its
    writer's, as a letter's are its signatory's."""
    if not author or not is_opinion_page(text):
        return claims
    return [
        replace(c, speaker=author, speaker_reason=WRITERS_VOICE)
        if c.speaker is None and c.speaker_reason == NO_SOURCE and not c.is_quote
        else c
        for c in claims
    ]


def _its_things(text: str, name: str) -> list[str]:
    """What the release's lead gives the company ("X today announced the commissioning of its
    solar park"): "The park" later is the company's."""
    lead = regex.search(
        rf"{regex.escape(name)}\b[^\n]{{0,300}}?\bits (?:[\p{{Ll}}-]+ ){{0,2}}(\p{{Ll}}+)"
        r"(?=\s(?:at|in|near|on)\b|[,.;])",
        text,
    )
    return [lead.group(1)] if lead else []


def _about_itself(name: str, things: list[str] = ()) -> regex.Pattern:
    """The company's name, its first word ("Northfield") or "the Company", "we", "our"."""
    first = name.split()[0]
    owned = "".join(rf"|^The\s+{regex.escape(thing)}\b" for thing in things)
    return regex.compile(
        rf"\b(?:{regex.escape(name)}|{regex.escape(first)}|the\s+Company)\b|\b(?:we|our|us)\b{owned}", regex.I
    )


def publication_date(page: PageText, from_text: dt.date | None) -> dt.date | None:
    """The page's date, else the text's; the text's wins over a January 1st, which is how the
    page's date reads when only its year was found."""
    if page.published is None or (page.published.month, page.published.day) == (1, 1):
        return from_text or page.published
    return page.published


def find_speaker_names(text: str) -> list[str]:
    """Full names of the people an article names outside its boilerplate, in first-seen order."""
    layout = lay_out(normalise(text))
    reasons = classify_paragraphs([layout.text[s:e] for s, e in layout.paragraphs])
    kept = [span for i, span in enumerate(layout.paragraphs) if i not in reasons]
    return build_registry(layout.text, kept, [s for s, _ in kept], []).names()
