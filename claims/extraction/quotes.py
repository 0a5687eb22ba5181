"""Quoted speech: where quotes start and end, and which belong together.

A quote group is the speech of one speaker: all quoted stretches of a paragraph,
continued into following paragraphs when a paragraph ends inside a quote and the next one
opens with a quote mark (news style for long quotes: every paragraph opens, only the last
closes), or closes one before opening any (the page left out the opening mark).
Normalisation has already made every double mark “ or ”, so direction is known.
"""

from dataclasses import dataclass

MIN_QUOTE_WORDS = 4  # shorter quoted bits mid-sentence are scare quotes or titles, not speech


@dataclass
class QuoteGroup:
    spans: list[tuple[int, int]]
    paragraphs: list[int]
    speaker: str | None = None


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]], kept: list[int]) -> list[QuoteGroup]:
    """Quote groups in reading order; spans include their quote marks."""
    groups: list[QuoteGroup] = []
    open_at_end: int | None = None  # paragraph index whose quote ran on past its end
    for index in kept:
        start, end = paragraphs[index]
        spans, still_open = _spans_in(text, start, end, carried=open_at_end == index - 1)
        spans = [s for s in spans if _is_speech(text, s, start)]
        if not spans:
            open_at_end = None
            continue
        continues = open_at_end == index - 1 and spans[0][0] == start and bool(groups)
        if continues:
            groups[-1].spans.extend(spans)
            groups[-1].paragraphs.append(index)
        else:
            groups.append(QuoteGroup(spans, [index]))
        open_at_end = index if still_open and spans[-1][1] == end else None
    return groups


def _is_speech(text: str, span: tuple[int, int], paragraph_start: int) -> bool:
    """Long enough to be speech, or short but placed where speech goes (opening the
    paragraph, or after a colon); short quotes mid-sentence are scare quotes or titles."""
    if len(text[span[0] : span[1]].split()) >= MIN_QUOTE_WORDS:
        return True
    # Look back from the quote, not at the paragraph up to it: that is quadratic over a
    # paragraph of thousands of quote marks.
    before = span[0]
    while before > paragraph_start and text[before - 1].isspace():
        before -= 1
    return span[0] == paragraph_start or (before > paragraph_start and text[before - 1] == ":")


def _spans_in(text: str, start: int, end: int, carried: bool = False) -> tuple[list[tuple[int, int]], bool]:
    # British style quotes with single marks; used only where a paragraph has no double
    # marks, and a closing ’ must not be followed by a letter (that is an apostrophe).
    single = "“" not in text[start:end] and "‘" in text[start:end]
    opener, closer = ("‘", "’") if single else ("“", "”")
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    first_closer, first_opener = text.find(closer, start, end), text.find(opener, start, end)
    if carried and not single and first_closer != -1 and (first_opener == -1 or first_closer < first_opener):
        # the quote the paragraph before left open goes on, its opening mark left out by the page:
        # "“Realities cannot be hidden. ..." then "... Either they are stopped,” Modi continued."
        opened = start
    for i in range(start, end):
        mark = text[i]
        if mark == opener:
            if opened is not None:
                spans.append((opened, i))
            opened = i
        elif mark == closer and opened is not None:
            if single and i + 1 < end and text[i + 1].isalpha():
                continue
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans, opened is not None
