"""Fact-checks from elsewhere: browse and correct what was imported."""

from django.contrib import admin

from claims.matching.tasks import embed_fact_check
from claims.models import FactCheck
from factcheck.enqueue import enqueue_on_commit


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    list_display = ("claim_text", "rating_text", "publisher", "published_on")
    list_filter = ("publisher",)
    search_fields = ("claim_text", "headline", "url")
    date_hierarchy = "published_on"

    def save_model(self, request, obj, form, change) -> None:
        """Saves, then has Celery compute its matching vector once the transaction commits (a
        no-op when the text is unchanged); beat's embed_missing catches rows saved elsewhere."""
        super().save_model(request, obj, form, change)
        enqueue_on_commit(embed_fact_check, obj.pk)
