from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.urls import reverse
from django.utils.html import format_html

from claims.admin.claim_lock import LocksClaimOnSave, lock_claims
from claims.admin.display import link_badge, link_flags
from claims.admin.verdict import WrittenByTheWorkflow
from claims.linkcheck.tasks import request_check, request_checks
from claims.models import LinkCheck, Source, SourceSnapshot
from claims.workflow import can_edit, rewrite_cited
from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin, VersionCheckedForm


class LinkCheckInline(admin.TabularInline):
    """Every check of the source, newest first: the history behind its link state."""

    model = LinkCheck
    extra = 0
    can_delete = False
    fields = [
        "checked_at",
        "link_class",
        "http_status",
        "final_url",
        "redirects",
        "elapsed_ms",
        "attempts",
        "error",
        "url",
    ]
    readonly_fields = fields
    ordering = ["-checked_at", "-pk"]
    verbose_name_plural = "Link checks"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="redirects")
    def redirects(self, check: LinkCheck) -> str:
        return " → ".join(f"{status} {target}" for status, target in check.redirect_chain) or "—"


class SnapshotInline(admin.TabularInline):
    """The page texts kept as evidence; each opens read-only on its own page."""

    model = SourceSnapshot
    extra = 0
    can_delete = False
    fields = ["taken_at", "url", "sha256", "open"]
    readonly_fields = fields
    ordering = ["-taken_at", "-pk"]
    verbose_name_plural = "Snapshots"

    def get_queryset(self, request):
        # The texts can be large; each row's title names its source.
        return super().get_queryset(request).defer("text").select_related("source")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="text")
    def open(self, snapshot: SourceSnapshot):
        url = reverse("admin:claims_sourcesnapshot_change", args=[snapshot.pk])
        return format_html('<a href="{}">open snapshot</a>', url)


@admin.register(Source)
class SourceAdmin(LocksClaimOnSave, VersionCheckedAdmin, AuditTrailAdmin):
    form = VersionCheckedForm
    claim_field = "claim"  # its page's save locks the claim, as a submit does
    list_display = [
        "__str__",
        "kind",
        "link_status",
        "http_status",
        "consecutive_failures",
        "flags",
        "last_checked_at",
        "claim",
    ]
    list_filter = ["link_status", "kind", "changed_since_cited"]
    search_fields = ["url", "title", "note"]
    list_select_related = ["claim"]
    readonly_fields = [
        # A source stays with its claim (and the claim list's ordering is an annotation
        # a plain foreign-key field could not use).
        "claim",
        "added_by",
        "link",
        "link_status",
        "http_status",
        "final_url",
        "last_checked_at",
        "consecutive_failures",
        "next_check_at",
        "check_requested_at",
        "changed_since_cited",
    ]
    inlines = [LinkCheckInline, SnapshotInline]
    actions = ["recheck_selected"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    class Media:
        css = {"all": ["claims/newsroom.css"]}

    def has_add_permission(self, request) -> bool:
        return False  # sources are added on the claim page, by the claim's reviewer

    def _may_edit(self, request, source: Source) -> bool:
        # Evidence on the public record changes only through a correction citing other sources.
        return can_edit(source.claim, request.user) and not source.is_on_record

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return self._may_edit(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is None:
            return super().has_delete_permission(request)
        return self._may_edit(request, obj) and super().has_delete_permission(request, obj)

    def has_recheck_permission(self, request) -> bool:
        # A check changes no evidence: whoever may edit sources may ask for one.
        return request.user.has_perm("claims.change_source")

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if "url" in form.changed_data:
            request_check(obj, url_changed=change)
        if change and form.changed_data and self._draft_cites(obj):
            rewrite_cited(obj.claim, request.user)

    def delete_model(self, request, obj) -> None:
        self._check_again_locked(request, [obj])
        cited = self._draft_cites(obj)
        super().delete_model(request, obj)
        if cited:
            rewrite_cited(obj.claim, request.user)

    def delete_queryset(self, request, queryset) -> None:
        with transaction.atomic():  # "Delete selected" runs outside the admin's transaction
            sources = list(queryset.select_related("claim"))
            self._check_again_locked(request, sources)
            claims = {source.claim for source in sources if self._draft_cites(source)}
            super().delete_queryset(request, queryset)
            for claim in claims:
                rewrite_cited(claim, request.user)

    def _check_again_locked(self, request, sources: list[Source]) -> None:
        """Lock the sources' claims, as a submission does, and check again that each source is
        still the user's to delete: Django checked before, and a claim submitted from another tab
        in between would otherwise lose a source its submitted draft cites. 403 if not."""
        claims = lock_claims(source.claim_id for source in sources)
        for source in sources:
            source.claim = claims[source.claim_id]
            if not self._may_edit(request, source):
                raise PermissionDenied(
                    f"Not deleted: claim #{source.claim_id} was submitted or taken off you meanwhile."
                )

    def _draft_cites(self, source: Source) -> bool:
        return source.verdicts.filter(published_at__isnull=True).exists()

    @admin.display(description="link")
    def link(self, source: Source):
        return link_badge(source)

    @admin.display(description="flags")
    def flags(self, source: Source):
        return link_flags(source) or "—"

    @admin.action(description="Recheck the links of selected sources", permissions=["recheck"])
    def recheck_selected(self, request, queryset) -> None:
        ids = request_checks(queryset)
        self.message_user(
            request,
            f"Link checks requested for {len(ids)} source(s); results appear within seconds.",
            messages.SUCCESS,
        )


@admin.register(SourceSnapshot)
class SourceSnapshotAdmin(WrittenByTheWorkflow, admin.ModelAdmin):
    """Read-only evidence: the text of a page as a link check found it."""

    list_display = ["source", "taken_at", "url", "sha256"]
    search_fields = ["source__url", "url", "text"]
    list_select_related = ["source"]
    fields = ["source", "url", "taken_at", "sha256", "page_text"]
    readonly_fields = fields

    @admin.display(description="text")
    def page_text(self, snapshot: SourceSnapshot):
        # Escaped by format_html: a page's markup or scripts show as text, never run.
        return format_html('<pre style="white-space: pre-wrap; max-width: 60em">{}</pre>', snapshot.text)
