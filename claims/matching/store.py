"""Matching against what the database holds: our claims and imported fact-checks.

Vectors live in MatchVector rows (computed by claims.matching.tasks); the index is rebuilt in
memory when the set of vectors changes (one cheap aggregate query tells), so a worker or web
process keeps one matrix and pays the load once, not per request.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.db.models import Count, Exists, Max, OuterRef

from claims.matching.encoder import SentenceEncoder, document_vector, model_id, shared_encoder
from claims.matching.matcher import Match, Matcher
from claims.matching.reranker import shared_reranker
from claims.models import Claim
from claims.models.fact_check import FactCheck, MatchVector, VectorKind, text_digest


def text_of(kind: str, object_id: int) -> tuple[str, str] | None:
    """(text, headline) a claim or fact-check is matched by (claims have no headline); None when gone."""
    if kind == VectorKind.CLAIM:
        text = Claim.objects.filter(pk=object_id).values_list("text", flat=True).first()
        return None if text is None else (text, "")
    row = FactCheck.objects.filter(pk=object_id).values_list("claim_text", "headline").first()
    return None if row is None else (row[0], row[1])


def store_vector(kind: str, object_id: int, text: str, headline: str, encoder: SentenceEncoder) -> bool:
    """Encode and save unless this model already has a vector of this very text; True if saved."""
    digest, model = text_digest(f"{headline}\n{text}"), model_id()
    if MatchVector.objects.filter(kind=kind, object_id=object_id, model_id=model, digest=digest).exists():
        return False
    vector = document_vector(encoder.encode_one(text), encoder.encode_one(headline) if headline else None)
    MatchVector.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        model_id=model,
        defaults={"digest": digest, "vector": vector.tobytes()},
    )
    return True


def objects_without_vectors(kind: str):
    """Ids (a lazy queryset, oldest first) of the claims or fact-checks with no vector of this model."""
    model = Claim if kind == VectorKind.CLAIM else FactCheck
    has_vector = MatchVector.objects.filter(kind=kind, object_id=OuterRef("pk"), model_id=model_id())
    return model.objects.exclude(Exists(has_vector)).order_by("pk").values_list("pk", flat=True)


def forget_orphan_vectors() -> int:
    """Delete the vectors of claims and fact-checks that are gone; returns how many."""
    deleted = 0
    for kind, model in ((VectorKind.CLAIM, Claim), (VectorKind.FACT_CHECK, FactCheck)):
        alive = model.objects.filter(pk=OuterRef("object_id"))
        deleted += MatchVector.objects.filter(kind=kind).exclude(Exists(alive)).delete()[0]
    return deleted


@dataclass(frozen=True)
class Found:
    """A match resolved to its row: `item` is a Claim or a FactCheck."""

    kind: str
    item: Claim | FactCheck
    score: float
    why: str
    cosine: float


class StoredIndex:
    """The in-memory Matcher over every stored vector, reloaded when vectors change."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._version: tuple | None = None
        self._matcher: Matcher | None = None

    def matcher(self, encoder: SentenceEncoder | None = None) -> Matcher | None:
        vectors = MatchVector.objects.for_model(model_id())
        version = tuple(vectors.aggregate(n=Count("pk"), latest=Max("updated_at")).values())
        with self._lock:
            if version != self._version:
                self._matcher = self._load(vectors, encoder or shared_encoder())
                self._version = version
            return self._matcher

    def _load(self, vectors, encoder: SentenceEncoder) -> Matcher | None:
        keys, matrix = vectors.as_matrix()
        if not keys:
            return None
        texts = _texts(keys)
        present = [i for i, key in enumerate(keys) if key in texts]
        keys = [keys[i] for i in present]
        reranker = shared_reranker() if settings.MATCHING_RERANK else None
        return Matcher(
            keys, [texts[key] for key in keys], matrix[present], encoder=encoder, reranker=reranker
        )


def _texts(keys: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    claim_ids = [i for kind, i in keys if kind == VectorKind.CLAIM]
    check_ids = [i for kind, i in keys if kind == VectorKind.FACT_CHECK]
    texts = {
        (VectorKind.CLAIM.value, pk): text
        for pk, text in Claim.objects.filter(pk__in=claim_ids).values_list("pk", "text")
    }
    for check in FactCheck.objects.filter(pk__in=check_ids).only("claim_text", "headline"):
        texts[(VectorKind.FACT_CHECK.value, check.pk)] = check.match_text
    return texts


INDEX = StoredIndex()


def claim_vector(claim: Claim) -> np.ndarray | None:
    """The claim's stored vector if it was computed from its current text (one query)."""
    digest = text_digest(f"\n{claim.text}")
    row = MatchVector.objects.filter(
        kind=VectorKind.CLAIM, object_id=claim.pk, model_id=model_id(), digest=digest
    ).first()
    return row.as_array() if row else None


def find_matches(
    text: str, k: int = 5, exclude: set[tuple[str, int]] = frozenset(), vector: np.ndarray | None = None
) -> list[Found]:
    """The k best stored claims and fact-checks for `text` (whose `vector` may be given), rows
    attached (two queries for rows)."""
    matcher = INDEX.matcher()
    if matcher is None:
        return []
    found = matcher.match(text, k + len(exclude), vector)
    matches: list[Match] = [m for m in found if m.item not in exclude][:k]
    claims = Claim.objects.select_related("article").in_bulk(
        [i for kind, i in (m.item for m in matches) if kind == VectorKind.CLAIM]
    )
    checks = FactCheck.objects.in_bulk(
        [i for kind, i in (m.item for m in matches) if kind == VectorKind.FACT_CHECK]
    )
    found = []
    for m in matches:
        kind, pk = m.item
        row = (claims if kind == VectorKind.CLAIM else checks).get(pk)
        if row is not None:
            found.append(Found(kind, row, m.score, m.why, m.cosine))
    return found
