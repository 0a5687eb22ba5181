"""`GET /api/v1/`: where a newcomer to the API starts. Each endpoint's absolute URL, whether it
needs a token and whether this client may read it, and where the schema and the docs are.

Whether a token is needed is asked of each endpoint's own permission classes, so the index
cannot drift from what the endpoints enforce.
"""

from __future__ import annotations

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from claims.api.matches import MatchSearchView
from claims.api.views import ArticleViewSet, ClaimReviewViewSet, ClaimViewSet, VerdictViewSet

# name, URL name, view, what it serves (in the order a newcomer needs them)
ENDPOINTS = [
    ("verdicts", "api:verdict-list", VerdictViewSet, "Published verdicts, newest first."),
    (
        "claimreview",
        "api:claimreview-list",
        ClaimReviewViewSet,
        "The published verdicts as schema.org ClaimReview (a DataFeed).",
    ),
    ("claims", "api:claim-list", ClaimViewSet, "Published claims; the newsroom sees every state."),
    (
        "articles",
        "api:article-list",
        ArticleViewSet,
        "Articles and their claims (newsroom); POST submits one (needs claims.add_article).",
    ),
    (
        "matches",
        "api:match-search",
        MatchSearchView,
        "?q=TEXT: earlier claims and fact-checks matching a text (newsroom).",
    ),
]
TOKEN_HELP = (
    "Send the header `Authorization: Token YOUR_TOKEN`. An admin creates tokens in the admin "
    "(Knox, Auth tokens, Add); docs/api.md, section Getting a token."
)


def may_read(view_class, request) -> bool:
    """Whether `request`'s client passes the endpoint's permission classes for a GET."""
    return all(permission().has_permission(request, None) for permission in view_class.permission_classes)


class EndpointSerializer(serializers.Serializer):
    url = serializers.URLField()
    needs_token = serializers.BooleanField(help_text="anonymous clients may not read it")
    allowed = serializers.BooleanField(help_text="this client may read it")
    about = serializers.CharField()


class ApiIndexSerializer(serializers.Serializer):
    endpoints = serializers.DictField(child=EndpointSerializer())
    schema = serializers.URLField(help_text="the OpenAPI 3 schema")
    docs = serializers.URLField(help_text="interactive documentation (Swagger UI)")
    token = serializers.CharField(help_text="how to authenticate")


class ApiIndexView(APIView):
    """The API's index. Public: it tells anonymous clients what they may use without a token."""

    name = "factcheck API"  # the browsable API's title; else "Api Index"
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="api_index",
        summary="Index of the API",
        description="Every endpoint's URL, whether it needs a token and whether this client may "
        "read it; the schema and docs.",
        responses=ApiIndexSerializer,
    )
    def get(self, request):
        anonymous = SimpleNamespace(user=AnonymousUser(), method="GET")
        get = SimpleNamespace(user=request.user, method="GET")
        endpoints = {
            name: {
                "url": reverse(url_name, request=request),
                "needs_token": not may_read(view, anonymous),
                "allowed": may_read(view, get),
                "about": about,
            }
            for name, url_name, view, about in ENDPOINTS
        }
        body = {
            "endpoints": endpoints,
            "schema": reverse("api-schema", request=request),
            "docs": reverse("api-docs", request=request),
            "token": TOKEN_HELP,
        }
        return Response(ApiIndexSerializer(body).data)
