"""Who made a claim is part of what a published verdict says: for a claim published without a
speaker, ClaimReview names the article's author (or its outlet) as the claim's author, so the
article page cannot change those once such a verdict is out (as the speaker is changed only in a
correction, signed off by another editor)."""

import pytest
from django.test import Client
from django.urls import reverse

from claims import workflow
from claims.models import Article
from tests.admin.pages import errors_of, submit
from tests.conftest import logged_in
from tests.workflow.factories import claim_in_review, make_article

pytestmark = pytest.mark.django_db


def published_unattributed_claim(reviewer, editor, **article_fields):
    claim = claim_in_review(reviewer, article=make_article(**article_fields), speaker="")
    workflow.apply(workflow.apply(claim, "submit", reviewer), "publish", editor)
    return claim


def claim_author_in_claimreview(claim) -> dict:
    verdict = Client().get("/api/v1/verdicts/").json()["results"][0]
    review = Client().get(f"/api/v1/claimreview/{verdict['id']}/").json()
    return review["itemReviewed"]["author"]


def test_an_editor_cannot_change_who_made_a_claim_awaiting_sign_off_through_its_article(
    reviewer, other_editor
):
    claim = claim_in_review(reviewer, article=make_article(author="Jane Roe"), speaker="")
    workflow.apply(claim, "submit", reviewer)
    tab = logged_in(other_editor)
    page = tab.get(reverse("admin:claims_article_change", args=[claim.article_id]))

    refused = submit(tab, page, "Save", {"author": "John Doe"})

    assert refused.status_code == 200
    assert any("awaiting sign-off" in error for error in errors_of(refused)), errors_of(refused)
    assert Article.objects.get(pk=claim.article_id).author == "Jane Roe"


@pytest.mark.parametrize(
    ("article_fields", "change"),
    [({"author": "Jane Roe"}, {"author": "John Doe"}), ({"author": ""}, {"outlet": "Other Times"})],
    ids=["author", "outlet"],
)
def test_an_editor_cannot_change_who_made_a_published_claim_through_its_article(
    reviewer, editor, other_editor, article_fields, change
):
    claim = published_unattributed_claim(reviewer, editor, **article_fields)
    before = claim_author_in_claimreview(claim)
    tab = logged_in(other_editor)
    page = tab.get(reverse("admin:claims_article_change", args=[claim.article_id]))

    refused = submit(tab, page, "Save", change)

    assert refused.status_code == 200
    (field,) = change
    assert any("published" in error for error in errors_of(refused)), errors_of(refused)
    assert getattr(Article.objects.get(pk=claim.article_id), field) == getattr(claim.article, field)
    assert claim_author_in_claimreview(claim) == before


def test_an_articles_title_and_date_stay_correctable_after_publication(reviewer, editor, other_editor):
    claim = published_unattributed_claim(reviewer, editor, author="Jane Roe")
    tab = logged_in(other_editor)
    page = tab.get(reverse("admin:claims_article_change", args=[claim.article_id]))

    saved = submit(tab, page, "Save", {"title": "Corrected headline"})

    assert saved.status_code == 302
    assert Article.objects.get(pk=claim.article_id).title == "Corrected headline"
