"""Fact-checks from elsewhere: browse and correct what was imported, and map their ratings."""

from django.contrib import admin

from claims.matching.tasks import embed_fact_check
from claims.models import FactCheck, RatingMapping
from factcheck.enqueue import enqueue_on_commit
from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin, VersionCheckedForm


@admin.register(FactCheck)
class FactCheckAdmin(VersionCheckedAdmin, AuditTrailAdmin):
    """An imported fact-check, corrected by hand. Its page saves only at the version it showed (a
    re-import since is newer too), and the fields an admin changes stay theirs on re-import."""

    form = VersionCheckedForm
    list_display = ("claim_text", "rating_text", "rating", "publisher", "published_on")
    list_filter = ("publisher", ("rating", admin.EmptyFieldListFilter))
    list_select_related = ("rating",)
    search_fields = ("claim_text", "headline", "url", "rating_text")
    date_hierarchy = "published_on"

    def save_model(self, request, obj, form, change) -> None:
        """Saves, then has Celery compute its matching vector once the transaction commits (a
        no-op when the text is unchanged); beat's embed_missing catches rows saved elsewhere."""
        obj.mark_corrected(form.changed_data)
        super().save_model(request, obj, form, change)
        enqueue_on_commit(embed_fact_check, obj.pk)


@admin.register(RatingMapping)
class RatingMappingAdmin(VersionCheckedAdmin, AuditTrailAdmin):
    """What `import_claimreview` maps each outside rating to; it lists the ratings it lacked.
    Its page and list save only at the version they showed, as the scale's do."""

    form = VersionCheckedForm

    list_display = ("rating_key", "rating")
    list_select_related = ("rating",)
    list_editable = ("rating",)
    search_fields = ("rating_key",)
