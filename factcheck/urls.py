from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from factcheck.health import healthz
from publishing.sitemaps import SITEMAPS

# The newsroom's console is the admin: named for the tool, not the framework.
admin.site.site_header = "factcheck"
admin.site.site_title = "factcheck"
admin.site.index_title = "Newsroom"
# "View site" opens what readers see; "/" only leads back to the admin.
admin.site.site_url = "/checks/"

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    # Readers' pages: published fact-checks, no log-in (docs/public-pages.md).
    path("checks/", include("publishing.urls", namespace="publishing")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # The REST API and its documentation (docs/api.md).
    path("api/v1/", include("claims.api.urls", namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script separately: the CSP forbids inline scripts.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
]
