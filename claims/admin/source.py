from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import LinkCheck, Source, SourceSnapshot
from claims.workflow import can_edit


class LinkCheckInline(admin.TabularInline):
    model = LinkCheck
    extra = 0
    can_delete = False
    fields = ["checked_at", "link_class", "http_status", "final_url", "elapsed_ms", "error"]
    readonly_fields = fields
    ordering = ["-checked_at"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "kind",
        "link_status",
        "http_status",
        "consecutive_failures",
        "last_checked_at",
        "claim",
    ]
    list_filter = ["link_status", "kind", "changed_since_cited"]
    search_fields = ["url", "title", "note"]
    list_select_related = ["claim"]
    raw_id_fields = ["claim", "added_by"]
    readonly_fields = [
        "link_status",
        "http_status",
        "final_url",
        "last_checked_at",
        "consecutive_failures",
        "next_check_at",
        "check_requested_at",
        "changed_since_cited",
    ]
    inlines = [LinkCheckInline]

    def has_add_permission(self, request) -> bool:
        return False  # sources are added on the claim page, by the claim's reviewer

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return can_edit(obj.claim, request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is None:
            return super().has_delete_permission(request)
        return can_edit(obj.claim, request.user) and super().has_delete_permission(request, obj)


@admin.register(SourceSnapshot)
class SourceSnapshotAdmin(admin.ModelAdmin):
    list_display = ["source", "taken_at", "sha256"]
    search_fields = ["source__url", "text"]
    raw_id_fields = ["source"]
    readonly_fields = ["source", "taken_at", "sha256", "text"]
