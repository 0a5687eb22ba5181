"""Articles and their extraction: each attempt is claimed on the row, so one worker at a
time extracts an article, and an article that keeps failing stops being retried.

pending -> extracted, or -> failed after EXTRACTION_MAX_ATTEMPTS attempts (or at once when it
is over the size caps); failed -> pending again only through "Retry extraction".
"""

from datetime import datetime, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims.guarded_http.links import web_link
from claims.models.claim_status import ClaimStatus
from claims.models.versioning import VersionedModel

# What people edit on the article page; everything else is written by ingest and extraction.
EDITED_FIELDS = ("url", "title", "outlet", "author", "published_on")


class ArticleStatus(models.TextChoices):
    PENDING = "pending", "Waiting for extraction"
    EXTRACTED = "extracted", "Claims extracted"
    FAILED = "failed", "Extraction failed"


# Detected metadata in words, cut to fit on a word with an ellipsis; a longer URL is dropped
# instead, since a cut one would point somewhere else.
PROSE_FIELDS = ("title", "outlet", "author")


def shortened(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: cut after its last whole word that fits (or mid-word,
    when that word is most of it) with "…" at the end."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    words = cut.rsplit(maxsplit=1)[0] if " " in cut else cut
    if len(words) >= limit // 2:
        cut = words
    return cut.rstrip(" ,;:-–—") + "…"


def _blank(name: str) -> Q:
    """The article's field `name` is empty (a date is NULL, a text "")."""
    return Q(**{name: None if name == "published_on" else ""})


def _given_up(now: datetime) -> datetime:
    """An attempt started before this has outlived the hard time limit: its worker is gone."""
    return now - timedelta(seconds=settings.EXTRACTION_TIME_LIMIT)


class ArticleQuerySet(models.QuerySet):
    def awaiting_extraction(self, now: datetime) -> "ArticleQuerySet":
        """Pending and not being extracted: no attempt started, or the last one started longer
        ago than the task's hard time limit (its worker was killed or ran out of memory)."""
        return self.filter(status=ArticleStatus.PENDING).filter(
            Q(extraction_started_at__isnull=True) | Q(extraction_started_at__lt=_given_up(now))
        )

    def start_extraction(self, pk: int, now: datetime, task_id: str | None = None) -> "Article | None":
        """Claim an attempt at extracting article `pk` for task `task_id`, or None: not pending,
        another worker on it, or out of attempts (the article is then marked failed).

        The message that started the running attempt, delivered again, takes over at once:
        the broker redelivers a message when its worker died (killed, out of memory)."""
        article = self.filter(pk=pk, status=ArticleStatus.PENDING).first()
        if article is None:
            return None
        started = article.extraction_started_at
        if started and started >= _given_up(now) and not (task_id and task_id == article.extraction_task_id):
            return None
        tries = article.extraction_attempts
        same = self.filter(pk=pk, status=ArticleStatus.PENDING, extraction_attempts=tries)
        error = article.error
        if article.extraction_started_at is not None:  # that attempt's worker died
            error = f"attempt {tries} did not finish (killed at the time limit or out of memory)"
        if tries >= settings.EXTRACTION_MAX_ATTEMPTS:
            error = error or f"out of attempts ({tries} of {settings.EXTRACTION_MAX_ATTEMPTS})"
            same.update(status=ArticleStatus.FAILED, error=error, extraction_started_at=None)
            return None
        if not same.update(
            extraction_attempts=F("extraction_attempts") + 1,
            extraction_started_at=now,
            extraction_task_id=task_id or "",
            error=error,
        ):
            return None
        article.extraction_attempts, article.extraction_started_at = tries + 1, now
        return article

    def retry_extraction(self) -> list[int]:
        """Failed articles back to pending with fresh attempts; returns their ids to enqueue."""
        ids = list(self.filter(status=ArticleStatus.FAILED).values_list("pk", flat=True))
        Article.objects.filter(pk__in=ids).update(
            status=ArticleStatus.PENDING, error="", extraction_attempts=0, extraction_started_at=None
        )
        return ids

    def fill_blanks(self, pk: int, detected: dict) -> bool:
        """Set each of `detected` ({field of EDITED_FIELDS: value}) that is still blank on
        article `pk`, in one UPDATE that reads the row as it is now, so a value an editor
        saved while extraction ran is kept. Returns whether any was filled: that bumps
        `version` (an edit page loaded before would blank it again) and is kept in the audit
        trail, by "the system". Values are cut to their columns (`Article.fitted`)."""
        detected = Article.fitted(detected)
        blank = {name: _blank(name) for name, value in detected.items() if value}
        if not blank:
            return False
        filled = {
            name: Case(When(q, then=Value(detected[name])), default=F(name)) for name, q in blank.items()
        }
        rows = self.filter(reduce(or_, blank.values()), pk=pk)
        if not rows.update(**filled, version=F("version") + 1, updated_at=timezone.now()):
            return False
        article = self.defer("body", "html", "skipped_text").get(pk=pk)
        Article.history.bulk_history_create([article], update=True)
        return True


class Article(VersionedModel):
    """A news article as ingested; claims point into `body` by character offsets.

    `version` guards what people edit (EDITED_FIELDS, `save_edit`); extraction writes its
    fields with UPDATEs that leave it alone, and fills blank metadata with `fill_blanks`.
    """

    url = models.URLField("canonical URL", max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    body = models.TextField(help_text="Normalised article text; claim offsets refer to it.")
    html = models.TextField(blank=True, help_text="Sanitised HTML, when the article came as HTML.")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised text.")
    skipped_text = models.JSONField(
        default=list, blank=True, help_text="Lines dropped as boilerplate, with the reason."
    )
    status = models.CharField(max_length=16, choices=ArticleStatus, default=ArticleStatus.PENDING)
    error = models.TextField(blank=True, help_text="Why extraction failed, when it did.")
    extraction_attempts = models.PositiveSmallIntegerField(
        default=0, help_text="Extraction attempts started (EXTRACTION_MAX_ATTEMPTS at most)."
    )
    extraction_started_at = models.DateTimeField(
        null=True, blank=True, help_text="When the running extraction attempt started."
    )
    extraction_task_id = models.CharField(
        max_length=64, blank=True, help_text="The Celery task that started the last extraction attempt."
    )
    ingested_at = models.DateTimeField(auto_now_add=True)
    # A public fact-check page prints the title, outlet, URL and date: an edit must make
    # cached copies stale (publishing.queries.freshness).
    updated_at = models.DateTimeField(auto_now=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(
        default=1,
        help_text="Bumped on each edit of its title, outlet, author, URL or date; guards against lost edits.",
    )

    # The title, outlet, author, address and date print on published fact-checks: every edit
    # is kept, with who made it. Not the texts: stored once, read-only, and large.
    history = HistoricalRecords(excluded_fields=["body", "html", "skipped_text"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-ingested_at"]
        constraints = [
            # Re-ingesting the same text must find the existing row, never a copy.
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content_hash"),
            # Same for the same canonical URL; many articles have no URL (pasted text).
            models.UniqueConstraint(fields=["url"], condition=~models.Q(url=""), name="article_unique_url"),
        ]
        indexes = [
            # Reports and the API list articles by outlet and date.
            models.Index(fields=["outlet", "published_on"], name="article_outlet_date_idx"),
        ]

    def __str__(self) -> str:
        return self.headline

    @classmethod
    def fitted(cls, metadata: dict) -> dict:
        """`metadata` ({field: value}, as detected in a page or text) cut to the columns: words
        `shortened` with "…", a URL too long for its column left out (""), anything else as is.
        PostgreSQL refuses a value longer than its column (SQLite would store it whole)."""
        fitted = {}
        for name, value in metadata.items():
            limit = getattr(cls._meta.get_field(name), "max_length", None)
            if isinstance(value, str) and limit and len(value) > limit:
                value = shortened(value, limit) if name in PROSE_FIELDS else ""
            fitted[name] = value
        return fitted

    @property
    def headline(self) -> str:
        return self.title or self.url or f"Article {self.pk}"

    @property
    def web_url(self) -> str:
        """The URL if a page may link to it (http or https: never javascript: or data:), else ""."""
        return web_link(self.url)

    def save_edit(self) -> None:
        """Save an edit of EDITED_FIELDS at the version it was loaded at (EditConflict if stale).

        Only those columns are written: a worker may have changed the extraction fields since
        this copy was read, and its values stand. Checked on the row as locked, which a
        submission of one of its claims locks too (claims.workflow), so neither lands unseen
        between the other's check and write (`refuse_reattributing_published`)."""
        with transaction.atomic():
            type(self)._base_manager.select_for_update(no_key=True).filter(pk=self.pk).values_list(
                "pk"
            ).first()
            self.refuse_reattributing_published()
            self.save(update_fields=[*EDITED_FIELDS, "version", "updated_at"])

    def clean(self) -> None:
        self.refuse_reattributing_published()

    def refuse_reattributing_published(self) -> None:
        """Raise ValidationError ({field: why}) when this edit changes who made a claim that is
        published or awaiting sign-off.

        ClaimReview names a claim's speaker as its author, else the article's author, else its
        outlet (claims.claimreview.claim_author): for a claim without a speaker, the article's
        author (and its outlet, while it has no author) is what the verdict says about who made
        the claim, which changes only in a correction another editor signs off (by giving the
        claim its speaker); while the verdict awaits sign-off it is what its editor approves (a
        submission locks the article, so a change racing it lands before or is refused after).
        The title, address and date stay correctable. Two queries."""
        if self._state.adding:
            return
        stored = type(self)._base_manager.values("author", "outlet").get(pk=self.pk)
        locked = ["author"] + (["outlet"] if not stored["author"] else [])
        changed = [name for name in locked if getattr(self, name) != stored[name]]
        if not changed:
            return
        signed_off = Q(verdicts__published_at__isnull=False) | Q(status=ClaimStatus.AWAITING_SIGN_OFF)
        unattributed = self.claims.filter(signed_off, speaker="").values_list("pk", "status")
        found = unattributed.order_by("-status", "pk").first()  # a published one first, to say so
        if found is None:
            return
        claim_id, status = found
        if status == ClaimStatus.AWAITING_SIGN_OFF:
            why = (
                f"Claim #{claim_id}, awaiting sign-off, has no speaker, so its verdict names this article's "
                "{} as who made it: changing it would change what its editor approves. Send it back, "
                "or give the claim its speaker."
            )
        else:
            why = (
                f"Claim #{claim_id} was published without a speaker, so its fact-check names this article's "
                "{} as who made it: changing it would change a published verdict without a sign-off. "
                "Reopen the claim for correction and give it its speaker instead."
            )
        raise ValidationError({name: why.format(name) for name in changed})

    def record_extraction_failure(self, reason: str, *, final: bool = False) -> None:
        """After a failed attempt: failed with its reason once the attempts are used up (or
        when `final`: no attempt can do better), else pending again for the sweeper."""
        final = final or self.extraction_attempts >= settings.EXTRACTION_MAX_ATTEMPTS
        self.status = ArticleStatus.FAILED if final else ArticleStatus.PENDING
        self.error = f"attempt {self.extraction_attempts} of {settings.EXTRACTION_MAX_ATTEMPTS}: {reason}"
        Article.objects.filter(pk=self.pk, status=ArticleStatus.PENDING).update(
            status=self.status, error=self.error, extraction_started_at=None
        )

    def release_extraction(self) -> None:
        """Give the attempt back (the database failed under it): a retry may claim it at once."""
        Article.objects.filter(pk=self.pk, status=ArticleStatus.PENDING).update(
            extraction_attempts=F("extraction_attempts") - 1, extraction_started_at=None
        )
