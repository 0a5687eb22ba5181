import secrets
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import Truncator, slugify
from simple_history.models import HistoricalRecords

from claims.models.claim_status import CLOSED_STATUSES, OPEN_STATUSES, PUBLIC_STATUSES, ClaimStatus  # noqa: F401
from claims.models.verdict import Verdict
from claims.models.versioning import VersionedModel
from claims.priority import content_score, urgency

# "Due this week": the deadline falls within this many days from now.
DUE_SOON_DAYS = 7
# The audit trail's change reason for an edit of the claim's own fields (speaker, kind).
DETAILS_EDIT = "edit"
# ... and for a request for sign-off (the workflow's "submit" step, named after it).
SUBMIT = "submit"
# The claim's own fields readers see with its verdict (who said it, and how); a change to
# them during a correction waits in `Claim.pending_details` for the correction's sign-off.
DETAIL_FIELDS = ("speaker", "speaker_reason", "is_quote", "is_reported", "checked_text")
# The claim as checked is "a short summary of the specific claims reviewed" (ClaimReview's
# claimReviewed): a standalone sentence, not a paragraph.
CHECKED_TEXT_MAX_CHARS = 300
# A published claim whose verdict is being corrected (reopened, or the correction awaiting
# sign-off): its detail fields are held, whoever writes them (`Claim.save`, `ClaimQuerySet.update`).
UNDER_CORRECTION = Q(status__in=[ClaimStatus.CORRECTING, ClaimStatus.AWAITING_SIGN_OFF]) & ~Q(public_slug="")


def take_order() -> tuple:
    """The order "Take next claim" hands claims out, as `order_by` arguments: the earliest
    deadline first (so overdue claims lead, the most overdue first), claims without one
    after, then the most urgent (claims.priority), then the oldest id."""
    return (models.F("deadline").asc(nulls_last=True), urgency().desc(), "pk")


def new_public_slug(text: str) -> str:
    """The claim's first words and a random suffix: readable, and unique without a lookup
    (the unique constraint refuses the rare clash)."""
    words = slugify(Truncator(text).words(10, truncate=""))[:60].strip("-") or "claim"
    return f"{words}-{secrets.token_hex(4)}"


