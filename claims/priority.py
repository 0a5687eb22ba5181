"""Queue priority: check-worthiness, how many articles repeat the claim, and age.

`Claim.priority` stores the part that depends on the claim itself (check-worthiness
and repeats). Age is added when the queue is read: ordering by
`priority + w * age_in_days` is the same, at any moment, as ordering by
`priority - w * days_since_epoch(created_at)`, which needs no "now" and so no
refreshing as time passes.
"""

import math

from django.db import models
from django.db.models import F, FloatField, Func

REPEAT_WEIGHT = 0.25
AGE_WEIGHT_PER_DAY = 0.05


def content_score(checkworthiness: float, repeats: int, *, repeat_weight: float = REPEAT_WEIGHT) -> float:
    """Check-worthiness plus `repeat_weight` for each doubling of the number of other
    articles that carry the same claim."""
    return checkworthiness + repeat_weight * math.log2(1 + max(repeats, 0))


class EpochDays(Func):
    """Days since 1970-01-01 of a datetime column, on SQLite and PostgreSQL."""

    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(julianday(%(expressions)s) - 2440587.5)", **extra)

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(
            compiler, connection, template="(EXTRACT(EPOCH FROM %(expressions)s) / 86400.0)", **extra
        )


def urgency(age_weight_per_day: float = AGE_WEIGHT_PER_DAY) -> models.Expression:
    """The queue's sort key: a claim waiting 10 days longer gains 0.5 with the defaults,
    half the whole check-worthiness range, so nothing starves at the bottom."""
    return F("priority") - age_weight_per_day * EpochDays("created_at")
