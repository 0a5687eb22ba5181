"""The issue's "done when", as a newcomer would do it: a token from the admin, the seed
article posted, claims extracted by a real worker, a verdict published through the
workflow, then the public verdict and its ClaimReview fetched."""

import importlib

import pytest
from rest_framework.test import APIClient

from claims import workflow
from claims.models import Claim, Rating, Source
from tests.api.conftest import token_from_the_admin
from tests.api.test_claimreview import assert_claim_review
from tests.workers import running_worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def rating_scale(transactional_db):
    """The default scale; an earlier transactional test's flush may have emptied it."""
    from django.apps import apps

    importlib.import_module("claims.migrations.0002_default_rating_scale").create_scale(apps, None)


def publish_a_verdict(claim: Claim, reviewer, editor) -> None:
    claim = workflow.apply(claim, "take", reviewer)
    source = Source.objects.create(claim=claim, url="https://stats.example.org/t1", title="Table 1")
    draft = workflow.new_draft(
        claim, reviewer, rating=Rating.objects.get(slug="false"), summary="Figures disagree."
    )
    draft.save()
    draft.sources.add(source)
    claim = workflow.apply(claim, "submit", reviewer)
    claim = workflow.apply(
        claim, "publish", editor, publish_reason="The link is not checked yet; read it myself."
    )


def test_a_newcomer_posts_the_seed_article_and_fetches_its_published_verdict(
    client, editor, reviewer, seed_text, settings
):
    settings.FACTCHECK_ORGANISATION = "Seed Checkers"
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token_from_the_admin(client, editor)}")

    accepted = api.post("/api/v1/articles/", {"text": seed_text}, format="json")
    assert accepted.status_code == 202
    poll = accepted.json()["poll"]
    with running_worker():
        assert wait_for(lambda: api.get(poll).json()["status"] == "extracted", timeout=120), "not extracted"
    article = api.get(poll).json()
    assert len(article["claims"]) > 3

    claim = Claim.objects.queued().in_take_order().first()
    publish_a_verdict(claim, reviewer, editor)

    public = APIClient()
    [verdict] = public.get(f"/api/v1/verdicts/?article={article['id']}").json()["results"]
    assert verdict["claim"]["text"] == claim.text
    assert (verdict["reviewer"], verdict["editor"]) == (None, None)  # no one opted in to be named
    review = public.get(verdict["claimreview"]).json()
    assert_claim_review(review, "Seed Checkers")
    assert review["claimReviewed"] == claim.text
