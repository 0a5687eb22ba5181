import pytest
from django.db.models import Max, Min
from django.utils import timezone

from claims import workflow
from claims.linkcheck.policy import RecheckPolicy
from claims.linkcheck.record import pending_requests, record
from claims.linkcheck.result import LinkResult
from claims.linkcheck.tasks import request_check
from claims.models import ClaimStatus, LinkClass, Rating
from tests.api.conftest import token_client
from tests.api.factories import correct, make_claim, make_published, make_verdict
from tests.workflow.factories import claim_awaiting_sign_off, draft_verdict, published_claim

pytestmark = pytest.mark.django_db
URL = "/api/v1/verdicts/"


def test_anyone_can_list_published_verdicts_with_everything_a_reader_needs(api, reviewer, editor):
    reviewer.first_name, reviewer.last_name = "Rita", "Reviewer"
    reviewer.save()
    reviewer.reviewer.credit_publicly = True
    reviewer.reviewer.save()
    verdict = make_verdict(reviewer, editor, rating_slug="mostly-false")
    correct(verdict, editor)

    response = api.get(URL)

    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["id"] == verdict.pk
    assert item["claim"] == {
        "id": verdict.claim.pk,
        "text": verdict.claim.text,
        "checked_text": verdict.claim.text,  # not reworded: the claim as extracted
        "speaker": "Jane Minister",
        "is_quote": False,
        "is_reported": False,
    }
    article = verdict.claim.article
    assert item["article"] == {
        "id": article.pk,
        "url": article.url,
        "title": article.title,
        "outlet": "Example News",
        "published_on": "2024-03-01",
    }
    scale = Rating.objects.filter(is_active=True).aggregate(worst=Min("value"), best=Max("value"))
    assert item["rating"] == {
        "slug": "mostly-false",
        "label": "Mostly false",
        "value": 3,
        "worst": scale["worst"],
        "best": scale["best"],
    }
    assert item["summary"] == verdict.summary
    assert [s["link_status"] for s in item["sources"]] == ["ok", "ok"]
    assert {"url", "title", "kind", "http_status", "last_checked_at"} <= set(item["sources"][0])
    assert item["reviewer"] == "Rita Reviewer"  # opted in to be named
    assert item["editor"] is None  # did not: never the username
    assert item["published_at"] and item["updated_at"]
    assert item["corrections"][0]["reason"] == "New figures were published."
    assert item["claimreview"].endswith(f"/api/v1/claimreview/{verdict.pk}/")


def test_the_fast_representation_matches_the_declared_fields(rf, reviewer, editor):
    from rest_framework import serializers
    from rest_framework.request import Request

    from claims.api.queries import public_verdicts, published, scale_bounds
    from claims.api.serializers import VerdictSerializer

    correct(make_verdict(reviewer, editor), editor)
    make_verdict(reviewer, editor, claim=make_claim(status=ClaimStatus.PUBLISHED, speaker="", is_quote=True))
    context = {"request": Request(rf.get(URL)), "bounds": scale_bounds()}
    verdicts = published(list(public_verdicts()))
    assert len(verdicts) == 2
    for verdict in verdicts:
        serializer = VerdictSerializer(verdict, context=context)
        declared = serializers.Serializer.to_representation(serializer, verdict)
        assert serializer.data == declared


def test_unpublished_retired_and_dismissed_verdicts_are_not_listed(api, reviewer, editor):
    shown = make_verdict(reviewer, editor)
    draft = make_verdict(reviewer, editor, published=False)
    retired = make_verdict(reviewer, editor, is_current=False)
    dismissed = make_verdict(reviewer, editor, claim=make_claim(status=ClaimStatus.DISMISSED))

    ids = [item["id"] for item in api.get(URL).json()["results"]]

    assert ids == [shown.pk]
    for hidden in (draft, retired, dismissed):
        assert api.get(f"{URL}{hidden.pk}/").status_code == 404


def public_record(api, verdict) -> dict:
    """What a reader gets of a verdict: its detail, the list, its ClaimReview and its claim."""
    detail = api.get(f"{URL}{verdict.pk}/")
    return {
        "detail": detail.json()["rating"]["slug"] if detail.status_code == 200 else detail.status_code,
        "listed": [item["id"] for item in api.get(URL).json()["results"]],
        "claimreview": api.get(f"/api/v1/claimreview/{verdict.pk}/").status_code,
        "claim": api.get(f"/api/v1/claims/{verdict.claim_id}/").status_code,
        "claims": [item["id"] for item in api.get("/api/v1/claims/").json()["results"]],
    }


