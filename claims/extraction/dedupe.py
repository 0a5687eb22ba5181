"""Keys for spotting the same article or claim twice.

`content_hash` catches exact duplicates whatever the typography (quotes, spacing, case).
`similar_key` and `similarity` catch near-duplicates of a claim: the set of its content
words (case-folded, stop words and punctuation dropped, plural "s" trimmed), compared by
Jaccard overlap. That is enough for the same sentence re-published with light edits, and
small enough to store `similar_key` in a column and compare candidates in Python.
"""

import hashlib
import unicodedata

import regex

from claims.extraction.lexicon import STOPWORDS
from claims.extraction.normalize import normalise

NEAR_DUPLICATE = 0.8  # Jaccard overlap at or above which two claims are the same claim
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def normalise_for_dedupe(text: str) -> str:
    """The pipeline's normalisation, then compatibility- and case-folded, straight quotes,
    single spaces. Layout only moves whitespace, so raw text, normalised text and the
    extracted article text all give the same key."""
    text = unicodedata.normalize("NFKC", normalise(text)).translate(_QUOTES).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """SHA-256 hex digest of `normalise_for_dedupe(text)`."""
    return hashlib.sha256(normalise_for_dedupe(text).encode("utf-8")).hexdigest()


def similar_key(sentence: str) -> str:
    """Sorted, space-joined content words; equal keys mean the same words in any order."""
    words = set()
    for word in _WORDS.findall(normalise_for_dedupe(sentence)):
        if word in STOPWORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return " ".join(sorted(words))


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the content words of two sentences (1.0 = same words)."""
    left, right = set(similar_key(a).split()), set(similar_key(b).split())
    if not left and not right:
        return 1.0 if normalise_for_dedupe(a) == normalise_for_dedupe(b) else 0.0
    return len(left & right) / len(left | right)


def is_near_duplicate(a: str, b: str, threshold: float = NEAR_DUPLICATE) -> bool:
    return similarity(a, b) >= threshold
