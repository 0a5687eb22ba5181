"""Character-level normalisation: the first stage, so every later offset is stable.

Quotes are unified to typographic (curly) marks rather than straight ones because the
quote stage needs to know which mark opens and which closes; straight and foreign marks
(" « » „) get their direction from context.
"""

import unicodedata

import regex

_INVISIBLE = regex.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]"
)
_SPACES = regex.compile(r"[^\S\n]+")  # any whitespace except newline, incl. NBSP and thin spaces
_BLANK_RUNS = regex.compile(r"\n{3,}")
# "7 March 2026 — 5:12pmLismore City Council will ...": a page's time stamp glued to the
# first sentence is a line of its own.
_GLUED_TIME = regex.compile(
    r"(?m)^(?:[^\n]{0,30}?\d{4}\s*[—–,|-]\s*)?\d{1,2}[:.]\d{2}\s?(?:am|pm|AM|PM)(?=\p{Lu})"
)
_DOUBLE_MARKS = frozenset('"“”„‟«»〝〞＂')
_ANY_QUOTE = regex.compile("[\"“”„‟«»〝〞＂'‘’‚‛]")
# Characters after which a quote mark opens rather than closes.
_OPENERS = frozenset(" \n([{—–-/")
_OPENS_BY_DEFAULT = frozenset("“„‟«〝")
_SINGLE_OPENS_BY_DEFAULT = frozenset("‘‚‛")


def normalise(text: str) -> str:
    """NFC, unified line ends, spaces and quote marks; paragraphs separated by one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # Invisible characters go first so that what they separated can compose.
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _GLUED_TIME.sub(lambda match: match.group() + "\n\n", text)
    text = _BLANK_RUNS.sub("\n\n", text).strip()
    return _direct_quotes(text)


def _direct_quotes(text: str) -> str:
    # Left to right, each decision looking at the already-directed mark before it, so that
    # normalising normalised text changes nothing.
    chars = list(text)
    for match in _ANY_QUOTE.finditer(text):
        i = match.start()
        before = chars[i - 1] if i else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if text[i] in _DOUBLE_MARKS:
            chars[i] = _direction(text[i], before, after, "“", "”", _OPENS_BY_DEFAULT)
        elif before.isalnum() and after.isalnum():
            chars[i] = "’"  # apostrophe inside a word: don’t, Breitbart‘s
        else:
            chars[i] = _direction(text[i], before, after, "‘", "’", _SINGLE_OPENS_BY_DEFAULT)
    return "".join(chars)


def _direction(mark: str, before: str, after: str, opening: str, closing: str, opens: frozenset) -> str:
    if before in _OPENERS or before in "“‘":
        if after.isspace():  # a detached mark, as in French « text »: trust its own shape
            return opening if mark in opens else closing
        return opening
    return closing
