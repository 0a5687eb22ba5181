"""Who said each quote, and who is the source of each reported claim.

A quote group (see quotes.py) gets one speaker. It comes, in this order, from an
attribution next to the quote (`“...,” said X`, `X said: “...`, `according to X`), from
an introduction ending the previous paragraph (`He wrote:`, `The Russian President
said:`, `..., saying:`), or from the quote group just before it. Sentences outside quotes
are reported claims when they say who claims them (`X confirmed that ...`, `..., X said.`,
`according to X, ...`, `..., reports X.`). Names are resolved to full names through the
registry (names.py).
"""

from bisect import bisect_right
from dataclasses import dataclass

import regex

from claims.extraction.lexicon import (
    COUNTRY_OF,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    STOPWORDS,
)
from claims.extraction.names import NAME_RUN, Registry, build_registry, split_name_run
from claims.extraction.quotes import QuoteGroup, find_quote_spans

_VERB = regex.compile(r"\b(" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b")
_PARTICIPLE = regex.compile(r"\b(" + "|".join(SPEECH_PARTICIPLES) + r")\b")
_ACCORDING = regex.compile(r"\baccording to\b", regex.I)
# Verbs that can also be nouns or mean something else ("reports to", "states that"): they
# introduce a claim only with "that" after them or in a trailing ", reports X".
_STRONG_VERBS = frozenset(
    "said says told tells wrote writes added insisted argued warned declared claimed confirmed announced "
    "denied admitted stressed tweeted alleged asserted acknowledged".split()
)
_AUX = frozenset(
    "has have had also then later previously once again reportedly publicly recently earlier would will "
    "is was has been had been repeatedly privately separately immediately".split()
)
_DESCRIPTOR = regex.compile(r"(?:the|a|an)\s+((?:[\p{L}-]+(?:\s+|$)){1,4})", regex.I)
_PRONOUN = regex.compile(r"(he|she|He|She)\b")
_SKIP = regex.compile(r"[\s,:“”‘’\"(\[—–-]*")
_WORD = regex.compile(r"[^\s]+")
_CLAUSE = regex.compile(r"[^.;!?“‘]*")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    is_quote: bool
    is_reported: bool


class _Resolver:
    """Turns the words around a speech verb into a speaker name."""

    def __init__(self, text: str, registry: Registry) -> None:
        self.text = text
        self.registry = registry

    def at(self, position: int, limit: int) -> str | None:
        """The speaker phrase starting at `position` ("said X", a sentence's subject)."""
        position = _SKIP.match(self.text, position, limit).end()
        if _PRONOUN.match(self.text, position, limit):
            return self.registry.resolve_pronoun(position)
        descriptor = _DESCRIPTOR.match(self.text, position, limit)
        if descriptor:
            words = descriptor.group(1).split()
            role_at = next((i for i, w in enumerate(words) if w.casefold() in ROLE_NOUNS), None)
            if role_at is not None:
                # "the Russian President Vladimir Putin": the name after the role wins.
                after = descriptor.start(1) + len(" ".join(words[: role_at + 1])) + 1
                named = self._name_at(after, limit) if after < limit else None
                if named:
                    return named
                determiner = self.text[position : descriptor.start(1)].strip()
                if determiner.casefold() in ("a", "an"):
                    # "a spokeswoman" is someone new, not anyone named before
                    return " ".join([determiner.lower(), *words[: role_at + 1]])
                return self._descriptor(words[:role_at], words[role_at], position)
            # "the Labor Department", "the White House": an organisation by name
            return self._name_at(descriptor.start(1), limit)
        return self._name_at(position, limit)

    def before(self, floor: int, verb_start: int) -> str | None:
        """The speaker phrase ending just before a verb ("X said", "the minister has said")."""
        words = list(_WORD.finditer(self.text, floor, verb_start))
        while words and words[-1].group().casefold() in _AUX:
            words.pop()
        if not words:
            return None
        if words[-1].group().endswith(","):  # "X, a Russia expert at ..., said": skip the appositive
            commas = [i for i, w in enumerate(words[:-1]) if w.group().endswith(",")]
            if not commas:
                return None
            words = words[: commas[-1] + 1]
            last = words[-1]
            return self.at(self._phrase_start(words[:-1], last.start()), last.end() - 1)
        last = words[-1]
        if last.group().casefold() in PRONOUNS:
            return self.registry.resolve_pronoun(last.start())
        start = self._phrase_start(words[:-1], last.start())
        return self.at(start, last.end())

    def _phrase_start(self, words: list, position: int) -> int:
        """Walk back over capitalised words, particles and a descriptor's modifiers."""
        for word in reversed(words[-4:]):
            token = word.group()
            if token.endswith((",", ".", ":", ";", "”")):
                break
            position = word.start()
            if token.casefold() in ("the", "a", "an"):
                break
        return position

    def _descriptor(self, modifiers: list[str], role: str, position: int) -> str | None:
        folded = [m.casefold() for m in modifiers]
        if any(m in STOPWORDS for m in folded):
            return None
        country = next((COUNTRY_OF[m] for m in folded if m in COUNTRY_OF), None)
        return self.registry.resolve_descriptor(role.casefold(), country, position)

    def _name_at(self, position: int, limit: int) -> str | None:
        run = NAME_RUN.match(self.text, position, limit)
        if not run:
            return None
        pieces = split_name_run(run.group())
        if not pieces:
            return None
        offset, parts = pieces[0]
        return self.registry.resolve_name(parts.words, position + offset)


def attribute(
    text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int, int]], kept: list[int]
) -> tuple[list[Attribution], Registry]:
    """Speaker, quote and reported-speech flags for each (start, end, paragraph) sentence."""
    groups = find_quote_spans(text, paragraphs, kept)
    quoted = sorted(span for group in groups for span in group.spans)
    starts = sorted(s for s, _, _ in sentences)
    registry = build_registry(text, [paragraphs[i] for i in kept], starts, quoted)
    resolver = _Resolver(text, registry)
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


