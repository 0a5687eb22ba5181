"""The sitemap of the public pages (django.contrib.sitemaps), with each page's last change."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from claims.models import Verdict
from publishing import queries


class CheckPages(Sitemap):
    """One entry per published fact-check; `lastmod` is its verdict's last change."""

    changefreq = "weekly"
    limit = 5000

    def items(self):
        return (
            Verdict.objects.public()
            .select_related("claim")
            .only("updated_at", "claim__public_slug")
            .order_by("-published_at", "-pk")
        )

    def location(self, verdict: Verdict) -> str:
        return reverse("publishing:check", args=[verdict.claim.public_slug])

    def lastmod(self, verdict: Verdict):
        return verdict.updated_at


class ListPage(Sitemap):
    """/checks/, changed whenever a fact-check is."""

    changefreq = "daily"

    def items(self) -> list[str]:
        return ["publishing:list"]

    def location(self, name: str) -> str:
        return reverse(name)

    def lastmod(self, name: str):
        return queries.freshness(Verdict.objects.public())[0]


SITEMAPS = {"checks": CheckPages, "pages": ListPage}
