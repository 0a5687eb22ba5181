"""A compact Okapi BM25 over an in-memory corpus, with numpy postings.

Small enough to read in one sitting and fast at our sizes (a query touches only the postings
of its own words). Scores follow Robertson's BM25 with the non-negative idf of Lucene:
idf = ln(1 + (N - df + 0.5) / (df + 0.5)).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import regex

_WORD = regex.compile(r"[\p{L}\p{N}]+")
# Function words carry little meaning for "is this the same claim?"; the list is short on purpose
# (negations and numbers stay: "not", "no", "never" change a claim).
STOP_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been being it its this "
    "that these those he she they we you i his her their our has have had do does did so than then "
    "there here just about into over will would can could should may might also very".split()
)
# Tweet furniture that says nothing about the claim.
_URL = regex.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", regex.IGNORECASE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens without links, stop words or one-letter words; a plural "s" is
    trimmed so "vaccines" meets "vaccine"."""
    out = []
    for word in _WORD.findall(_URL.sub(" ", text).casefold()):
        if word in STOP_WORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


class BM25:
    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.size = len(documents)
        tokenised = [Counter(words(doc)) for doc in documents]
        lengths = np.array([sum(c.values()) for c in tokenised], dtype=np.float32)
        average = float(lengths.mean()) if self.size and lengths.mean() > 0 else 1.0
        norm = k1 * (1 - b + b * lengths / average)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for doc_id, counts in enumerate(tokenised):
            for word, tf in counts.items():
                ids, tfs = postings.setdefault(word, ([], []))
                ids.append(doc_id)
                tfs.append(tf)
        # word -> (document ids, that word's BM25 weight in each of them)
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for word, (ids, tfs) in postings.items():
            ids_array, tf_array = np.array(ids, dtype=np.int32), np.array(tfs, dtype=np.float32)
            idf = np.log1p((self.size - len(ids) + 0.5) / (len(ids) + 0.5))
            weight = idf * tf_array * (k1 + 1) / (tf_array + norm[ids_array])
            self.postings[word] = (ids_array, weight.astype(np.float32))

    def scores(self, query: str) -> np.ndarray:
        """One score per document (0 where no query word occurs); a word repeated in the query
        counts once per repetition."""
        scores = np.zeros(self.size, dtype=np.float32)
        for word, times in Counter(words(query)).items():
            if word in self.postings:
                ids, weight = self.postings[word]
                scores[ids] += times * weight
        return scores
