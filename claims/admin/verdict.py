from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Correction, Rating, Verdict


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["label", "slug", "value", "definition", "order", "is_active"]
    list_editable = ["order", "is_active"]
    prepopulated_fields = {"slug": ["label"]}


@admin.register(Verdict)
class VerdictAdmin(SimpleHistoryAdmin):
    list_display = ["claim", "rating", "author", "approved_by", "published_at", "is_current"]
    list_filter = ["rating", "is_current"]
    search_fields = ["claim__text", "summary"]
    list_select_related = ["claim", "rating", "author", "approved_by"]
    raw_id_fields = ["claim", "author", "approved_by"]
    filter_horizontal = ["sources"]


@admin.register(Correction)
class CorrectionAdmin(admin.ModelAdmin):
    list_display = ["claim", "created_by", "created_at"]
    search_fields = ["claim__text", "what_changed", "reason"]
    raw_id_fields = ["claim", "previous_verdict", "created_by"]
