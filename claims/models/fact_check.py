"""Verdicts from elsewhere, and the sentence vectors that let new claims find earlier checks.

A FactCheck is someone else's published verdict (imported ClaimReview, a partner's feed): the
claim as they worded it, their rating as text, where and when. A MatchVector holds the
vector of one claim or fact-check for one embedding model; it records a digest of the text it
was computed from, so an edited text gets a new vector and an unchanged one is never redone.
"""

from __future__ import annotations

import hashlib

import numpy as np
from django.db import models
from simple_history.models import HistoricalRecords

from claims.guarded_http.links import web_link
from claims.models.versioning import VersionedModel

# What import_claimreview writes from the publisher's ClaimReview (the URL is the row's key).
IMPORTED_FIELDS = ("claim_text", "headline", "rating_text", "rating", "publisher", "published_on")


class FactCheck(VersionedModel):
    """Its page saves only at the version it showed, and its audit trail names who changed it
    (an admin, or "import_claimreview"). A field an admin corrected stays theirs: a re-import
    of the URL updates the others (`take_import`)."""

    claim_text = models.TextField(help_text="the claim as the fact-checker worded it")
    headline = models.TextField(blank=True)
    rating_text = models.CharField(max_length=200, blank=True, help_text="their rating, as they wrote it")
    rating = models.ForeignKey(
        "claims.Rating",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="their rating on our scale (claims.RatingMapping); empty when unknown",
    )
    url = models.URLField(max_length=2000, unique=True)
    publisher = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    corrected_fields = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Fields an admin corrected: a re-import of the URL leaves them as the admin saved them.",
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "pk"]

    def __str__(self) -> str:
        return f"{self.publisher or 'fact-check'}: {self.claim_text[:60]}"

    def mark_corrected(self, names) -> None:
        """Record that an admin set these fields (their form's changed fields): imports keep them."""
        corrected = set(self.corrected_fields) | {name for name in names if name in IMPORTED_FIELDS}
        self.corrected_fields = sorted(corrected)

    def take_import(self, values: dict) -> tuple[bool, list[str]]:
        """Set the publisher's `values` except on fields an admin corrected. Returns whether
        anything changed, and the corrected fields the publisher now gives otherwise (kept)."""
        changed, kept = False, []
        for name, value in values.items():
            if getattr(self, name) == value:
                continue
            if name in self.corrected_fields:
                kept.append(name)
                continue
            setattr(self, name, value)
            changed = True
        return changed, kept

    @property
    def web_url(self) -> str:
        """The URL if a page may link to it (http or https: never javascript: or data:), else ""."""
        return web_link(self.url)

    @property
    def match_text(self) -> str:
        """What matching indexes: the headline and the claim (CheckThat! dev: +0.06 MAP@5 for BM25
        over the claim alone)."""
        return f"{self.headline}. {self.claim_text}" if self.headline else self.claim_text


class VectorKind(models.TextChoices):
    CLAIM = "claim", "Claim"
    FACT_CHECK = "fact_check", "Fact-check"


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class MatchVectorQuerySet(models.QuerySet):
    def for_model(self, model_id: str):
        return self.filter(model_id=model_id)

    def as_matrix(self) -> tuple[list[tuple[str, int]], np.ndarray]:
        """(kind, object id) keys and a float32 matrix with one row per vector, in key order."""
        rows = list(self.order_by("kind", "object_id").values_list("kind", "object_id", "vector"))
        keys = [(kind, object_id) for kind, object_id, _ in rows]
        if not rows:
            return keys, np.zeros((0, 0), dtype=np.float32)
        return keys, np.vstack([np.frombuffer(bytes(v), dtype=np.float32) for _, _, v in rows])


class MatchVector(models.Model):
    kind = models.CharField(max_length=20, choices=VectorKind.choices)
    object_id = models.PositiveBigIntegerField()
    model_id = models.CharField(max_length=100)
    digest = models.CharField(max_length=32, help_text="sha-256 of the text the vector was computed from")
    vector = models.BinaryField(help_text="float32, little-endian, unit length")
    updated_at = models.DateTimeField(auto_now=True)

    objects = MatchVectorQuerySet.as_manager()

    class Meta:
        constraints = [
            # One vector per object and model; also the index `embed_*` tasks look up before encoding.
            models.UniqueConstraint(
                fields=["kind", "object_id", "model_id"], name="matchvector_one_per_model"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.model_id})"

    def as_array(self) -> np.ndarray:
        return np.frombuffer(bytes(self.vector), dtype=np.float32)