def reopen(claim, reviewer, editor, stage: str) -> None:
    """Walk a published claim's correction to `stage`, as the claim page would."""
    claim = workflow.apply(claim, "correct", editor, reason="The ministry revised its figures.")
    if stage == "reopened":
        return
    draft_verdict(claim, reviewer, slug="mostly-true", sources=claim.sources.all())
    claim = workflow.apply(claim, "submit", reviewer)
    if stage == "sent back":
        claim = workflow.apply(claim, "send_back", editor, reason="Cite the revision.")


@pytest.mark.parametrize("stage", ["reopened", "submitted", "sent back"])
def test_a_published_verdict_stays_public_until_its_correction_is_signed_off(
    api, reviewer, editor, other_editor, stage
):
    claim = published_claim(reviewer, editor)
    verdict = claim.published_verdict()

    reopen(claim, reviewer, other_editor, stage)

    assert public_record(api, verdict) == {
        "detail": "false",
        "listed": [verdict.pk],
        "claimreview": 200,
        "claim": 200,
        "claims": [claim.pk],
    }


def test_the_signed_off_correction_replaces_the_published_verdict(api, reviewer, editor, other_editor):
    claim = published_claim(reviewer, editor)
    old = claim.published_verdict()
    reopen(claim, reviewer, other_editor, "submitted")

    claim = workflow.apply(claim, "publish", other_editor)

    new = claim.published_verdict()
    assert public_record(api, old)["detail"] == 404
    assert public_record(api, new) == {
        "detail": "mostly-true",
        "listed": [new.pk],
        "claimreview": 200,
        "claim": 200,
        "claims": [claim.pk],
    }


def test_a_first_verdict_awaiting_sign_off_is_not_public(api, reviewer):
    claim = claim_awaiting_sign_off(reviewer)

    assert api.get(f"/api/v1/claims/{claim.pk}/").status_code == 404
    assert api.get("/api/v1/claims/").json()["results"] == []
    assert api.get(f"{URL}{claim.draft_verdict().pk}/").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize(
    "path", ["verdicts/", "verdicts/{id}/", "claimreview/{id}/", "claims/", "claims/{claim}/"]
)
def test_not_even_an_editors_token_changes_a_verdict_or_claim_through_the_api(reviewer, editor, method, path):
    verdict = make_verdict(reviewer, editor)
    url = "/api/v1/" + path.format(id=verdict.pk, claim=verdict.claim_id)

    response = getattr(token_client(editor), method)(url, {"summary": "Rewritten without a correction."})

    assert response.status_code == 405
    verdict.refresh_from_db()
    assert verdict.summary == "Official statistics show the rate rose."


def test_the_scale_bounds_follow_the_active_ratings(api, reviewer, editor):
    make_verdict(reviewer, editor, rating_slug="false")
    before = api.get(URL).json()["results"][0]["rating"]
    Rating.objects.create(slug="spot-on", label="Spot on", value=9, definition="Exactly right.", order=99)

    rating = api.get(URL).json()["results"][0]["rating"]

    assert before["best"] < 9
    assert (rating["worst"], rating["best"]) == (1, 9)  # the edit shows at once, not after 30 s


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rating=true", ["kept"]),
        ("speaker=minister", ["kept"]),
        ("outlet=the%20daily", ["kept"]),
        ("q=inflation", ["kept"]),
        ("published_after=2030-01-01T00:00:00Z", []),
        ("updated_since=2000-01-01T00:00:00Z", ["kept", "other"]),
    ],
)
def test_verdicts_can_be_filtered(api, reviewer, editor, query, expected):
    kept_claim = make_claim(
        status=ClaimStatus.PUBLISHED,
        text="Inflation doubled in a year.",
        speaker="The Minister",
        article=make_claim().article,
    )
    kept_claim.article.outlet = "The Daily"
    kept_claim.article.save()
    kept = make_verdict(reviewer, editor, claim=kept_claim, rating_slug="true")
    other = make_verdict(reviewer, editor, rating_slug="false")
    other.claim.speaker = "Somebody Else"
    other.claim.save()
    names = {kept.pk: "kept", other.pk: "other"}

    response = api.get(f"{URL}?{query}")

    assert response.status_code == 200, response.json()
    assert sorted(names[item["id"]] for item in response.json()["results"]) == expected


def test_the_article_filter_takes_an_article_id(api, reviewer, editor):
    first, _ = make_published(reviewer, editor, 2)

    response = api.get(f"{URL}?article={first.claim.article_id}")

    assert [item["id"] for item in response.json()["results"]] == [first.pk]


