"""A published check reopened for correction still shows readers the time of the version
they read, everywhere it is given, until the correction itself is published."""

from datetime import UTC, datetime

import lxml.etree
import lxml.html
import pytest
from django.utils.http import http_date

from claims import workflow
from claims.models import Article, Claim, Source, Verdict
from tests.workflow.factories import published_claim

pytestmark = pytest.mark.django_db
PUBLISHED_AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def times_readers_see(client, claim: Claim) -> dict[str, str]:
    verdict = Verdict.objects.public().get(claim=claim)
    review = client.get(f"/api/v1/claimreview/{verdict.pk}/").json()
    page = client.get(f"/checks/{claim.public_slug}/")
    return {
        "api verdict": client.get(f"/api/v1/verdicts/{verdict.pk}/").json()["updated_at"],
        "api claim": client.get(f"/api/v1/claims/{claim.pk}/").json()["updated_at"],
        "claimreview": review["dateModified"],
        "page": lxml.html.fromstring(page.content.decode()).xpath("//time/@datetime"),
        "page last-modified": page["Last-Modified"],
        "sitemap": lxml.etree.fromstring(client.get("/sitemap.xml").content).xpath(
            "//*[local-name()='lastmod']/text()"
        ),
    }


@pytest.fixture
def published_in_march(reviewer, editor):
    claim = published_claim(reviewer, editor)
    Verdict.objects.filter(claim=claim).update(updated_at=PUBLISHED_AT)
    Claim._base_manager.filter(pk=claim.pk).update(updated_at=PUBLISHED_AT)
    Article.objects.filter(pk=claim.article_id).update(updated_at=PUBLISHED_AT)
    Source.objects.filter(claim=claim).update(last_checked_at=PUBLISHED_AT)
    return Claim.objects.get(pk=claim.pk)


def test_reopening_a_published_check_for_correction_leaves_its_public_time_as_published(
    client, published_in_march, editor, reviewer
):
    before = times_readers_see(client, published_in_march)
    assert before["page last-modified"] == http_date(PUBLISHED_AT.timestamp())
    assert before["api claim"] == before["api verdict"] == "2026-03-02T09:30:00Z"
    assert "2026-03-02T09:30:00+00:00" in before["page"]

    claim = workflow.apply(published_in_march, "correct", editor, reason="The figure was for 2024.")
    claim.speaker, claim._history_user = "The Treasury", reviewer
    claim.save()

    assert times_readers_see(client, claim) == before


def published_at(moment: datetime, reviewer, editor) -> Claim:
    """A claim published at `moment`, as readers were told then."""
    claim = published_claim(reviewer, editor)
    Verdict.objects.filter(claim=claim).update(updated_at=moment)
    Claim._base_manager.filter(pk=claim.pk).update(updated_at=moment)
    Article.objects.filter(pk=claim.article_id).update(updated_at=moment)
    return Claim.objects.get(pk=claim.pk)


def reopened_and_reworked(claim: Claim, editor, reviewer) -> Claim:
    claim = workflow.apply(claim, "correct", editor, reason="The figure was for 2024.")
    claim.speaker, claim._history_user = "The Treasury", reviewer
    claim.save()
    return claim


def public_claim_ids(client, query: str) -> list[int]:
    return [row["id"] for row in client.get(f"/api/v1/claims/{query}").json()["results"]]


def test_a_claim_under_correction_is_sorted_and_filtered_by_the_time_readers_are_shown(
    client, published_in_march, editor, reviewer
):
    april = published_at(datetime(2026, 4, 1, 12, 0, tzinfo=UTC), reviewer, editor)
    march = reopened_and_reworked(published_in_march, editor, reviewer)

    assert public_claim_ids(client, "") == [april.pk, march.pk]
    assert public_claim_ids(client, "?ordering=-updated_at") == [april.pk, march.pk]
    assert public_claim_ids(client, "?ordering=updated_at") == [march.pk, april.pk]
    assert public_claim_ids(client, "?updated_since=2026-03-15T00:00:00Z") == [april.pk]
    listed = client.get("/api/v1/claims/")
    assert listed["Last-Modified"] == http_date(april.updated_at.timestamp())


def test_a_cursor_pages_public_claims_by_the_time_readers_are_shown(
    client, published_in_march, editor, reviewer
):
    april = published_at(datetime(2026, 4, 1, 12, 0, tzinfo=UTC), reviewer, editor)
    march = reopened_and_reworked(published_in_march, editor, reviewer)

    first = client.get("/api/v1/claims/?ordering=-updated_at&page_size=1").json()
    second = client.get(first["next"]).json()

    assert [row["id"] for row in first["results"] + second["results"]] == [april.pk, march.pk]
    assert second["results"][0]["updated_at"] == "2026-03-02T09:30:00Z" and second["next"] is None


def test_the_newsroom_still_sorts_claims_by_their_last_change(client, published_in_march, editor, reviewer):
    april = published_at(datetime(2026, 4, 1, 12, 0, tzinfo=UTC), reviewer, editor)
    march = reopened_and_reworked(published_in_march, editor, reviewer)
    client.force_login(editor)

    assert public_claim_ids(client, "?status=published&status=correcting") == [march.pk, april.pk]


def test_abandoning_a_correction_leaves_the_public_time_as_published(
    client, published_in_march, editor, reviewer, other_editor
):
    before = times_readers_see(client, published_in_march)
    claim = reopened_and_reworked(published_in_march, editor, reviewer)

    workflow.apply(claim, "abandon", other_editor, reason="The minister did say it after all.")

    assert times_readers_see(client, claim) == before
    assert public_claim_ids(client, "?updated_since=2026-03-15T00:00:00Z") == []
