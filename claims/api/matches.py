"""Matches of a claim, and match search by text: earlier claims and imported fact-checks that
say the same thing (claims.matching). Newsroom only: matches include claims still in review."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from claims.api.permissions import is_newsroom
from claims.matching.present import matches_for_claim, matches_for_text
from claims.models import Claim

MAX_K = 50
MAX_QUERY_CHARS = 2000
K = OpenApiParameter("k", OpenApiTypes.INT, description=f"how many matches (1-{MAX_K}, default 5)")


class MatchSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(["claim", "fact_check"])
    id = serializers.IntegerField()
    text = serializers.CharField()
    verdict = serializers.CharField(help_text="our rating, or theirs as they wrote it; empty if none yet")
    date = serializers.DateField(allow_null=True, help_text="when the verdict was published")
    source = serializers.CharField(help_text="the fact-check's URL, or the article's")
    publisher = serializers.CharField()
    score = serializers.FloatField(help_text="rank score, 1.0 at most")
    cosine = serializers.FloatField(help_text="closeness in meaning, -1 to 1")
    why = serializers.CharField()


class MatchesSerializer(serializers.Serializer):
    results = MatchSerializer(many=True)


class Newsroom(BasePermission):
    def has_permission(self, request, view) -> bool:
        return is_newsroom(request.user)


def _k(request) -> int:
    raw = request.query_params.get("k", "5")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_K:
        raise ValidationError({"k": f"a whole number from 1 to {MAX_K}"})
    return int(raw)


class ClaimMatchesView(GenericAPIView):
    permission_classes = [Newsroom]
    serializer_class = MatchesSerializer

    @extend_schema(
        summary="Earlier claims and fact-checks matching this claim",
        parameters=[K],
        responses=MatchesSerializer,
    )
    def get(self, request, pk: int):
        claim = get_object_or_404(Claim.objects.only("pk", "text", "article_id"), pk=pk)
        return Response({"results": matches_for_claim(claim, _k(request))})


class MatchSearchView(GenericAPIView):
    permission_classes = [Newsroom]
    serializer_class = MatchesSerializer

    @extend_schema(
        summary="Claims and fact-checks matching a text",
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, required=True, description="the claim to look up"),
            K,
        ],
    )
    def get(self, request):
        text = request.query_params.get("q", "").strip()
        if not text or len(text) > MAX_QUERY_CHARS:
            raise ValidationError({"q": f"the text to match, 1 to {MAX_QUERY_CHARS} characters"})
        return Response({"results": matches_for_text(text, _k(request))})
