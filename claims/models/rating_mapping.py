"""How other fact-checkers' ratings translate to our verdict scale, kept as rows the admin edits.

An imported ClaimReview names its rating in words (`reviewRating.alternateName`, "Four
Pinocchios") or as a number on its own scale (ratingValue 2 between worstRating 1 and
bestRating 5). Each spelling is one row: its key (`rating_key`) and the Rating of ours it means.
A rating with no row is kept as text on the FactCheck and listed by the import command, so
an admin can add the row and import again.
"""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Lower
from simple_history.models import HistoricalRecords

from claims.models.verdict import Rating
from claims.models.versioning import VersionedModel


def numeric_key(value: str, best: str, worst: str) -> str:
    """The key a numeric rating is looked up by: "2 of 1-5" (worst 1 and best 5 when not given)."""
    return f"{_number(value)} of {_number(worst or '1')}-{_number(best or '5')}"


def _number(text: str) -> str:
    try:
        number = float(text)
    except ValueError:
        return text.strip()
    return str(int(number)) if number.is_integer() else str(number)


def normalise_key(text: str) -> str:
    return " ".join(text.split()).casefold()


class RatingMappingQuerySet(models.QuerySet):
    def as_dict(self) -> dict[str, Rating]:
        """{normalised key: Rating}, for every row (one query)."""
        return {normalise_key(row.rating_key): row.rating for row in self.select_related("rating")}


class RatingMapping(VersionedModel):
    """One outside rating's meaning here; saved only at the version its page or list showed."""

    rating_key = models.CharField(
        max_length=200,
        help_text='Their rating in words ("Four Pinocchios"), or a number on their scale as '
        '"VALUE of WORST-BEST" ("2 of 1-5"). Case and spacing do not matter.',
    )
    rating = models.ForeignKey(
        Rating, on_delete=models.PROTECT, related_name="+", help_text="what it means here"
    )

    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )

    history = HistoricalRecords()

    objects = RatingMappingQuerySet.as_manager()

    class Meta:
        ordering = ["rating_key"]
        constraints = [
            # One meaning per spelling, whatever its case (the import looks keys up case-blind).
            models.UniqueConstraint(
                Lower("rating_key"),
                name="ratingmapping_one_per_key",
                violation_error_message="This rating already has a mapping (case does not matter).",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating_key} → {self.rating}"

    def save(self, *args, **kwargs) -> None:
        self.rating_key = " ".join(self.rating_key.split())
        super().save(*args, **kwargs)
