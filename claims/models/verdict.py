from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, Min, Q
from simple_history.models import HistoricalRecords

from claims.models.claim_status import PUBLIC_STATUSES, ClaimStatus
from claims.models.versioning import VersionedModel

# What readers see of a rating with each published verdict: its words on the pages and feeds,
# its value and name in ClaimReview, its slug in the API's filters.
PUBLISHED_FIELDS = ("slug", "label", "value", "definition")


class RatingQuerySet(models.QuerySet):
    def scale_bounds(self) -> tuple[int | None, int | None]:
        """(worst, best) value of the active scale, None for an empty one. One query."""
        found = self.filter(is_active=True).aggregate(worst=Min("value"), best=Max("value"))
        return found["worst"], found["best"]


class Rating(VersionedModel):
    """One step of the verdict scale; newsrooms rename or extend it in the admin. Its page and
    list save only at the version they showed, and its audit trail names who changed it: two
    admins on one rating would otherwise lose an edit to the later tab without a word."""

    slug = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=80)
    value = models.SmallIntegerField(help_text="ClaimReview ratingValue; higher is truer.")
    definition = models.CharField(max_length=300, help_text="One line shown to reviewers.")
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )

    history = HistoricalRecords()
    objects = RatingQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            # ClaimReview's ratingValue tells ratings apart: two ratings with one value would
            # be the same rating to every reader of the markup (retired ratings included:
            # their verdicts stay published).
            models.UniqueConstraint(fields=["value"], name="rating_unique_value"),
        ]

    def __str__(self) -> str:
        return self.label

    def save(self, *args, **kwargs) -> None:
        """Saves, unless that would reword published verdicts or one awaiting sign-off
        (`refuse_rewriting_published`), checked on the row as locked: a submission locks the
        draft's rating too (claims.workflow), so none lands between the check and the write."""
        with transaction.atomic(using=kwargs.get("using")):
            if not self._state.adding:
                type(self)._base_manager.select_for_update(no_key=True).filter(pk=self.pk).values_list(
                    "pk"
                ).first()
            self.refuse_rewriting_published()
            super().save(*args, **kwargs)

    def clean(self) -> None:
        self.refuse_rewriting_published()

    def refuse_rewriting_published(self) -> None:
        """Raise ValidationError ({field: why}) when this rating is that of a published verdict
        (current or corrected since), or of a draft awaiting sign-off, and its PUBLISHED_FIELDS
        changed: every page, feed and ClaimReview of those verdicts would say something their
        editor never signed off, and the editor signing the draft off would publish words their
        page did not show. Ordering and retiring it (`is_active`) stay free. Two queries for a
        saved rating."""
        if self._state.adding:
            return
        awaiting = Q(published_at__isnull=True, claim__status=ClaimStatus.AWAITING_SIGN_OFF)
        carried = self.verdicts.aggregate(
            published=models.Count("pk", filter=Q(published_at__isnull=False)),
            awaiting=models.Count("pk", filter=awaiting),
        )
        if not (carried["published"] or carried["awaiting"]):
            return
        stored = type(self)._base_manager.values(*PUBLISHED_FIELDS).get(pk=self.pk)
        changed = [field for field in PUBLISHED_FIELDS if getattr(self, field) != stored[field]]
        if changed:
            name = stored["label"]
            why = (
                f"Published verdicts are rated “{name}”: changing its {{}} would change what they say."
                if carried["published"]
                else f"A verdict awaiting sign-off is rated “{name}”: changing its {{}} would change what "
                "its editor approves."
            )
            retire = " Add a new rating instead, and untick “is active” here to retire this one."
            raise ValidationError({field: why.format(field) + retire for field in changed})


class VerdictQuerySet(models.QuerySet):
    def public(self):
        """Verdicts readers see: published, current, on a public claim with its page address
        (PUBLIC_STATUSES)."""
        return self.filter(
            published_at__isnull=False,
            is_current=True,
            claim__status__in=PUBLIC_STATUSES,
        ).exclude(claim__public_slug="")