@pytest.mark.parametrize(
    "query",
    [
        "published_after=yesterday",
        "article=1.5",
        "article=1.0",
        "article=NaN",
        "updated_since=0001-01-01T00:00:00%2B14:00",
    ],
)
def test_malformed_filters_get_a_field_error(api, query):
    response = api.get(f"{URL}?{query}")

    assert response.status_code == 400
    assert query.split("=")[0] in response.json()


def test_pages_are_walked_with_a_cursor_and_their_size_is_bounded(api, reviewer, editor, settings):
    settings.API_MAX_PAGE_SIZE = 3
    verdicts = make_published(reviewer, editor, 5)
    newest_first = [v.pk for v in sorted(verdicts, key=lambda v: v.published_at, reverse=True)]

    first = api.get(f"{URL}?page_size=1000").json()
    second = api.get(first["next"]).json()

    assert [item["id"] for item in first["results"]] == newest_first[:3]
    assert [item["id"] for item in second["results"]] == newest_first[3:]
    assert second["next"] is None


@pytest.mark.parametrize("url", [URL, "/api/v1/claimreview/"])
def test_the_first_page_reads_the_same_by_its_compiled_query_as_by_the_orm(
    api, reviewer, editor, url, monkeypatch
):
    from claims.api.views import PublicVerdictMixin

    for verdict in make_published(reviewer, editor, 3, sources=2):
        correct(verdict, editor)

    compiled = api.get(f"{url}?page_size=2")
    monkeypatch.setattr(PublicVerdictMixin, "newest_rows", None)
    by_orm = api.get(f"{url}?page_size=2")

    assert compiled.content == by_orm.content
    assert compiled["ETag"] == by_orm["ETag"]


def test_a_forged_cursor_is_a_404_not_a_server_error(api, reviewer, editor):
    import base64

    make_published(reviewer, editor, 2)
    forged = base64.b64encode(b"o=0&r=0&p=not-a-date").decode()

    assert api.get(f"{URL}?cursor={forged}").status_code == 404


@pytest.mark.parametrize("ordering", ["claim__text", "published_at,id", "summary"])
def test_ordering_by_an_unknown_field_is_a_field_error(api, ordering):
    response = api.get(f"{URL}?ordering={ordering}")

    assert response.status_code == 400
    assert "ordering" in response.json()


def test_verdicts_can_be_ordered_oldest_first(api, reviewer, editor):
    verdicts = make_published(reviewer, editor, 3)

    response = api.get(f"{URL}?ordering=published_at")

    oldest_first = [v.pk for v in sorted(verdicts, key=lambda v: v.published_at)]
    assert [item["id"] for item in response.json()["results"]] == oldest_first


@pytest.mark.parametrize("rows", [2, 50])
def test_the_list_costs_the_same_queries_for_2_or_50_rows(
    api, reviewer, editor, rows, django_assert_num_queries
):
    for verdict in make_published(reviewer, editor, rows, sources=2):
        correct(verdict, editor)
    # 1. the scale's bounds (min/max over active ratings; then cached for 30 s)
    # 2. the page: verdicts joined with claim, article, rating, author and approver
    # 3. the sources of those verdicts
    # 4. the corrections of their claims
    with django_assert_num_queries(4):
        response = api.get(f"{URL}?page_size=50")
    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("status", [ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING])
def test_a_verdict_never_published_stays_hidden_even_when_its_claim_is_public(api, reviewer, editor, status):
    """Only publishing sets published_at; a claim's status alone never makes a draft public."""
    shown = make_verdict(reviewer, editor)
    draft = make_verdict(reviewer, editor, claim=make_claim(status=status), published=False)
    assert draft.is_current and draft.published_at is None

    assert [item["id"] for item in api.get(URL).json()["results"]] == [shown.pk]
    assert api.get(f"{URL}{draft.pk}/").status_code == 404
    assert api.get(f"/api/v1/claimreview/{draft.pk}/").status_code == 404


def test_a_cited_link_that_breaks_reaches_updated_since_readers_and_a_recheck_alone_does_not(
    api, reviewer, editor
):
    verdict = published_claim(reviewer, editor).published_verdict()
    source = verdict.sources.get()

    def check(link_class) -> list:
        since = timezone.now().isoformat().replace("+00:00", "Z")
        request_check(source)
        [request] = pending_requests([source.pk])
        record(
            request,
            LinkResult(source.url, link_class, http_status=404),
            now=timezone.now(),
            policy=RecheckPolicy(),
        )
        served = api.get(URL, {"updated_since": since}).json()["results"]
        return [(v["id"], v["sources"][0]["link_status"]) for v in served]

    assert check(LinkClass.BROKEN) == [(verdict.pk, "broken")]
    assert check(LinkClass.BROKEN) == []
