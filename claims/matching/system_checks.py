"""System check: MATCHING_RERANK needs the cross-encoder's model file, which is not committed
(docs/matching.md: re-ranking was tried and not kept)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error

from claims.matching import reranker


def check_reranker_model(app_configs=None, **kwargs) -> list[Error]:
    if settings.MATCHING_RERANK and not reranker.available():
        return [
            Error(
                f"MATCHING_RERANK is on but {reranker.MODEL} is missing",
                hint="train it with `python -m training.matching rerank --out` that path, or turn it off",
                id="claims.matching.E001",
            )
        ]
    return []
