"""A claim's place in the workflow (claims.workflow holds the steps between states)."""

from django.db import models


class ClaimStatus(models.TextChoices):
    NEW = "new", "New (extracted)"
    QUEUED = "queued", "Queued"
    IN_REVIEW = "in_review", "In review"
    AWAITING_SIGN_OFF = "awaiting_sign_off", "Awaiting sign-off"
    PUBLISHED = "published", "Published"
    DISMISSED = "dismissed", "Dismissed"
    CORRECTING = "correcting", "Correcting"


# Claims that count against a reviewer's assignment cap: work still in their hands.
OPEN_STATUSES = (ClaimStatus.QUEUED, ClaimStatus.IN_REVIEW, ClaimStatus.CORRECTING)
# States of a claim with a verdict of record: published, or published and being corrected
# (written, then awaiting sign-off); the old verdict stays public until the correction is
# signed off. A first verdict awaiting sign-off has no verdict of record, so is not public.
PUBLIC_STATUSES = (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING, ClaimStatus.AWAITING_SIGN_OFF)
# Claims whose work is over: a deadline no longer applies to them.
CLOSED_STATUSES = (ClaimStatus.PUBLISHED, ClaimStatus.DISMISSED)
