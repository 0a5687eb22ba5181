from django.contrib import admin
from django.db import models
from django.db.models import Count

from claims.models import Article, Claim


class ClaimInline(admin.TabularInline):
    """The article's claims, read-only: status and assignee change through the workflow."""

    model = Claim
    extra = 0
    fields = ["text", "speaker", "is_quote", "checkworthiness", "status", "assignee"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False
    ordering = ["start"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "author", "published_on", "status", "claim_count", "ingested_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "author", "outlet"]
    date_hierarchy = "ingested_at"
    readonly_fields = ["content_hash", "ingested_at", "ingested_by", "skipped_text", "status", "error"]
    raw_id_fields = ["ingested_by"]
    inlines = [ClaimInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(ordering="claim_count", description="claims")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count