class ClaimQuerySet(models.QuerySet):
    def update(self, **kwargs) -> int:
        """UPDATE, but a speaker or kind written to a claim under correction is held in its
        `pending_details` as the claim page's edit is (`Claim.hold_details`): a script or bulk
        update publishes no misattribution either. A query per held row, to compute its
        pending change, and one UPDATE each."""
        details = set(kwargs) & set(DETAIL_FIELDS)
        if not details:
            return super().update(**kwargs)
        others = {name: value for name, value in kwargs.items() if name not in details}
        proposed = {f"proposed_{name}": _expression(kwargs[name]) for name in details}
        with transaction.atomic(using=self.db):
            held = list(self.filter(UNDER_CORRECTION).annotate(**proposed))
            for claim in held:
                for name in details:
                    setattr(claim, name, getattr(claim, f"proposed_{name}"))
                claim.hold_details(details)
                base = type(claim)._base_manager.filter(pk=claim.pk)
                base.update(pending_details=claim.pending_details, **others)
            rest = self.exclude(pk__in=[claim.pk for claim in held])
            return len(held) + models.QuerySet.update(rest, **kwargs)

    def queued(self):
        return self.filter(status=ClaimStatus.QUEUED)

    def unassigned(self):
        return self.queued().filter(assignee__isnull=True)

    def assigned_to(self, user):
        return self.filter(assignee=user, status__in=OPEN_STATUSES)

    def awaiting_sign_off(self):
        return self.filter(status=ClaimStatus.AWAITING_SIGN_OFF)

    def published(self):
        return self.filter(status=ClaimStatus.PUBLISHED)

    def public(self):
        """Claims readers see: those with a published verdict of record (see PUBLIC_STATUSES).
        A join that keeps one row per claim: a claim has one current verdict."""
        return self.filter(
            status__in=PUBLIC_STATUSES, verdicts__is_current=True, verdicts__published_at__isnull=False
        )

    def in_public_status(self, statuses):
        """Claims whose status readers are told is one of `statuses` (`Claim.public_status`):
        one under correction is still "published" to them, never "correcting"."""
        told = Q(status__in=statuses) & ~UNDER_CORRECTION
        if ClaimStatus.PUBLISHED in statuses:
            told |= UNDER_CORRECTION
        return self.filter(told)

    def awaiting_sign_off_by(self, user):
        """Waiting for an editor who wrote none of the verdict (the two-person rule, as
        `Verdict.writer_ids`) and did not submit it (`Claim.submitter_id`)."""
        changed = Verdict.history.filter(history_user=user).values("id")
        own_draft = Verdict.objects.filter(claim=OuterRef("pk"), published_at__isnull=True).filter(
            Q(author=user) | Q(drafted_by=user) | Q(pk__in=changed)
        )
        # ... nor re-credited it (`Claim.details_editor_ids`).
        record = Verdict.objects.filter(claim=OuterRef("id"), is_current=True, published_at__isnull=False)
        recredited = self.model.history.filter(
            id=OuterRef("pk"), history_user=user, history_change_reason=DETAILS_EDIT
        ).filter(~Exists(record) | Q(history_date__gt=Subquery(record.values("published_at")[:1])))
        submits = self.model.history.filter(id=OuterRef("pk"), history_change_reason=SUBMIT)
        return (
            self.awaiting_sign_off()
            .exclude(Exists(own_draft))
            .exclude(Exists(recredited))
            .alias(submitter=Subquery(submits.values("history_user_id")[:1]))
            .filter(Q(submitter__isnull=True) | ~Q(submitter=user.pk))
        )

    def in_take_order(self):
        """Ordered as "Take next claim" hands them out (see `take_order`)."""
        return self.order_by(*take_order())

    def overdue(self, now=None):
        """Open claims whose deadline has passed."""
        return self.filter(deadline__lt=now or timezone.now()).exclude(status__in=CLOSED_STATUSES)

    def due_soon(self, now=None):
        """Open claims due within DUE_SOON_DAYS, not yet overdue."""
        now = now or timezone.now()
        due = self.filter(deadline__gte=now, deadline__lt=now + timedelta(days=DUE_SOON_DAYS))
        return due.exclude(status__in=CLOSED_STATUSES)

    def with_repeats(self):
        """Annotate `repeats`: how many other articles carry the same claim (one subquery)."""
        others = (
            Claim.objects.filter(normalized_hash=OuterRef("normalized_hash"))
            .exclude(article=OuterRef("article"))
            .order_by()
            .values("normalized_hash")
            .annotate(n=Count("article", distinct=True))
            .values("n")
        )
        return self.annotate(repeats=Coalesce(Subquery(others), 0))

    def refresh_priorities(self) -> int:
        """Recompute the stored priority from check-worthiness and repeats; returns rows changed.

        Bumps `version` on each changed row, so an open edit form notices."""
        changed = []
        for claim in self.with_repeats().only("pk", "checkworthiness", "priority", "version"):
            score = content_score(claim.checkworthiness, claim.repeats)
            if abs(score - claim.priority) > 1e-9:
                claim.priority, claim.version = score, claim.version + 1
                changed.append(claim)
        Claim.objects.bulk_update(changed, ["priority", "version"], batch_size=500)
        return len(changed)


def _expression(value):
    """An UPDATE's value as an expression an annotation can take."""
    return value if hasattr(value, "resolve_expression") else Value(value)


