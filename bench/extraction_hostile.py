"""Hostile inputs for claim extraction: text built to make a stage work super-linearly.

Each case is a function of a size `n` (a number of repetitions); `n` and `10 * n` give
the 1x and 10x inputs whose time ratio `bench/extraction_bench.py --hostile` prints. A
linear stage gives about 10x; a quadratic one about 100x. The tests in
tests/extraction/test_linear_time.py use the same cases.
"""

from __future__ import annotations

SENTENCE = "The minister said unemployment fell to 3.5 percent in 2023."


def _paragraphs(items) -> str:
    return "\n\n".join(items)


def _name(i: int) -> str:
    """A distinct capitalised word for each i, letters only (digits would not make a name)."""
    letters = ""
    while True:
        i, digit = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
        if not i:
            return "K" + letters


HOSTILE_TEXT = {
    # A run of word characters before an "@": the e-mail patterns tried every start.
    "long run before @": lambda n: "a" * (1000 * n) + "@",
    "long run before @ with a domain": lambda n: "a" * (1000 * n) + "@example",
    "dotted run before @": lambda n: "a." * (500 * n) + "@x",
    "many @ signs": lambda n: "a@" * (500 * n),
    "long word": lambda n: "Abcdefghij" * (100 * n),
    "one-line paragraphs": lambda n: "\n".join(f"Line number {i} of the list." for i in range(800 * n)),
    "one-line unterminated paragraphs": lambda n: "\n".join(f"Heading {i}" for i in range(800 * n)),
    "sentences in one paragraph": lambda n: " ".join([SENTENCE] * (100 * n)),
    "many quotes in one paragraph": lambda n: " ".join(
        ["“We will cut taxes for every family,” she said."] * (100 * n)
    ),
    "quote continued over many paragraphs": lambda n: _paragraphs(
        ["Smith said:"] + ["“We will cut taxes for every family in the country"] * (100 * n)
    ),
    "unbalanced quotes": lambda n: " ".join(["“We will cut taxes for every family"] * (100 * n)),
    "quote marks only": lambda n: "“" * (1000 * n),
    "repeated names and pronouns": lambda n: _paragraphs(
        [
            f"John {_name(i)} said taxes rose. He said: “Taxes rose by 3 percent this year.”"
            for i in range(50 * n)
        ]
    ),
    "many people sharing a surname": lambda n: _paragraphs(
        [f"{_name(i)} Smith visited Paris. Smith said taxes rose by 3 percent." for i in range(50 * n)]
    ),
    "descriptors after many names": lambda n: _paragraphs(
        [
            f"Anna {_name(i)} arrived. The Russian President said taxes rose by 3 percent."
            for i in range(50 * n)
        ]
    ),
    "long capitalised run": lambda n: " ".join(["Abc"] * (1000 * n)) + " said “this is a quote here.”",
    "long comma list before a verb": lambda n: ", ".join(["x"] * (500 * n)) + " said “this is a quote.”",
    "share bar words": lambda n: "share on " * (100 * n) + "!",
    "byline-like capitalised line": lambda n: "Ab Cd, " + "A" * (20 * n) + "!",
    "spaces and newlines": lambda n: (" \n" * (1000 * n)) + "x",
}

HOSTILE_HTML = {
    "deep nesting": lambda n: "<html><body>" + "<div>" * (100 * n) + "Text here." + "</div>" * (100 * n),
    "huge table": lambda n: (
        "<html><body><article><table>"
        + "".join(f"<tr><td>Row {i}</td><td>{SENTENCE}</td></tr>" for i in range(200 * n))
        + "</table></article></body></html>"
    ),
    "many paragraphs": lambda n: (
        "<html><body><article>"
        + "".join(f"<p>{SENTENCE} Number {i}.</p>" for i in range(200 * n))
        + "</article></body></html>"
    ),
    "nested lists": lambda n: (
        "<html><body><article>"
        + "<ul><li>item" * (50 * n)
        + "</li></ul>" * (50 * n)
        + "</article></body></html>"
    ),
}
