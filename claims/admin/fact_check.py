"""Fact-checks from elsewhere: browse and correct what was imported."""

from django.contrib import admin

from claims.models import FactCheck


@admin.register(FactCheck)
class FactCheckAdmin(admin.ModelAdmin):
    list_display = ("claim_text", "rating_text", "publisher", "published_on")
    list_filter = ("publisher",)
    search_fields = ("claim_text", "headline", "url")
    date_hierarchy = "published_on"
