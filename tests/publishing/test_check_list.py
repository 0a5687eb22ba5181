"""/checks/: the latest published verdicts for anyone, filtered, searched and paginated."""

import pytest

from claims.models import ClaimStatus
from tests.api.factories import make_article, make_claim
from tests.publishing.factories import claim_in_review, publish
from tests.publishing.pages import links, listed_claims, text
from tests.workflow.factories import published_claim

pytestmark = pytest.mark.django_db


def test_a_published_verdict_is_listed_with_its_rating_speaker_and_a_link_to_its_page(client, people):
    verdict = publish(
        *people,
        claim=make_claim(
            text="Bread costs twice what it did.", speaker="Ann Baker", status=ClaimStatus.PUBLISHED
        ),
        rating_slug="mostly-false",
    )
    response = client.get("/checks/")
    assert listed_claims(response) == ["Bread costs twice what it did."]
    assert "Mostly false" in text(response) and "Ann Baker" in text(response)
    assert f"/checks/{verdict.claim.public_slug}/" in links(response)
    assert "/checks/speakers/Ann%20Baker/" in links(response)


def test_claims_without_a_published_verdict_are_not_listed(client, people):
    publish(*people, claim=make_claim(text="Published claim.", status=ClaimStatus.PUBLISHED))
    claim_in_review(text="Claim still in review.")
    publish(*people, published=False, claim=claim_in_review(text="Claim with a draft verdict."))
    assert listed_claims(client.get("/checks/")) == ["Published claim."]


def test_newest_verdicts_come_first_and_pages_hold_twenty(client, people):
    verdicts = [publish(*people) for _ in range(21)]
    newest_first = sorted(verdicts, key=lambda v: v.published_at, reverse=True)
    first, second = client.get("/checks/"), client.get("/checks/?page=2")
    assert listed_claims(first) == [v.claim.text for v in newest_first[:20]]
    assert listed_claims(second) == [newest_first[20].claim.text]
    assert "?page=2" in links(first)


def test_a_page_past_the_end_is_not_found(client, people):
    publish(*people)
    assert client.get("/checks/?page=3").status_code == 404
    assert client.get("/checks/?page=last-one").status_code == 404


def test_filters_narrow_the_list_by_rating_speaker_and_words(client, people):
    publish(
        *people,
        summary="Records agree.",
        rating_slug="true",
        claim=make_claim(text="Taxes fell.", speaker="Ann Baker", status=ClaimStatus.PUBLISHED),
    )
    publish(
        *people,
        summary="Records disagree.",
        rating_slug="false",
        claim=make_claim(text="Taxes rose.", speaker="Bo Chen", status=ClaimStatus.PUBLISHED),
    )
    publish(
        *people,
        summary="Records disagree.",
        rating_slug="false",
        claim=make_claim(text="Crime fell.", speaker="Ann Baker", status=ClaimStatus.PUBLISHED),
    )
    assert sorted(listed_claims(client.get("/checks/?rating=false"))) == ["Crime fell.", "Taxes rose."]
    assert sorted(listed_claims(client.get("/checks/?speaker=ann+baker"))) == ["Crime fell.", "Taxes fell."]
    assert listed_claims(client.get("/checks/?q=taxes+ROSE")) == ["Taxes rose."]
    assert listed_claims(client.get("/checks/?q=taxes&rating=true")) == ["Taxes fell."]


def test_an_unknown_rating_is_a_400_that_says_so(client, people):
    response = client.get("/checks/?rating=sort-of")
    assert response.status_code == 400
    assert "Select a valid choice" in " ".join(response.content.decode().split())


def test_a_speaker_page_lists_only_that_speakers_claims(client, people):
    publish(*people, claim=make_claim(text="Ann's claim.", speaker="Ann Baker", status=ClaimStatus.PUBLISHED))
    publish(*people, claim=make_claim(text="Bo's claim.", speaker="Bo Chen", status=ClaimStatus.PUBLISHED))
    response = client.get("/checks/speakers/Ann%20Baker/")
    assert listed_claims(response) == ["Ann's claim."]
    assert "Fact-checks of Ann Baker" in text(response)


def test_an_outlet_page_lists_only_claims_from_its_articles(client, people):
    daily = make_article(outlet="The Daily")
    publish(*people, claim=make_claim(article=daily, text="From the Daily.", status=ClaimStatus.PUBLISHED))
    publish(*people, claim=make_claim(text="From elsewhere.", status=ClaimStatus.PUBLISHED))
    response = client.get("/checks/outlets/The%20Daily/")
    assert listed_claims(response) == ["From the Daily."]


def test_a_speaker_with_no_published_checks_has_no_page(client, people):
    claim_in_review(speaker="Quiet Person")
    assert client.get("/checks/speakers/Quiet%20Person/").status_code == 404


def test_the_list_accepts_only_reads(client, people):
    assert client.post("/checks/").status_code == 405


def test_a_claim_published_through_the_workflow_gets_its_page_and_is_listed(client, people):
    reviewer, editor = people
    claim = published_claim(reviewer, editor)
    assert claim.public_slug
    assert listed_claims(client.get("/checks/")) == [claim.text]
    assert client.get(f"/checks/{claim.public_slug}/").status_code == 200
