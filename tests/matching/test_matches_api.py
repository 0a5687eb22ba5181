"""GET /api/v1/claims/<id>/matches/ and GET /api/v1/matches/?q=: newsroom only."""

import pytest
from django.utils import timezone

from claims.matching import tasks
from tests.api.conftest import token_client
from tests.matching.test_embed_tasks import make_fact_check
from tests.workflow.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def eiffel():
    check = make_fact_check(published_on=timezone.localdate())
    tasks.embed_fact_check(check.pk)
    return check


def test_a_claim_lists_the_imported_fact_check_it_repeats(reviewer, eiffel):
    claim = make_claim(text="Paris's famous tower is being relocated to Nevada, a post says.")
    tasks.embed_claim(claim.pk)
    response = token_client(reviewer).get(f"/api/v1/claims/{claim.pk}/matches/")
    assert response.status_code == 200
    (match,) = response.json()["results"]  # the claim itself is left out
    assert match["kind"] == "fact_check"
    assert match["id"] == eiffel.pk
    assert match["verdict"] == "False"
    assert match["source"] == eiffel.url
    assert match["publisher"] == "Example Checks"
    assert match["date"] == eiffel.published_on.isoformat()
    assert 0 < match["score"] <= 1 and "meaning" in match["why"]


def test_a_text_search_finds_the_fact_check(reviewer, eiffel):
    response = token_client(reviewer).get(
        "/api/v1/matches/", {"q": "Is the Eiffel Tower going to Vegas?", "k": 3}
    )
    assert response.status_code == 200
    assert [m["id"] for m in response.json()["results"]] == [eiffel.pk]


@pytest.mark.parametrize("params", [{}, {"q": "  "}, {"q": "x", "k": "0"}, {"q": "x", "k": "many"}])
def test_a_search_without_text_or_with_a_bad_k_is_a_400(reviewer, params):
    assert token_client(reviewer).get("/api/v1/matches/", params).status_code == 400


def test_strangers_and_anonymous_users_are_refused(stranger):
    claim = make_claim()
    assert token_client(stranger).get(f"/api/v1/claims/{claim.pk}/matches/").status_code == 403
    from rest_framework.test import APIClient

    assert APIClient().get("/api/v1/matches/", {"q": "anything"}).status_code in (401, 403)


def test_an_unknown_claim_is_a_404(reviewer):
    assert token_client(reviewer).get("/api/v1/claims/987654/matches/").status_code == 404


def test_the_claim_page_lists_an_imported_fact_check_for_a_reworded_claim(client, reviewer, eiffel):
    claim = make_claim(text="Paris's famous tower is being relocated to Nevada, a post says.")
    tasks.embed_claim(claim.pk)
    client.force_login(reviewer)
    response = client.get(f"/admin/claims/claim/{claim.pk}/change/")
    assert [m["id"] for m in response.context["matches"]] == [eiffel.pk]
    html = response.content.decode()
    assert f'<a href="{eiffel.url}" rel="noopener noreferrer">' in html
    assert '<span class="badge rating">False</span>' in html


def test_an_imported_url_that_is_not_a_web_link_is_never_shown_as_one(reviewer):
    check = make_fact_check(url="javascript:alert(1)")
    tasks.embed_fact_check(check.pk)
    response = token_client(reviewer).get("/api/v1/matches/", {"q": "Eiffel Tower to Las Vegas"})
    assert response.json()["results"][0]["source"] == ""


def test_an_earlier_claims_article_address_that_is_not_a_web_link_is_never_shown_as_one(reviewer):
    text = "The city built four hundred new homes last year, the mayor said."
    earlier = make_claim(make_article(url="javascript:alert(1)"), text=text)
    claim = make_claim(text=text)
    tasks.embed_claim(earlier.pk)
    tasks.embed_claim(claim.pk)
    response = token_client(reviewer).get(f"/api/v1/claims/{claim.pk}/matches/")
    (match,) = [m for m in response.json()["results"] if m["id"] == earlier.pk]
    assert match["kind"] == "claim" and match["source"] == ""