class Claim(VersionedModel):
    """A check-worthy sentence or quote from an article, and its place in the workflow.

    Change `status` only through the workflow: `claims.workflow.apply()`, `take_next()` or
    `assign()`, which hold the rules; every save checks `version`.
    """

    article = models.ForeignKey("claims.Article", on_delete=models.CASCADE, related_name="claims")
    text = models.TextField()
    checked_text = models.CharField(
        "claim as checked",
        max_length=CHECKED_TEXT_MAX_CHARS,
        blank=True,
        help_text="The claim as readers see it with the verdict, standalone (“The number of homes at risk "
        "of flooding in X has risen to 4,100.”); blank: the extracted sentence as it stands.",
    )
    speaker = models.CharField(max_length=200, blank=True)
    speaker_reason = models.CharField(
        max_length=200,
        blank=True,
        help_text="Why extraction chose this speaker, or none (“named next to the quote”, “turn label”, "
        "“none: ambiguous pronoun”); who set it, once a reviewer corrects the speaker.",
    )
    lead_in = models.TextField(
        "introduced by",
        blank=True,
        help_text="The sentence introducing this quote (“X backed Y's call, saying:”), its context.",
    )
    is_quote = models.BooleanField("direct quote", default=False)
    is_reported = models.BooleanField(
        "reported speech",
        default=False,
        help_text="The speaker's claim in the article's words (“X said that …”), not a direct quote.",
    )
    start = models.PositiveIntegerField(help_text="Character offset of the claim in the article body.")
    end = models.PositiveIntegerField()
    paragraph_index = models.PositiveIntegerField(default=0)
    paragraph = models.TextField(blank=True, help_text="The paragraph the claim sits in.")
    checkworthiness = models.FloatField(default=0.0)
    normalized_hash = models.CharField(
        max_length=64, db_index=False, help_text="Hash of the normalised text, to spot identical claims."
    )
    status = models.CharField(max_length=20, choices=ClaimStatus, default=ClaimStatus.NEW)
    public_slug = models.SlugField(
        max_length=80,
        blank=True,
        editable=False,
        db_index=False,  # the unique constraint's index serves the lookup
        help_text="The public page's address (/checks/<slug>/): given at first publication, never changed.",
    )
    dismissal_reason = models.CharField(max_length=200, blank=True)
    review_note = models.TextField(
        blank=True, help_text="The latest word from an editor: why the claim was sent back or reopened."
    )
    pending_details = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="Speaker or kind changed during the open correction, public once it is signed off.",
    )
    priority = models.FloatField(default=0.0)
    deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the verdict should be out. Set by editors; the earliest deadline is taken first.",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Bumped on every save; guards against lost edits."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "created_at"]
        # Workflow steps beyond add/change/delete; reviewers.roles grants them per role.
        permissions = [
            ("take_claim", "Can take, start and release claims, and promote new ones"),
            ("submit_claim", "Can submit a verdict for sign-off"),
            ("assign_claim", "Can assign and reassign claims"),
            ("triage_claim", "Can dismiss claims and requeue dismissed ones"),
            ("sign_off_claim", "Can approve and publish verdicts, or send them back"),
            ("correct_claim", "Can reopen a published verdict for correction"),
        ]
        constraints = [
            # One claim per span of an article: re-running extraction never duplicates.
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_is_probability",
            ),
            # The public page is found by its slug (publishing.views.check_page).
            models.UniqueConstraint(
                fields=["public_slug"], condition=~Q(public_slug=""), name="claim_unique_public_slug"
            ),
            models.CheckConstraint(
                condition=~Q(is_quote=True, is_reported=True),
                name="claim_quote_or_reported_not_both",
                violation_error_message="A claim is a direct quote or reported speech, not both.",
            ),
        ]
        indexes = [
            # "Take next claim" and the Unassigned view: queued, unassigned, by priority.
            models.Index(
                fields=["-priority", "created_at"],
                condition=Q(status="queued", assignee__isnull=True),
                name="claim_unassigned_queue_idx",
            ),
            # "My queue": a reviewer's open claims.
            models.Index(fields=["assignee", "status"], name="claim_assignee_status_idx"),
            # Queue counts by state on the admin index and in reports.
            models.Index(fields=["status", "updated_at"], name="claim_status_updated_idx"),
            # Identical-claim lookup during extraction.
            models.Index(fields=["normalized_hash"], name="claim_normalized_hash_idx"),
        ]

    def __str__(self) -> str:
        return Truncator(self.text).chars(80)

    @property
    def as_checked(self) -> str:
        """The claim as readers see it: the reviewer's wording, else the extracted sentence."""
        return self.checked_text or self.text

    def save(self, *args, held: Iterable[str] | None = None, **kwargs) -> None:
        """Saves; a claim just published gets its public page's slug, kept for good after.

        Under correction, a changed speaker or kind is held for the correction's sign-off,
        whoever saves it (`hold_details`; `held` names the fields edited, else those that
        differ from the row's): one query more."""
        update_fields = kwargs.get("update_fields")
        if (
            not self._state.adding
            and self.is_under_correction()
            and (update_fields is None or set(update_fields) & set(DETAIL_FIELDS))
        ):
            self.hold_details(held)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "pending_details"}
        if self.status == ClaimStatus.PUBLISHED:
            self.give_public_slug()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "public_slug"}
        super().save(*args, **kwargs)

    def give_public_slug(self) -> None:
        """The public page's slug, given once (at publication) and never changed."""
        if not self.public_slug:
            self.public_slug = new_public_slug(self.text)

    def save_details(self, changed: Iterable[str] = DETAIL_FIELDS) -> None:
        """Save an edit of the claim's own fields (speaker, quote or reported speech);
        `changed`: the names of the fields edited.

        The published verdict shows them, so its `updated_at` moves too: `updated_since`
        readers fetch it again. One UPDATE more (with the version bump `update()` owes).
        During a correction the edit is held for its sign-off instead (`hold_details`)."""
        self._change_reason = DETAILS_EDIT
        if self.is_under_correction():
            self.save(held=changed)
            return
        self.save()
        self.verdicts.filter(is_current=True, published_at__isnull=False).update(
            updated_at=timezone.now(), version=models.F("version") + 1
        )

    def is_under_correction(self) -> bool:
        """Published, and its verdict reopened for correction (see UNDER_CORRECTION)."""
        under = self.status in (ClaimStatus.CORRECTING, ClaimStatus.AWAITING_SIGN_OFF)
        return under and bool(self.public_slug)

    @property
    def public_status(self) -> str:
        """The state readers are told: a correction is the newsroom's business until it is
        signed off, so a claim under correction is still published (its verdict of record stands)."""
        return ClaimStatus.PUBLISHED if self.is_under_correction() else self.status

    def hold_details(self, changed: Iterable[str] | None = None) -> None:
        """Move the `changed` fields' new values (by default those that differ from the row's)
        into `pending_details` and put back the published ones: a misattribution fixed by one
        person is public only once another signs the correction off (`apply_pending_details`).
        One query, for the stored values."""
        published = type(self)._base_manager.values(*DETAIL_FIELDS).get(pk=self.pk)
        if changed is None:
            changed = [field for field in DETAIL_FIELDS if getattr(self, field) != published[field]]
        proposed = {**self.pending_details, **{field: getattr(self, field) for field in changed}}
        pending = {field: value for field, value in proposed.items() if value != published[field]}
        if "speaker" not in pending:
            pending.pop("speaker_reason", None)  # the reason goes with the speaker it explains
        self.pending_details = pending
        for field, value in published.items():
            setattr(self, field, value)

    def apply_pending_details(self) -> None:
        """Make the held speaker and kind the claim's own (unsaved): the correction is signed off."""
        for field, value in self.pending_details.items():
            setattr(self, field, value)
        self.pending_details = {}

    def detail(self, field: str):
        """A detail field as it will read once the open correction is signed off."""
        return self.pending_details.get(field, getattr(self, field))

    def pending_changes(self) -> list[str]:
        """The held changes in words: "speaker: X -> Y (pending sign-off)"."""

        def described(value) -> dict[str, str]:
            kind = "direct quote" if value("is_quote") else "reported speech" if value("is_reported") else ""
            return {
                "speaker": value("speaker") or "not identified",
                "kind": kind or "neither",
                "claim as checked": value("checked_text") or "as extracted",
            }

        published, held = described(lambda field: getattr(self, field)), described(self.detail)
        return [
            f"{name}: {published[name]} -> {held[name]} (pending sign-off)"
            for name in published
            if published[name] != held[name]
        ]

    def details_editor_ids(self) -> set[int]:
        """Who changed the claim's speaker or kind (`save_details`) since its verdict of record
        was published (ever, before the first): they may not sign off what they re-credited.
        Two queries, the second on the audit trail."""
        record = self.verdicts.filter(is_current=True, published_at__isnull=False).first()
        edits = self.history.filter(history_change_reason=DETAILS_EDIT).exclude(history_user=None)
        if record is not None:
            edits = edits.filter(history_date__gt=record.published_at)
        return set(edits.values_list("history_user_id", flat=True))

    def submitter_id(self) -> int | None:
        """Who asked for the sign-off awaited now (the audit trail's latest submit): they may
        not give it, or an editor could submit a reviewer's unfinished draft and publish it
        alone. One query."""
        return (
            self.history.filter(history_change_reason=SUBMIT)
            .values_list("history_user_id", flat=True)
            .first()
        )

    def is_overdue(self, now=None) -> bool:
        """Still open and past its deadline."""
        if self.deadline is None or self.status in CLOSED_STATUSES:
            return False
        return self.deadline < (now or timezone.now())

    def save_deadline(self) -> None:
        """Save a changed deadline, recorded in the audit trail as such."""
        self._change_reason = "deadline"
        self.save()

    def draft_verdict(self):
        """The verdict being written or awaiting sign-off (never more than one); one query."""
        return (
            self.verdicts.filter(published_at__isnull=True)
            .select_related("rating", "author", "drafted_by")
            .first()
        )

    def published_verdict(self):
        """The verdict of record, if any; one query."""
        return (
            self.verdicts.filter(is_current=True, published_at__isnull=False)
            .select_related("rating", "approved_by", "author")
            .first()
        )
