"""Ranking metrics and the CheckThat! evaluation behind `manage.py evaluate_matching`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.matching.checkthat import Split, VerifiedClaim
from claims.matching.encoder import SentenceEncoder, document_vector
from claims.matching.matcher import Matcher, Settings
from claims.matching.reranker import CrossEncoder
from claims.matching.vector_cache import cached_vectors

MODES = ("lexical", "dense", "fused")


def average_precision_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """Average precision in the top k, over the number of relevant items (the organisers' scorer)."""
    hits, total = 0, 0.0
    for rank, item in enumerate(ranked[:k], 1):
        if item in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: set[str]) -> float:
    for rank, item in enumerate(ranked, 1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


@dataclass(frozen=True)
class Scores:
    mode: str
    map_1: float
    map_5: float
    mrr: float
    recall_10: float
    queries_per_second: float
    p50_ms: float
    p99_ms: float


def score_rankings(
    mode: str, rankings: dict[str, list[str]], split: Split, seconds: Sequence[float]
) -> Scores:
    """`seconds`: each query's wall time."""
    ids = list(split.relevant)

    def mean(metric) -> float:
        return float(np.mean([metric(rankings[q], split.relevant[q]) for q in ids]))

    total = float(np.sum(seconds))
    p50, p99 = np.percentile(seconds, [50, 99]) * 1000 if len(seconds) else (0.0, 0.0)
    return Scores(
        mode,
        mean(lambda r, rel: average_precision_at(r, rel, 1)),
        mean(lambda r, rel: average_precision_at(r, rel, 5)),
        mean(reciprocal_rank),
        mean(lambda r, rel: recall_at(r, rel, 10)),
        len(ids) / total if total > 0 else float("inf"),
        float(p50),
        float(p99),
    )


def document_text(claim: VerifiedClaim) -> str:
    """What is indexed of a verified claim: the claim sentence and the fact-check's headline."""
    return f"{claim.title}. {claim.claim}" if claim.title else claim.claim


def build_matcher(
    claims: Sequence[VerifiedClaim],
    cache_dir: Path,
    settings: Settings,
    encoder: SentenceEncoder,
    reranker: CrossEncoder | None = None,
) -> Matcher:
    vectors = document_vector(
        cached_vectors([c.claim for c in claims], cache_dir, encoder),
        _unless_empty(
            cached_vectors([c.title for c in claims], cache_dir, encoder), [c.title for c in claims]
        ),
    )
    return Matcher(
        [c.id for c in claims], [document_text(c) for c in claims], vectors, settings, encoder, reranker
    )


def _unless_empty(vectors: np.ndarray, texts: list[str]) -> np.ndarray:
    vectors[[i for i, text in enumerate(texts) if not text.strip()]] = 0
    return vectors


def evaluate(matcher: Matcher, split: Split, cache_dir: Path, depth: int = 10) -> list[Scores]:
    """Each mode over every query of the split ("reranked" too when the matcher has a reranker).
    A query's time is its whole path, one query at a time: encoding it (but for BM25), ranking,
    and re-ranking."""
    results = []
    for mode in MODES + (("reranked",) if matcher.reranker is not None else ()):
        rankings, seconds = {}, []
        for q, text in split.queries.items():
            started = time.perf_counter()
            vector = None if mode == "lexical" else matcher.encoder.encode_one(text)
            rankings[q] = [matcher.items[i] for i in matcher.ranked(text, depth, vector, mode)]
            seconds.append(time.perf_counter() - started)
        results.append(score_rankings(mode, rankings, split, seconds))
    return results


@dataclass(frozen=True)
class CosineDistribution:
    """Cosines of the fused top k, split by whether the qrels call the match relevant."""

    relevant: np.ndarray
    unrelated: np.ndarray

    def share_at_or_above(self, threshold: float) -> tuple[float, float]:
        """(relevant kept, unrelated kept) at a threshold: the trade-off a cut-off makes."""
        return float(np.mean(self.relevant >= threshold)), float(np.mean(self.unrelated >= threshold))


def cosine_distribution(matcher: Matcher, split: Split, k: int = 5) -> CosineDistribution:
    """How close in meaning the fused top k are, for right and wrong matches: what a "weak
    match" threshold on the claim page is chosen from (claims.matching.present)."""
    relevant, unrelated = [], []
    for q, text in split.queries.items():
        for match in matcher.match(text, k):
            (relevant if match.item in split.relevant[q] else unrelated).append(match.cosine)
    return CosineDistribution(np.array(relevant), np.array(unrelated))
