"""Who said each quote, and who is the source of each reported claim.

A quote group (see quotes.py) gets one speaker. It comes, in this order, from an
attribution next to the quote (`“...,” said X`, `X said: “...`, `according to X`), from
an introduction ending the previous paragraph (`He wrote:`, `The Russian President
said:`, `..., saying:`), or from the quote group just before it. Sentences outside quotes
are reported claims when they say who claims them (`X confirmed that ...`, `..., X said.`,
`according to X, ...`, `..., reports X.`). Names are resolved to full names through the
registry (names.py).
"""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from claims.extraction.agents import AgentResolver
from claims.extraction.lexicon import SPEECH_PARTICIPLES, SPEECH_VERBS
from claims.extraction.names import Registry, build_registry
from claims.extraction.quotes import QuoteGroup, find_quote_spans

MAX_ATTRIBUTION_CHARS = 100  # "said X" must start this close to the quote it attributes
_VERB = regex.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_PARTICIPLE = regex.compile(r"\b(" + "|".join(SPEECH_PARTICIPLES) + r")\b")
_ACCORDING = regex.compile(r"\baccording to\b", regex.I)
# Verbs that can also be nouns or mean something else ("reports to", "states that"): they
# introduce a claim only with "that" after them or in a trailing ", reports X".
_STRONG_VERBS = frozenset(
    "said says told tells wrote writes added insisted argued warned declared claimed confirmed announced "
    "denied admitted stressed tweeted alleged asserted acknowledged".split()
)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    is_quote: bool
    is_reported: bool


def attribute(
    text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int, int]], kept: list[int]
) -> tuple[list[Attribution], Registry]:
    """Speaker, quote and reported-speech flags for each (start, end, paragraph) sentence."""
    groups = find_quote_spans(text, paragraphs, kept)
    quoted = sorted(span for group in groups for span in group.spans)
    starts = sorted(s for s, _, _ in sentences)
    registry = build_registry(text, [paragraphs[i] for i in kept], starts, quoted)
    resolver = AgentResolver(text, registry)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for start, end, index in sentences:
        by_paragraph.setdefault(index, []).append((start, end))
    previous: QuoteGroup | None = None
    for group in groups:
        group.speaker = _group_speaker(text, group, paragraphs, by_paragraph, resolver)
        if group.speaker is None and previous and previous.paragraphs[-1] == group.paragraphs[0] - 1:
            group.speaker = previous.speaker
        if group.speaker:
            registry.note_salient(group.spans[0][0], group.speaker)
        previous = group
    span_owner = {span: group for group in groups for span in group.spans}
    quote_starts = [s for s, _ in quoted]
    result = []
    for start, end, _ in sentences:
        result.append(_sentence_attribution(text, start, end, quoted, quote_starts, span_owner, resolver))
    return result, registry


def _group_speaker(
    text: str, group: QuoteGroup, paragraphs, by_paragraph, resolver: AgentResolver
) -> str | None:
    spans_by_paragraph: dict[int, list[tuple[int, int]]] = {}
    starts = [paragraphs[i][0] for i in group.paragraphs]
    for span in group.spans:
        index = group.paragraphs[bisect_right(starts, span[0]) - 1]  # the paragraph holding the span
        spans_by_paragraph.setdefault(index, []).append(span)
    for index in group.paragraphs:  # attribution written next to the quote
        p_start, p_end = paragraphs[index]
        spans = spans_by_paragraph[index]
        for i, (_, span_end) in enumerate(spans):
            gap_end = _gap_end(
                by_paragraph.get(index, []), span_end, spans[i + 1][0] if i + 1 < len(spans) else p_end
            )
            speaker = _speaker_in_gap(text, span_end, gap_end, resolver)
            if speaker:
                return speaker
        lead_start = _sentence_start(by_paragraph.get(index, []), spans[0][0], p_start)
        speaker = _speaker_in_lead(text, lead_start, spans[0][0], resolver)
        if speaker:
            return speaker
    first = group.paragraphs[0]
    intro = by_paragraph.get(first - 1)
    if intro and text[intro[-1][0] : intro[-1][1]].rstrip().endswith(":"):
        return _speaker_in_lead(text, intro[-1][0], intro[-1][1], resolver)
    return None


