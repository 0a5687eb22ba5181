"""Paragraph layout: decide where paragraphs start and rebuild the text around them.

Blank lines separate paragraphs, except inside a sentence: a long block that stops without
end punctuation, followed by one that starts in lower case, is one sentence broken by a
stray blank line and is joined; so is a short line reporting speech ("She told the Herald
afterwards") followed by "that ...". Inside a block, a short line without end
punctuation (a caption, a credit, a heading) stands alone, and a line that ends a
sentence followed by one that starts a new one is a paragraph break written with a single
newline. Other lines are soft wraps and are joined with a space, so the rebuilt text has
exactly one paragraph per "\n\n"-separated block and sentences never contain newlines.
"""

from dataclasses import dataclass

import regex

from claims.extraction.lexicon import SPEECH_VERBS

_TERMINAL = '.!?…:;”’")]'
_STARTS_NEW = regex.compile(r"[\p{Lu}\p{N}“‘\"(\[•*–—-]")
# A caption's or a credit's own line: "Photo: ...", "Credit: ...", "Source: ...".
_LABELLED_LINE = regex.compile(r"(?:photo|image|picture|credit|caption|source|graphic)s?\s*:\s", regex.I)
_BYLINE_LINE = regex.compile(r"by\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}\.*$")
MAX_STANDALONE_CHARS = 60
MAX_STANDALONE_WORDS = 8


@dataclass(frozen=True)
class Layout:
    text: str
    paragraphs: list[tuple[int, int]]

    def paragraph_text(self, index: int) -> str:
        start, end = self.paragraphs[index]
        return self.text[start:end]


def is_unterminated_short_line(line: str) -> bool:
    """Captions, credits, headings: few words and no sentence-ending punctuation."""
    line = line.rstrip()
    if not line or line[-1] in _TERMINAL or line[-1] == ",":
        return False
    return len(line) <= MAX_STANDALONE_CHARS or len(line.split()) <= MAX_STANDALONE_WORDS


def lay_out(normalised: str) -> Layout:
    """Split normalised text into paragraphs; offsets refer to the returned `text`."""
    pieces: list[str] = []
    for block in normalised.split("\n\n"):
        lines = _split_block(block.split("\n"))
        if pieces and lines and _broken_sentence(pieces[-1], lines[0]):
            pieces[-1] = pieces[-1] + " " + lines.pop(0)
        pieces.extend(lines)
    paragraphs: list[tuple[int, int]] = []
    position = 0
    for piece in pieces:
        paragraphs.append((position, position + len(piece)))
        position += len(piece) + 2
    return Layout("\n\n".join(pieces), paragraphs)


def _broken_sentence(before: str, after: str) -> bool:
    return (
        bool(before)
        and (not is_unterminated_short_line(before) or _opens_a_clause(before, after))
        and before[-1] not in _TERMINAL + ","
        and (after[:1].islower())
    )


def _opens_a_clause(before: str, after: str) -> bool:
    """ "She told the Herald afterwards" then "that the city would ...": a short line that
    reports speech, whose words follow after the blank line, not a caption or a heading."""
    words = before.split()
    return any(word in SPEECH_VERBS for word in words[1:]) and bool(_REPORTED_CLAUSE.match(after))


_REPORTED_CLAUSE = regex.compile(r"that\s")


def _split_block(lines: list[str]) -> list[str]:
    lines = [line for line in lines if line]
    out: list[str] = []
    current: list[str] = []
    per_line = _one_paragraph_per_line(lines)
    wrapped = _hard_wrapped(lines)
    for i, line in enumerate(lines):
        current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else None
        if (
            following is None
            or (_breaks_between(line, following) and not (wrapped and _wrapped_mid_sentence(line)))
            or (per_line and _STARTS_NEW.match(following))
        ):
            out.append(" ".join(current))
            current = []
    return out


def _breaks_between(line: str, following: str) -> bool:
    if _BYLINE_LINE.match(following):  # a long headline, then "by Savannah Daily News" on its own line
        return True
    starts_new = bool(_STARTS_NEW.match(following))
    if not starts_new:
        return False  # a lowercase continuation is a soft wrap, whatever came before
    if _LABELLED_LINE.match(following):  # a pasted headline, then "Photo: ..." on the next line
        return True
    if is_unterminated_short_line(line) or is_unterminated_short_line(following):
        return True
    return line[-1] in _TERMINAL


MIN_PER_LINE_LINES = 4
PER_LINE_SHARE = 0.6  # of a block's lines ending a sentence: a page written one paragraph a line


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """A block whose lines mostly end sentences is a page pasted one paragraph a line (soft
    wraps end mid-sentence): a line without an ending there is a headline of its own (the
    next story's, a related one), not the start of the line after it."""
    ended = sum(1 for line in lines if line.rstrip()[-1:] in _TERMINAL)
    return len(lines) >= MIN_PER_LINE_LINES and ended >= PER_LINE_SHARE * len(lines)


MIN_WRAPPED_LINES = 3


def _hard_wrapped(lines: list[str]) -> bool:
    """A block pasted from fixed-width text: several lines stop mid-sentence and the next goes
    on in lower case."""
    wraps = sum(
        1
        for line, after in zip(lines, lines[1:], strict=False)
        if line.rstrip()[-1:] not in _TERMINAL and after[:1].islower()
    )
    return wraps >= MIN_WRAPPED_LINES


MIN_WRAPPED_SENTENCE_WORDS = 5


def _wrapped_mid_sentence(line: str) -> bool:
    """A short line of such a block that reads as prose ("Speaking on radio, she said that
    Umoja"): a comma or mostly lower-case words, so the next line carries on its sentence,
    though it opens with a capital."""
    words = line.split()
    if line.rstrip()[-1:] in _TERMINAL or len(words) < MIN_WRAPPED_SENTENCE_WORDS:
        return False
    lower = sum(1 for word in words if word[:1].islower())
    return "," in line or 2 * lower > len(words)
