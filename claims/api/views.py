"""API endpoints. Each viewset declares its queryset, serializer, filters and access.

Lists use cursor pagination (`?cursor=`, `?page_size=` up to API_MAX_PAGE_SIZE) and
answer conditional requests (ETag / Last-Modified, 304 on If-None-Match).
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from claims.api import queries
from claims.api.claimreview_serializer import ClaimReviewSerializer
from claims.api.conditional import ConditionalGetMixin, newest
from claims.api.errors import TooLarge
from claims.api.filters import ArticleFilter, ClaimFilter, VerdictFilter
from claims.api.pagination import DataFeedPage
from claims.api.permissions import SubmitsArticles, is_newsroom
from claims.api.renderers import JSONLDRenderer, JSONRenderer
from claims.api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ClaimSerializer,
    VerdictSerializer,
)
from claims.api.submission import ArticleRejected, submit_article
from claims.api.submission_serializers import ArticleAcceptedSerializer, ArticleSubmissionSerializer
from claims.claimreview import Publisher


class ReadViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """List and detail, recording the newest `modified_field` for Last-Modified."""

    modified_field = "updated_at"

    def filter_queryset(self, queryset):
        # A detail is found by its id alone: list filters and ordering have no say.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self.last_modified = newest(getattr(row, self.modified_field) for row in page or ())
        return page

    def get_object(self):
        obj = super().get_object()
        self.last_modified = getattr(obj, self.modified_field)
        return obj


class PublicVerdictMixin:
    """Published verdicts, readable by anyone, with the rating scale's bounds.

    Pages and details are PublishedVerdicts (plain rows, see claims.api.queries), not
    model instances; a detail runs queries compiled once per process.
    """

    filterset_class = VerdictFilter
    ordering_fields = ["published_at", "updated_at", "id"]
    ordering = ["-published_at"]
    permission_classes = [AllowAny]
    with_evidence = True  # load sources and corrections
    # A request for the first page alone (no filter, ordering or cursor) reads it by a
    # query compiled once (claims.api.pagination.CursorPage).
    newest_rows = staticmethod(queries.newest)

    def get_queryset(self):
        return queries.public_verdicts()

    def paginate_queryset(self, queryset):
        return queries.published(super().paginate_queryset(queryset), evidence=self.with_evidence)

    def get_object(self):
        pk = queries.parse_id(self.kwargs[self.lookup_url_kwarg or self.lookup_field])
        verdict = queries.published_verdict(pk, evidence=self.with_evidence) if pk is not None else None
        if verdict is None:
            raise NotFound()
        self.check_object_permissions(self.request, verdict)
        self.last_modified = verdict.updated_at
        return verdict

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if getattr(self, "swagger_fake_view", False):
            return context
        context["bounds"] = queries.scale_bounds()
        return context


@extend_schema_view(
    list=extend_schema(summary="Published verdicts", description="Newest first; public."),
    retrieve=extend_schema(summary="One published verdict"),
)
class VerdictViewSet(PublicVerdictMixin, ReadViewSet):
    """Published verdicts with their claim, article, rating, sources and corrections. Public."""

    serializer_class = VerdictSerializer


@extend_schema_view(
    list=extend_schema(
        summary="ClaimReview feed", description="Published verdicts as a schema.org DataFeed."
    ),
    retrieve=extend_schema(summary="ClaimReview of one published verdict"),
)
class ClaimReviewViewSet(PublicVerdictMixin, ReadViewSet):
    """Published verdicts as schema.org ClaimReview JSON-LD (application/ld+json). Public."""

    renderer_classes = [JSONLDRenderer, JSONRenderer]
    pagination_class = DataFeedPage
    # Loads sources too, which ClaimReview does not show; its corrections it does.

    serializer_class = ClaimReviewSerializer

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["publisher"] = Publisher(name=settings.FACTCHECK_ORGANISATION, url=settings.SITE_URL)
        return context


@extend_schema_view(
    list=extend_schema(
        summary="Claims", description="Any state for the newsroom; published claims for others."
    ),
    retrieve=extend_schema(summary="One claim"),
)
class ClaimViewSet(ReadViewSet):
    """Claims: the newsroom sees every state; anyone else only public claims (others are 404)."""

    permission_classes = [AllowAny]
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    public_ordering_fields = ["created_at", "updated_at", "id"]
    ordering = ["-updated_at"]
    # The `updated_at` shown, sorted, filtered and paged by is the viewer's (queries.claims_for).
    ordering_columns = {"updated_at": "shown_updated_at"}
    modified_field = "shown_updated_at"

    @property
    def ordering_fields(self) -> list[str]:
        """Check-worthiness and priority are the newsroom's only: a cursor carries the value of
        the field it pages by."""
        if getattr(self, "swagger_fake_view", False) or is_newsroom(self.request.user):
            return [*self.public_ordering_fields, "checkworthiness", "priority"]
        return self.public_ordering_fields

    def get_queryset(self):
        return queries.claims_for(newsroom=is_newsroom(self.request.user))

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "newsroom": is_newsroom(self.request.user)}


@extend_schema_view(
    list=extend_schema(summary="Articles", description="Newsroom only."),
    retrieve=extend_schema(summary="One article with its claims; poll it after posting."),
    create=extend_schema(
        summary="Submit an article",
        description=(
            "Send `text`, `html`, or a `url` to fetch. Answers 202 at once; claims are extracted "
            "in the background: poll the `poll` URL until `status` is no longer `pending`. "
            "Posting the same article again (same text or URL) returns the same id. "
            "Needs a token whose user has the `claims.add_article` permission."
        ),
        request=ArticleSubmissionSerializer,
        responses={202: ArticleAcceptedSerializer},
    ),
)
class ArticleViewSet(mixins.CreateModelMixin, ReadViewSet):
    """Articles as ingested, with their extraction status; the newsroom reads, trusted tokens post."""

    permission_classes = [SubmitsArticles]
    filterset_class = ArticleFilter
    ordering_fields = ["ingested_at", "id"]
    ordering = ["-ingested_at"]
    modified_field = "ingested_at"

    def get_queryset(self):
        articles = queries.articles()
        if self.action == "retrieve":
            return articles.prefetch_related("claims").annotate(claim_count=Count("claims"))
        return articles.annotate(claim_count=Count("claims"))

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleSubmissionSerializer
        if self.action == "retrieve":
            return ArticleDetailSerializer
        return ArticleSerializer

    def create(self, request, *args, **kwargs):
        submission = ArticleSubmissionSerializer(data=request.data)
        submission.is_valid(raise_exception=True)
        try:
            result = submit_article(submission.to_submission(), user=request.user)
        except ArticleRejected as exc:
            raise (TooLarge if exc.too_long else ValidationError)({exc.field: [str(exc)]}) from exc
        poll = reverse("api:article-detail", args=[result.article.pk], request=request)
        body = {
            "id": result.article.pk,
            "created": result.created,
            "status": result.article.status,
            "poll": poll,
        }
        return Response(
            ArticleAcceptedSerializer(body).data, status=status.HTTP_202_ACCEPTED, headers={"Location": poll}
        )


@extend_schema(exclude=True)
class NotFoundView(APIView):
    """Any other path under the API: a JSON 404."""

    permission_classes = [AllowAny]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise NotFound()