# Both search a paragraph's sentences, sorted and disjoint, by bisection: a paragraph of
# thousands of quotes asks once per quote.
def _sentence_start(sentences: list[tuple[int, int]], position: int, default: int) -> int:
    index = bisect_right(sentences, (position, float("inf"))) - 1
    return sentences[index][0] if index >= 0 else default


def _gap_end(sentences: list[tuple[int, int]], span_end: int, hard_end: int) -> int:
    """Where an attribution after a quote can end: the end of the quote's sentence, or of
    the next one when the quote closes its sentence (`“It is over.” Smith said.`)."""
    i = bisect_left(sentences, (span_end,)) - 1  # the last sentence starting before span_end
    if i >= 0 and span_end <= sentences[i][1]:
        end = sentences[i][1]
        if end == span_end and i + 1 < len(sentences):
            end = sentences[i + 1][1]
        return min(end, hard_end)
    return hard_end


def _speaker_in_gap(text: str, start: int, end: int, resolver: AgentResolver) -> str | None:
    """`”, said X.` / `” X said.` / `”, according to X.` right after a closing quote."""
    near = min(end, start + MAX_ATTRIBUTION_CHARS)
    according = _ACCORDING.search(text, start, near)
    if according:
        return resolver.at(according.end(), end)
    verb = _VERB.search(text, start, near)
    if not verb:
        return None
    if not text[start : verb.start()].strip(" ,”’—–-"):
        return resolver.at(verb.end(), end)
    return resolver.before(start, verb.start())


def _speaker_in_lead(text: str, start: int, end: int, resolver: AgentResolver) -> str | None:
    """`X said: “` / `..., saying: “` / `According to X, “` before a quote."""
    according = _ACCORDING.search(text, start, end)
    if according:
        return resolver.at(according.end(), end)
    verbs = list(_VERB.finditer(text, start, end))
    participles = list(_PARTICIPLE.finditer(text, start, end))
    if participles and (not verbs or participles[-1].start() > verbs[-1].start()):
        return resolver.at(start, participles[-1].start())
    if verbs:
        verb = verbs[-1]
        return resolver.before(start, verb.start()) or resolver.at(verb.end(), end)
    return None


def _sentence_attribution(text, start, end, quoted, quote_starts, span_owner, resolver) -> Attribution:
    inside, speaker = 0, None
    index = bisect_right(quote_starts, end) - 1
    while index >= 0 and quoted[index][1] > start:
        s, e = quoted[index]
        overlap = min(e, end) - max(s, start)
        if overlap > 0:
            inside += overlap
            speaker = speaker or span_owner[quoted[index]].speaker
        index -= 1
    if inside and (inside * 2 >= end - start or _opens_with_quote(start, quoted, quote_starts)):
        return Attribution(speaker, True, False)
    reported = _reported_speaker(text, start, end, resolver)
    if reported:
        return Attribution(reported, False, True)
    return Attribution(speaker, False, speaker is not None)


def _opens_with_quote(start: int, quoted, quote_starts) -> bool:
    """`“We are disappointed,” said a spokeswoman, who ...`: a quote, however long the tail."""
    index = bisect_right(quote_starts, start) - 1
    return index >= 0 and quoted[index][0] <= start < quoted[index][1]


_TRAILING = regex.compile(r",\s*([^,]{1,80})$")


def _reported_speaker(text: str, start: int, end: int, resolver: AgentResolver) -> str | None:
    """`X confirmed that ...`, `..., X said.`, `..., according to X.`, `..., reports X.`"""
    according = _ACCORDING.search(text, start, end)
    if according:
        speaker = resolver.at(according.end(), end)
        if speaker:
            return speaker
    trailing = _TRAILING.search(text, start, end)
    if trailing:
        speaker = _speaker_in_gap(text, trailing.start(), end, resolver)
        if speaker:
            return speaker
    for verb in _VERB.finditer(text, start, min(end, start + 120)):
        word = verb.group()
        follows = text[verb.end() : verb.end() + 24].split()[:3]
        if word not in _STRONG_VERBS and "that" not in follows:
            continue
        speaker = resolver.before(start, verb.start())
        if speaker:
            return speaker
    return None
