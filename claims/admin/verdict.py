from django.contrib import admin

from claims.models import Correction, Rating, Verdict
from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin, VersionCheckedForm


class WrittenByTheWorkflow:
    """Read-only here: these rows are written on the claim page, through the workflow."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Rating)
class RatingAdmin(VersionCheckedAdmin, AuditTrailAdmin):
    """The verdict scale. Everyone sees it; only the admin role may change it (permissions).

    A rating verdicts carry is never deleted (they protect it), and one published verdicts
    carry keeps its words (`Rating.refuse_rewriting_published`): it is retired instead. Its
    page and list save only at the version they showed (a stale tab is told who saved first)."""

    form = VersionCheckedForm
    list_display = ["label", "slug", "value", "definition", "order", "is_active"]
    list_editable = ["order", "is_active"]
    prepopulated_fields = {"slug": ["label"]}

    def get_deleted_objects(self, objs, request):
        # Verdicts are nobody's to delete (WrittenByTheWorkflow), so Django's page would blame
        # the user's permissions, as if someone with more could delete them: it is the verdicts
        # that keep the rating, whoever asks.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            perms_needed = set()
        return deleted, counts, perms_needed, protected


@admin.register(Verdict)
class VerdictAdmin(WrittenByTheWorkflow, AuditTrailAdmin):
    list_display = ["claim", "rating", "author", "approved_by", "published_at", "is_current"]
    list_filter = ["rating", "is_current"]
    search_fields = ["claim__text", "summary"]
    list_select_related = ["claim", "rating", "author", "approved_by"]
    raw_id_fields = ["claim", "author", "approved_by"]
    filter_horizontal = ["sources"]


@admin.register(Correction)
class CorrectionAdmin(WrittenByTheWorkflow, admin.ModelAdmin):
    """Correction notes are written by the workflow (reason on reopening, changes on publishing)."""

    list_display = ["claim", "reason", "what_changed", "created_by", "created_at", "published_at"]
    search_fields = ["claim__text", "what_changed", "reason"]
    list_select_related = ["claim", "created_by"]
    raw_id_fields = ["claim", "previous_verdict", "created_by"]
