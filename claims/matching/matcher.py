"""Find the earlier fact-checks that a new claim repeats: BM25 and sentence vectors, fused,
then the best few re-ranked by a cross-encoder when the matcher has one.

`Matcher(items, texts, vectors).match(text, k)` returns `Match(item, score, why)` rows, best
first. `items` are whatever the caller matches against (FactCheck rows, verified claims of an
evaluation set); the matcher only sees their texts and vectors. Lexical search finds the
rare names and numbers a claim shares with its fact-check; the vectors find rewordings. The
two are fused by a weighted sum of their scores (chosen over reciprocal-rank fusion on the
CheckThat! dev split; see docs/matching.md). The cross-encoder (`reranker.py`) reads the
claim and each of the fused top `rerank_top` together; its probability is blended with the fused
score (`rerank_weight` on it), and those candidates are sorted again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from claims.matching.bm25 import BM25, words
from claims.matching.encoder import SentenceEncoder, shared_encoder
from claims.matching.reranker import CrossEncoder, combine


@dataclass(frozen=True)
class Settings:
    """Chosen on the CheckThat! 2022 2A dev split (docs/matching.md)."""

    k1: float = 0.9
    b: float = 0.4
    fusion: str = "sum"  # "sum": weighted sum of scores; "rrf": weighted reciprocal rank
    lexical_weight: float = 0.25  # "sum": BM25 (divided by the best BM25 score) weighs this, cosine the rest
    rrf_k: float = 60.0
    dense_weight: float = 1.0  # "rrf": the lexical ranking weighs 1
    pool: int = 100  # candidates taken from each ranking before fusion
    # Re-ranking (off by default: no setting of these beat the fusion on dev; the least bad)
    rerank_top: int = 5  # fused candidates the cross-encoder re-ranks
    rerank_weight: float = 0.2  # the cross-encoder's probability weighs this, the fused score the rest


@dataclass(frozen=True)
class Match:
    """`score` ranks (1.0: first by words and identical in meaning); `cosine` is the absolute closeness
    in meaning, what a threshold should use."""

    item: Any
    score: float
    why: str
    cosine: float


class Matcher:
    """An exact, in-memory index: fine up to the sizes measured in docs/matching.md."""

    def __init__(
        self,
        items: Sequence[Any],
        texts: Sequence[str],
        vectors: np.ndarray,
        settings: Settings | None = None,
        encoder: SentenceEncoder | None = None,
        reranker: CrossEncoder | None = None,
    ) -> None:
        """`reranker`: re-rank the fused top candidates with it (None: fused order is final)."""
        if not len(items) == len(texts) == len(vectors):
            raise ValueError("items, texts and vectors must be as many")
        self.items, self.texts = list(items), list(texts)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.settings = settings or Settings()
        self.encoder = encoder or shared_encoder()
        self.reranker = reranker
        self.bm25 = BM25(self.texts, k1=self.settings.k1, b=self.settings.b)

    def lexical_scores(self, text: str) -> np.ndarray:
        return self.bm25.scores(text)

    def dense_scores(self, vector: np.ndarray) -> np.ndarray:
        return self.vectors @ vector

    def ranked(self, text: str, k: int, vector: np.ndarray | None = None, mode: str = "fused") -> list[int]:
        """Indexes of the k best items; mode "lexical", "dense", "fused" or "reranked" (`match`
        uses "reranked" when the matcher has a reranker, "fused" otherwise)."""
        if mode == "lexical":
            return _top(self.lexical_scores(text), k)
        vector = self.encoder.encode_one(text) if vector is None else vector
        if mode == "dense":
            return _top(self.dense_scores(vector), k)
        if mode == "reranked":
            return [i for i, _, _ in self.reranked(text, vector)][:k]
        fused = self.fused_scores(text, vector)
        return sorted(fused, key=lambda i: (-fused[i], i))[:k]

    def reranked(self, text: str, vector: np.ndarray) -> list[tuple[int, float, float]]:
        """(index, score, cross-encoder probability) of every fused candidate, best first: the top
        `rerank_top` sorted by the blended score, then the rest in fused order (probability NaN,
        score the fused part of the blend)."""
        s = self.settings
        fused = self.fused_scores(text, vector)
        order = sorted(fused, key=lambda i: (-fused[i], i))
        top, rest = order[: s.rerank_top], order[s.rerank_top :]
        probability = self.reranker.probabilities(text, [self.texts[i] for i in top])
        score = combine([fused[i] for i in top], probability, s.rerank_weight)
        head = sorted(
            zip(top, score.tolist(), probability.tolist(), strict=True), key=lambda r: (-r[1], r[0])
        )
        return head + [(i, (1 - s.rerank_weight) * fused[i], float("nan")) for i in rest]

    def fused_scores(self, text: str, vector: np.ndarray) -> dict[int, float]:
        """Fused score of each candidate (the best `pool` of either ranking); 1.0 at most."""
        s = self.settings
        lexical, dense = self.lexical_scores(text), self.dense_scores(vector)
        lexical_top = [i for i in _top(lexical, s.pool) if lexical[i] > 0]
        dense_top = _top(dense, s.pool)
        if s.fusion == "sum":
            best = float(lexical[lexical_top[0]]) if lexical_top else 1.0
            return {
                i: s.lexical_weight * float(lexical[i]) / best + (1 - s.lexical_weight) * float(dense[i])
                for i in {*lexical_top, *dense_top}
            }
        fused: dict[int, float] = {}
        for rank, i in enumerate(lexical_top):
            fused[i] = 1.0 / (s.rrf_k + rank + 1)
        for rank, i in enumerate(dense_top):
            fused[i] = fused.get(i, 0.0) + s.dense_weight / (s.rrf_k + rank + 1)
        top = (1 + s.dense_weight) / (s.rrf_k + 1)  # first in both rankings
        return {i: score / top for i, score in fused.items()}

    def match(self, text: str, k: int = 5, vector: np.ndarray | None = None) -> list[Match]:
        """`vector`: the text's, when already known (saves encoding it)."""
        if not self.items or not text.strip():
            return []
        vector = self.encoder.encode_one(text) if vector is None else vector
        if self.reranker is None:
            fused = self.fused_scores(text, vector)
            best = [(i, fused[i], float("nan")) for i in sorted(fused, key=lambda i: (-fused[i], i))[:k]]
        else:
            best = self.reranked(text, vector)[:k]
        query_words = set(words(text))
        cosines = self.dense_scores(vector)
        return [
            Match(
                self.items[i],
                round(score, 4),
                _why(query_words, self.texts[i], float(cosines[i]), probability),
                float(cosines[i]),
            )
            for i, score, probability in best
        ]


def _top(scores: np.ndarray, k: int) -> list[int]:
    k = min(k, len(scores))
    if k <= 0:
        return []
    part = np.argpartition(-scores, k - 1)[:k]
    return part[np.argsort(-scores[part], kind="stable")].tolist()


def _why(query_words: set[str], text: str, cosine: float, probability: float = float("nan")) -> str:
    shared = sorted(query_words & set(words(text)))
    said = f"shares {', '.join(shared[:6])}" if shared else "no words in common"
    reread = (
        "" if np.isnan(probability) else f"; re-ranked: same claim {probability:.2f} by the cross-encoder"
    )
    return f"{said}; meaning {cosine:.2f} cosine{reread}"
