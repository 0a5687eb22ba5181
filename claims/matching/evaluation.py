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


def score_rankings(mode: str, rankings: dict[str, list[str]], split: Split, seconds: float) -> Scores:
    ids = list(split.relevant)

    def mean(metric) -> float:
        return float(np.mean([metric(rankings[q], split.relevant[q]) for q in ids]))

    return Scores(
        mode,
        mean(lambda r, rel: average_precision_at(r, rel, 1)),
        mean(lambda r, rel: average_precision_at(r, rel, 5)),
        mean(reciprocal_rank),
        mean(lambda r, rel: recall_at(r, rel, 10)),
        len(ids) / seconds if seconds > 0 else float("inf"),
    )


def document_text(claim: VerifiedClaim) -> str:
    """What is indexed of a verified claim: the claim sentence and the fact-check's headline."""
    return f"{claim.title}. {claim.claim}" if claim.title else claim.claim


def build_matcher(
    claims: Sequence[VerifiedClaim], cache_dir: Path, settings: Settings, encoder: SentenceEncoder
) -> Matcher:
    vectors = document_vector(
        cached_vectors([c.claim for c in claims], cache_dir, encoder),
        _unless_empty(
            cached_vectors([c.title for c in claims], cache_dir, encoder), [c.title for c in claims]
        ),
    )
    return Matcher([c.id for c in claims], [document_text(c) for c in claims], vectors, settings, encoder)


def _unless_empty(vectors: np.ndarray, texts: list[str]) -> np.ndarray:
    vectors[[i for i, text in enumerate(texts) if not text.strip()]] = 0
    return vectors


def evaluate(matcher: Matcher, split: Split, cache_dir: Path, depth: int = 10) -> list[Scores]:
    """Each mode over every query of the split. Queries per second count the whole query path
    (encoding the query included) for the dense and fused modes; query vectors are encoded
    fresh each run so that figure stays honest."""
    ids = list(split.queries)
    results = []
    started = time.perf_counter()
    vectors = matcher.encoder.encode([split.queries[q] for q in ids])
    encode_seconds = time.perf_counter() - started
    for mode in MODES:
        started = time.perf_counter()
        rankings = {
            q: [matcher.items[i] for i in matcher.ranked(split.queries[q], depth, vector, mode)]
            for q, vector in zip(ids, vectors, strict=True)
        }
        seconds = time.perf_counter() - started + (encode_seconds if mode != "lexical" else 0.0)
        results.append(score_rankings(mode, rankings, split, seconds))
    return results
