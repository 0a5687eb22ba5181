from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim, Source


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0
    fields = ["url", "title", "kind", "note", "link_status", "last_checked_at"]
    readonly_fields = ["link_status", "last_checked_at"]


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    list_display = ["short_text", "speaker", "is_quote", "checkworthiness", "status", "assignee", "article"]
    list_filter = ["status", "is_quote", "article__outlet"]
    search_fields = ["text", "speaker", "article__title"]
    list_select_related = ["article", "assignee"]
    raw_id_fields = ["article", "assignee", "duplicate_of"]
    readonly_fields = ["start", "end", "paragraph_index", "normalized_hash", "version", "created_at", "updated_at"]
    inlines = [SourceInline]

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 100 else obj.text[:99] + "…"
