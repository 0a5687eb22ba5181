from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from claims.admin.claim_lock import LocksClaimOnSave
from claims.admin.ingest_form import ArticleIngestForm
from claims.admin.object_paths import object_path
from claims.ingest import IngestError, retry_failed_extraction
from claims.linkcheck.tasks import request_checks
from claims.models import Article, Claim, Source
from claims.models.article import ArticleStatus
from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin, VersionCheckedForm


class ClaimInline(admin.TabularInline):
    """The article's claims, read-only: status and assignee change through the workflow."""

    model = Claim
    extra = 0
    fields = ["text", "speaker", "is_quote", "score", "status", "assignee"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    ordering = ["start"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="check-worthy", ordering="checkworthiness")
    def score(self, claim: Claim) -> str:
        return f"{claim.checkworthiness:.2f}"

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(LocksClaimOnSave, VersionCheckedAdmin, AuditTrailAdmin):
    """Its save locks the article, as a submission of one of its claims does: the author it checks
    (Article.refuse_reattributing_published) is the one a racing submission finds."""

    form = VersionCheckedForm
    list_display = ["__str__", "outlet", "author", "published_on", "status", "claim_count", "ingested_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "author", "outlet"]
    date_hierarchy = "ingested_at"
    # The body is what claim offsets point into: it is read-only once stored.
    readonly_fields = [
        "body",
        "content_hash",
        "ingested_at",
        "ingested_by",
        "skipped",
        "status",
        "error",
        "extraction_attempts",
        "extraction_started_at",
        # Which worker's attempt owns the extraction (ArticleQuerySet.start_extraction): not for editing.
        "extraction_task_id",
    ]
    exclude = ["skipped_text", "html"]
    raw_id_fields = ["ingested_by"]
    inlines = [ClaimInline]
    actions = ["recheck_sources", "retry_extraction"]
    change_form_template = "admin/claims/article/change_form.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["claims/newsroom.css"]}

    def row_to_lock(self, found) -> tuple[type, int]:
        return Article, found.pk

    def get_urls(self):
        retry = object_path(
            self, "retry-extraction", self.retry_extraction_view, "claims_article_retry_extraction"
        )
        return [retry, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        can_retry = (
            article is not None
            and article.status == ArticleStatus.FAILED
            and self.has_change_permission(request, article)
        )
        extracting = article is not None and article.status == ArticleStatus.PENDING
        context = {**(extra_context or {}), "can_retry": can_retry, "extracting": extracting}
        return super().change_view(request, object_id, form_url, context)

    def retry_extraction_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The "Retry extraction" button of a failed article's page (a POST)."""
        article = self.get_object(request, object_id)
        if request.method != "POST" or article is None or not self.has_change_permission(request, article):
            raise PermissionDenied
        self.retry_extraction(request, Article.objects.filter(pk=article.pk))
        return redirect(reverse("admin:claims_article_change", args=[article.pk]))

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    def save_model(self, request, obj, form, change) -> None:
        # Only a change or a revert lands here (add_view stores through claims.ingest); the
        # extraction fields a worker wrote since this request read the row are left alone.
        obj.save_edit()

    @admin.display(ordering="claim_count", description="claims")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count

    @admin.display(description="skipped text")
    def skipped(self, obj: Article) -> str:
        """What extraction dropped as boilerplate, with why, so nothing disappears silently."""
        if not obj.skipped_text:
            return "—"
        rows = format_html_join(
            "",
            "<li>{} <q>{}</q></li>",
            ((skip_label(s.get("reason", "")), s.get("text", "")) for s in obj.skipped_text),
        )
        return format_html('<ul class="skipped-text">{}</ul>', rows)

    def add_view(self, request, form_url="", extra_context=None):
        """Paste text or HTML, or give a URL: stored once, then extracted by a worker.

        "Preview" fills the blank title, outlet, author, date and URL fields from the
        article and shows the form again; what the editor typed is kept and wins.
        """
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleIngestForm(request.POST if request.method == "POST" else None)
        previewed = ""  # what the preview read: "text", "html", or "url" (not fetched until added)
        if request.method == "POST" and "_preview" in request.POST and form.is_valid():
            form, previewed = form.preview(), form.source_field
        elif request.method == "POST" and form.is_valid():
            try:
                result = form.ingest(user=request.user)
            except IngestError as exc:
                form.add_error(form.source_field, with_paste_hint(form.source_field, str(exc)))
            else:
                if result.created:
                    messages.success(
                        request,
                        "Article stored: a worker is extracting its claims. "
                        "Reload this page in a few seconds to see them.",
                    )
                else:
                    messages.info(request, "This article was already stored; here it is.")
                return redirect(reverse("admin:claims_article_change", args=[result.article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "previewed": previewed,
            "opts": self.model._meta,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/claims/article/ingest.html", context)

    @admin.action(description="Retry extraction of the selected failed articles", permissions=["change"])
    def retry_extraction(self, request, queryset) -> None:
        count = retry_failed_extraction(queryset)
        if count:
            self.message_user(
                request, f"Extraction of {count} article(s) is being retried.", messages.SUCCESS
            )
        else:
            self.message_user(request, "None of the selected articles had failed extraction.", messages.INFO)

    def has_recheck_permission(self, request) -> bool:
        return request.user.has_perm("claims.change_source")

    @admin.action(description="Recheck all sources of the selected articles", permissions=["recheck"])
    def recheck_sources(self, request, queryset) -> None:
        ids = request_checks(Source.objects.filter(claim__article__in=queryset))
        self.message_user(
            request,
            f"Link checks requested for {len(ids)} source(s); results appear within seconds.",
            messages.SUCCESS if ids else messages.INFO,
        )


# What a reviewer reads for extraction's reasons (claims/extraction/boilerplate.py names them);
# the lines kept as metadata say so, or "title — <headline>" reads as if the headline was lost.
SKIP_LABELS = {
    "title": "Kept as the title:",
    "byline": "Read as the byline:",
    "dateline": "Read as the date line:",
    "turn_label": "A transcript's turn label (gives the turn's speaker):",
    "asked": "An interviewer's question, not a claim:",
    "repeated_headline": "The headline again:",
}


def skip_label(reason: str) -> str:
    """ "photo_caption" -> "Skipped, photo caption:"."""
    return SKIP_LABELS.get(reason) or f"Skipped, {reason.replace('_', ' ') or 'no reason'}:"


def with_paste_hint(field: str, message: str) -> str:
    """A page that cannot be fetched from here (a paywall, a block, no network) can still be
    pasted: say so where the fetch failed."""
    if field != "url":
        return message
    return f"{message} If the page cannot be fetched from here, paste its text or HTML instead."
