from django.contrib import admin

from reviewers.models import Reviewer


@admin.register(Reviewer)
class ReviewerAdmin(admin.ModelAdmin):
    list_display = ["__str__", "role", "topics", "digest", "max_open_assignments"]
    list_filter = ["role", "digest"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "topics"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
