"""Routes of the API, mounted at /api/v1/ by factcheck/urls.py (namespace "api")."""

from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from claims.api import schema  # noqa: F401  (registers the OpenAPI extensions)
from claims.api.matches import ClaimMatchesView, MatchSearchView
from claims.api.root import ApiIndexView
from claims.api.views import ArticleViewSet, ClaimReviewViewSet, ClaimViewSet, NotFoundView, VerdictViewSet

app_name = "api"

router = DefaultRouter()
# Our own index (claims.api.root) instead: absolute URLs, which need a token, schema and docs.
router.include_root_view = False
router.register("verdicts", VerdictViewSet, basename="verdict")
router.register("claimreview", ClaimReviewViewSet, basename="claimreview")
router.register("claims", ClaimViewSet, basename="claim")
router.register("articles", ArticleViewSet, basename="article")

urlpatterns = [
    path("", ApiIndexView.as_view(), name="index"),
    path("claims/<int:pk>/matches/", ClaimMatchesView.as_view(), name="claim-matches"),
    path("matches/", MatchSearchView.as_view(), name="match-search"),
    *router.urls,
    # Anything else under /api/v1/ (an unknown path, an id that is not a number) is a
    # JSON 404 like the API's own, not Django's HTML page. Paths without the final
    # slash are left to APPEND_SLASH's redirect.
    re_path(r"^.*/$", NotFoundView.as_view(), name="not-found"),
]
