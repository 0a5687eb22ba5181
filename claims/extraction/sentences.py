"""Sentence spans inside one paragraph, using syntok's segmenter.

syntok keeps token offsets, so spans map back into the article text exactly; we run it
per paragraph because the layout stage has already decided where paragraphs are.
"""

import regex
from syntok.segmenter import segment
from syntok.tokenizer import Tokenizer

from claims.extraction.lexicon import GENDER_OF_NAME, TITLE_WORDS

# replace_not_contraction=False keeps "don't" as written; offsets must match the text.
_TOKENIZER = Tokenizer(replace_not_contraction=False)
_CLOSERS = "”’)]"
_LEADERS = "—–-•*·|>▪►"
# Abbreviated titles that stay with the name after them ("Hon. Jane Adeyemi", "Rt. Hon. X",
# "police Cpl. KR Johnson");
# syntok ends a sentence after some of them.
_TITLE_BEFORE_NAME = regex.compile(
    r"(?<![\p{L}.])(?:Hon|Rt|Rev|Gov|Sen|Rep|Dr|Prof|Cllr|Coun|Gen|Col|Lt|Capt|Sgt|Insp|Supt|Det|Mr|Mrs|Ms|Cpl|Pvt|Maj|Cmdr)\.$"
)


# An abbreviated given name ("Ma. Teresa", "Wm. Henry") after a title or opening the text;
# after a given name "Ma." is a surname ending a sentence ("signed by Jack Ma. Teresa Cruz said").
_ABBREVIATED_GIVEN = regex.compile(r"(?:^|(?P<before>\S+) )(?:Ma|Wm|Chas|Thos)\.$")
_WORD = regex.compile(r"\p{L}+")


def _abbreviates_a_given_name(text: str, start: int, end: int, following: int) -> bool:
    found = _ABBREVIATED_GIVEN.search(text, start, end)
    word = _WORD.match(text, following)
    if not found or not word or not word.group()[0].isupper():
        return False
    before = (found.group("before") or "").rstrip(".").casefold()
    return not before or before in TITLE_WORDS or word.group().casefold() in GENDER_OF_NAME


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], as offsets into `text`."""
    spans: list[tuple[int, int]] = []
    # Tokenise the paragraph on its own and shift offsets ourselves: syntok's own offset
    # argument pads the text with that many spaces, which is quadratic over an article.
    for sentence in segment(_TOKENIZER.tokenize(text[start:end])):
        if not sentence:
            continue
        first, last = sentence[0], sentence[-1]
        span_start, span_end = start + first.offset, start + last.offset + len(last.value)
        # A closing quote or bracket that the segmenter put at the head of the next
        # sentence belongs to the one before it.
        if (
            spans
            and text[span_start] in _CLOSERS
            and (span_end == span_start + 1 or text[span_start + 1] == " ")
        ):
            previous_start, _ = spans.pop()
            span_start = previous_start
        elif spans and text[span_start].isupper() and _TITLE_BEFORE_NAME.search(text, *spans[-1]):
            span_start, _ = spans.pop()
        elif spans and _abbreviates_a_given_name(text, *spans[-1], span_start):
            span_start, _ = spans.pop()  # "Governor Ma. Teresa Lagdameo said": Ma. is María
        spans.append((span_start, span_end))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span[0] < span[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading dashes and bullets ("— The Senate voted ...") and surrounding spaces."""
    while start < end and (text[start] in _LEADERS or text[start].isspace()):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
