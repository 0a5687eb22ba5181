from django.contrib import admin
from django.db.models import Count

from claims.models import Article, Claim


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["text", "speaker", "is_quote", "checkworthiness", "status", "assignee"]
    readonly_fields = ["text", "speaker", "is_quote", "checkworthiness"]
    show_change_link = True
    ordering = ["-priority"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "author", "published_on", "status", "claim_count", "ingested_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "url", "author", "outlet"]
    date_hierarchy = "ingested_at"
    readonly_fields = ["content_hash", "ingested_at", "ingested_by", "skipped_text", "status", "error"]
    raw_id_fields = ["ingested_by"]
    inlines = [ClaimInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("claims"))

    @admin.display(ordering="claim_count", description="claims")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count
