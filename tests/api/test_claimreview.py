"""Every ClaimReview the API emits carries the fields fact-check consumers read."""

import json
from datetime import date

import pytest
from dateutil.parser import isoparse

from claims.models import Article, ClaimStatus
from tests.api.factories import make_article, make_claim, make_verdict

pytestmark = pytest.mark.django_db
URL = "/api/v1/claimreview/"


def assert_claim_review(obj: dict, organisation: str) -> None:
    """The ClaimReview fields (schema.org and Google's fact-check markup) with sane values."""
    assert obj["@context"] == "https://schema.org"
    assert obj["@type"] == "ClaimReview"
    assert obj["url"].startswith(("http://", "https://"))
    assert isinstance(obj["claimReviewed"], str) and obj["claimReviewed"]
    date.fromisoformat(obj["datePublished"])
    assert obj["author"]["@type"] == "Organization" and obj["author"]["name"] == organisation

    rating = obj["reviewRating"]
    assert rating["@type"] == "Rating"
    for key in ("ratingValue", "bestRating", "worstRating"):
        assert isinstance(rating[key], int)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["worstRating"] < rating["bestRating"]
    assert isinstance(rating["alternateName"], str) and rating["alternateName"]
    assert isinstance(rating["ratingExplanation"], str) and rating["ratingExplanation"]

    item = obj["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    if "datePublished" in item:  # only when the article's date is known
        date.fromisoformat(item["datePublished"])
    assert item["appearance"] and all(
        work["@type"] == "CreativeWork" and work["headline"] for work in item["appearance"]
    )


@pytest.fixture
def verdicts(reviewer, editor):
    quoted = make_verdict(reviewer, editor, rating_slug="pants-on-fire")
    # a pasted article: no URL, no date, no speaker, no author
    bare = make_article(url="", published_on=None, author="", outlet="")
    unattributed = make_verdict(
        reviewer,
        editor,
        rating_slug="true",
        claim=make_claim(article=bare, speaker="", status=ClaimStatus.PUBLISHED),
    )
    return [quoted, unattributed]


def test_every_object_in_the_feed_and_each_detail_is_a_valid_claim_review(api, verdicts, settings):
    settings.FACTCHECK_ORGANISATION = "The Checkers"
    feed = api.get(URL)

    assert feed.status_code == 200
    assert feed["Content-Type"] == "application/ld+json"
    body = feed.json()
    assert body["@type"] == "DataFeed"
    assert len(body["dataFeedElement"]) == len(verdicts)
    for obj in body["dataFeedElement"]:
        assert_claim_review(obj, "The Checkers")
    for verdict in verdicts:
        assert_claim_review(api.get(f"{URL}{verdict.pk}/").json(), "The Checkers")


def test_the_review_url_is_the_public_page_of_the_fact_check(api, verdicts, settings):
    settings.SITE_URL = "https://checks.example.org/"
    quoted = verdicts[0]

    obj = api.get(f"{URL}{quoted.pk}/").json()

    assert obj["url"] == f"https://checks.example.org/checks/{quoted.claim.public_slug}/"


def test_the_review_names_the_claim_its_rating_and_where_it_appeared(api, verdicts, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://news.example.org/fact-checks/{slug}/"
    quoted = verdicts[0]
    article: Article = quoted.claim.article

    obj = api.get(f"{URL}{quoted.pk}/").json()

    assert obj["url"] == f"https://news.example.org/fact-checks/{quoted.claim.public_slug}/"
    assert obj["claimReviewed"] == quoted.claim.text
    assert obj["datePublished"] == quoted.published_at.date().isoformat()
    assert isoparse(obj["dateModified"]) == quoted.updated_at
    assert obj["reviewRating"]["alternateName"] == "Pants on fire / Ridiculous"
    assert (obj["reviewRating"]["ratingValue"], obj["reviewRating"]["worstRating"]) == (1, 1)
    assert obj["reviewRating"]["ratingExplanation"] == quoted.summary
    assert obj["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Minister"}
    assert obj["itemReviewed"]["datePublished"] == "2024-03-01"
    assert obj["itemReviewed"]["appearance"] == [
        {
            "@type": "CreativeWork",
            "headline": article.title,
            "url": article.url,
            "publisher": {"@type": "Organization", "name": "Example News"},
            "datePublished": "2024-03-01",
        }
    ]


def test_an_unattributed_undated_claim_has_an_author_and_no_invented_date(api, verdicts):
    unattributed = verdicts[1]

    item = api.get(f"{URL}{unattributed.pk}/").json()["itemReviewed"]

    assert item["author"] == {"@type": "Organization", "name": "Unattributed"}
    assert "datePublished" not in item  # neither the day we received the article nor the verdict's
    assert "url" not in item["appearance"][0]


def test_claim_review_is_also_served_as_plain_json(api, verdicts):
    response = api.get(URL, HTTP_ACCEPT="application/json")

    assert response["Content-Type"] == "application/json"


HOSTILE = "</script><script>alert('x & y')</script>"


@pytest.mark.parametrize(
    "path, accept, speaker_of",
    [
        (URL, "application/ld+json", lambda body: body["itemReviewed"]["author"]["name"]),
        (URL, "application/json", lambda body: body["itemReviewed"]["author"]["name"]),
        ("/api/v1/verdicts/", "application/json", lambda body: body["claim"]["speaker"]),
    ],
)
def test_markup_in_a_speaker_cannot_end_the_script_element_a_site_embeds_it_in(
    api, reviewer, editor, path, accept, speaker_of
):
    verdict = make_verdict(reviewer, editor, claim=make_claim(speaker=HOSTILE, status=ClaimStatus.PUBLISHED))

    response = api.get(f"{path}{verdict.pk}/", HTTP_ACCEPT=accept)

    assert response.status_code == 200
    raw = response.content.decode()
    assert not {"<", ">", "&"} & set(raw)
    assert r"\u003c/script\u003e\u003cscript\u003e" in raw and r"\u0026" in raw
    assert speaker_of(json.loads(raw)) == HOSTILE  # the same value once parsed


def test_an_unpublished_verdict_has_no_claim_review(api, reviewer, editor):
    draft = make_verdict(reviewer, editor, published=False)

    assert api.get(f"{URL}{draft.pk}/").status_code == 404
    assert api.get(URL).json()["dataFeedElement"] == []


@pytest.mark.parametrize("rows", [2, 50])
def test_the_feed_costs_the_same_queries_for_2_or_50_rows(
    api, reviewer, editor, rows, django_assert_num_queries
):
    for _ in range(rows):
        make_verdict(reviewer, editor)
    # 1. the scale's bounds (then cached)   2. the page: verdicts joined with claim, article, rating and users
    # 3. their sources  4. their public corrections (3 and 4 are one round trip on PostgreSQL)
    with django_assert_num_queries(4):
        response = api.get(f"{URL}?page_size=50")
    assert len(response.json()["dataFeedElement"]) == rows