class Verdict(VersionedModel):
    """A reviewer's rating of a claim; published once an editor signs it off.

    A draft has no `published_at`. A correction's draft starts with `is_current=False`
    and takes over from the verdict of record when it is published. `author` is whoever
    last wrote its rating, summary or sources (claims.workflow.write_draft); neither the
    author, nor `drafted_by`, nor anyone who changed it in between may approve it.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="verdicts")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, related_name="verdicts")
    summary = models.TextField()
    sources = models.ManyToManyField("claims.Source", blank=True, related_name="verdicts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_verdicts"
    )
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Who started the draft, when someone else has since rewritten it (then its author).",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approved_verdicts",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    is_current = models.BooleanField(default=True, help_text="False once a correction replaces it.")
    publish_warnings = models.JSONField(
        default=list, blank=True, help_text="Weak-evidence warnings the approving editor confirmed."
    )
    publish_reason = models.TextField(blank=True, help_text="Why the editor published despite the warnings.")
    # The scale as it stood at publication (ClaimReview's worstRating and bestRating): a rating
    # added or retired afterwards changes nothing a published verdict says (`freeze_scale`).
    scale_worst = models.SmallIntegerField(
        null=True, blank=True, editable=False, help_text="Lowest value of the scale it was published under."
    )
    scale_best = models.SmallIntegerField(
        null=True, blank=True, editable=False, help_text="Highest value of the scale it was published under."
    )
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = VerdictQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # A claim has at most one current verdict; corrections retire the old one.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(is_current=True), name="verdict_one_current_per_claim"
            ),
            # The claim page edits "the" draft: a claim never has two unpublished verdicts.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(published_at__isnull=True), name="verdict_one_draft_per_claim"
            ),
            # Two-person rule, also at the database level.
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True) | ~Q(approved_by=models.F("author")),
                name="verdict_approver_is_not_author",
            ),
            models.CheckConstraint(
                condition=Q(approved_by__isnull=True)
                | Q(drafted_by__isnull=True)
                | ~Q(approved_by=models.F("drafted_by")),
                name="verdict_approver_did_not_draft",
            ),
        ]
        indexes = [
            # The public API lists published verdicts, newest first, and syncs by update time.
            models.Index(
                fields=["-published_at"],
                condition=Q(published_at__isnull=False),
                name="verdict_published_idx",
            ),
            models.Index(fields=["updated_at"], name="verdict_updated_idx"),
        ]

    def __str__(self) -> str:
        # The claim by number: its text, cut to fit, made the claim page's verdict heading
        # end in "…" right under the whole claim.
        return f"{self.rating} — claim #{self.claim_id}"

    def freeze_scale(self) -> None:
        """Keep the active scale's bounds, widened to hold this verdict's rating (a retired rating
        may lie outside it), as those it is published under. One query."""
        worst, best = Rating.objects.scale_bounds()
        values = [value for value in (worst, best, self.rating.value) if value is not None]
        self.scale_worst, self.scale_best = min(values), max(values)

    def wrote(self, user) -> bool:
        """Did `user` write any of this verdict (so may not approve it)? See `writer_ids`."""
        return user.pk in self.writer_ids()

    def writer_ids(self) -> set[int]:
        """Who wrote any of it: its author, its drafter, and whoever changed it in between.

        An editor who rewrote a draft and handed it back to its reviewer for a touch-up is
        neither (the reviewer is both again), but the words are still theirs: the audit trail
        names every writer (one query)."""
        changed_by = self.history.exclude(history_user=None).values_list("history_user_id", flat=True)
        return {self.author_id, self.drafted_by_id, *changed_by} - {None}


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published_at__isnull=False)


class Correction(models.Model):
    """Public note attached to a claim when a published verdict is changed.

    Opened (with the reason) when an editor reopens the verdict; `what_changed` and
    `published_at` are filled in when the corrected verdict is published, and only
    then is the note public.
    """

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="corrections")
    previous_verdict = models.ForeignKey(Verdict, on_delete=models.PROTECT, related_name="+")
    what_changed = models.TextField()
    reason = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Publishing a correction finds "the" open one: at most one per claim.
            models.UniqueConstraint(
                fields=["claim"],
                condition=models.Q(published_at__isnull=True),
                name="correction_one_open_per_claim",
            ),
        ]

    def __str__(self) -> str:
        return f"Correction to claim #{self.claim_id} on {self.created_at:%Y-%m-%d}"
