"""Fact-checks from elsewhere: browse and correct what was imported, and map their ratings."""

from django.contrib import admin

from claims.models import FactCheck, RatingMapping


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    list_display = ("claim_text", "rating_text", "rating", "publisher", "published_on")
    list_filter = ("publisher", ("rating", admin.EmptyFieldListFilter))
    list_select_related = ("rating",)
    search_fields = ("claim_text", "headline", "url", "rating_text")
    date_hierarchy = "published_on"


@admin.register(RatingMapping)
class RatingMappingAdmin(admin.ModelAdmin):
    """What `import_claimreview` maps each outside rating to; it lists the ratings it lacked."""

    list_display = ("rating_key", "rating")
    list_select_related = ("rating",)
    list_editable = ("rating",)
    search_fields = ("rating_key",)
