"""A published verdict keeps the scale it was published under: adding a rating above the scale or
retiring its lowest step changes no published ClaimReview's bestRating or worstRating (its public
page, the API's ClaimReview, the verdict's rating in the API), nor the colour of its rating on its
page; the next publication uses the scale as it is then."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Rating
from tests.admin.pages import public_views, submit
from tests.conftest import logged_in, make_user
from tests.workflow.factories import published_claim

pytestmark = pytest.mark.django_db


def scales_readers_see(claim) -> dict:
    """(worst, best) as the public page's ClaimReview, the API's ClaimReview and the API's
    verdict give them, and the rating's colour on the page."""
    page, verdict, review = public_views(Client(), claim)
    embedded = json.loads(page.xpath("string(//script[@type='application/ld+json'])"))
    return {
        "badge": page.xpath("string(//span[@class='rating']/@style)"),
        "page": (embedded["reviewRating"]["worstRating"], embedded["reviewRating"]["bestRating"]),
        "claimreview": (review["reviewRating"]["worstRating"], review["reviewRating"]["bestRating"]),
        "api": (verdict["rating"]["worst"], verdict["rating"]["best"]),
    }


def change_the_scale(admin) -> None:
    """Through the rating pages: a new top step, "Proven" (9), and the lowest (1) retired."""
    tab = logged_in(admin)
    add_page = tab.get(reverse("admin:claims_rating_add"))
    added = submit(
        tab,
        add_page,
        "Save",
        {"label": "Proven", "slug": "proven", "value": "9", "definition": "Shown true."},
    )
    assert added.status_code == 302
    lowest = Rating.objects.get(slug="pants-on-fire")
    change_page = tab.get(reverse("admin:claims_rating_change", args=[lowest.pk]))
    retired = submit(tab, change_page, "Save", {"is_active": False})
    assert retired.status_code == 302


def test_a_published_claimreview_keeps_its_scale_when_a_rating_is_added_or_retired(newsroom_admin):
    claim = published_claim(make_user("rita", "reviewer"), make_user("erin", "editor"))
    before = scales_readers_see(claim)
    assert {before["page"], before["claimreview"], before["api"]} == {(1, 8)}

    change_the_scale(newsroom_admin)

    assert scales_readers_see(claim) == before


def test_a_verdict_published_after_the_scale_changed_uses_the_new_scale(newsroom_admin):
    change_the_scale(newsroom_admin)

    claim = published_claim(make_user("rita", "reviewer"), make_user("erin", "editor"))

    seen = scales_readers_see(claim)
    assert {seen["page"], seen["claimreview"], seen["api"]} == {(2, 9)}
