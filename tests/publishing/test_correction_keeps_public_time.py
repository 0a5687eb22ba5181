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