def _group_speaker(text: str, group: QuoteGroup, paragraphs, by_paragraph, resolver: _Resolver) -> str | None:
    spans_by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for span in group.spans:
        index = next(
            i
            for i in group.paragraphs
            if paragraphs[i][0] <= span[0] < paragraphs[i][1] or (span[0] == span[1] == paragraphs[i][1])
        )
        spans_by_paragraph.setdefault(index, []).append(span)
    for index in group.paragraphs:  # attribution written next to the quote
        p_start, p_end = paragraphs[index]
        spans = spans_by_paragraph[index]
        for i, (_, span_end) in enumerate(spans):
            gap_end = spans[i + 1][0] if i + 1 < len(spans) else p_end
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


def _sentence_start(sentences: list[tuple[int, int]], position: int, default: int) -> int:
    starts = [s for s, _ in sentences if s <= position]
    return starts[-1] if starts else default


def _speaker_in_gap(text: str, start: int, end: int, resolver: _Resolver) -> str | None:
    """`”, said X.` / `” X said.` / `”, according to X.` right after a closing quote."""
    clause_end = start + len(_CLAUSE.match(text, start, end).group())
    according = _ACCORDING.search(text, start, clause_end)
    if according:
        return resolver.at(according.end(), clause_end)
    verb = _VERB.search(text, start, clause_end)
    if not verb:
        return None
    if not text[start : verb.start()].strip(" ,”’—–-"):
        return resolver.at(verb.end(), clause_end)
    return resolver.before(start, verb.start())


def _speaker_in_lead(text: str, start: int, end: int, resolver: _Resolver) -> str | None:
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


def _reported_speaker(text: str, start: int, end: int, resolver: _Resolver) -> str | None:
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
