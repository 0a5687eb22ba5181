"""Each fact-check page embeds ClaimReview JSON-LD that a JSON-LD processor reads as
schema.org and that has what Google's Fact Check markup requires and recommends:
claimReviewed, reviewRating with alternateName, url, author, and itemReviewed with its
author, appearance and date (only when the article's date is known)."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from claims.models import ClaimStatus
from reviewers.models import Reviewer
from tests.api.factories import make_article, make_claim
from tests.publishing.factories import REVIEWER_USERNAME, publish, publish_correction
from tests.publishing.jsonld import embedded_markup, expand, one, types, value

pytestmark = pytest.mark.django_db


def markup_of(client, verdict) -> dict:
    return embedded_markup(client.get(f"/checks/{verdict.claim.public_slug}/"))


def test_the_markup_expands_as_schema_org_with_googles_required_properties(client, people, settings):
    settings.SITE_URL = "https://checks.example.org"
    settings.FACTCHECK_ORGANISATION = "The Checkers"
    article = make_article(title="Budget day", outlet="The Daily", url="https://daily.example.org/budget")
    claim = make_claim(
        article=article,
        text="Bread costs twice what it did.",
        speaker="Ann Baker",
        status=ClaimStatus.PUBLISHED,
    )
    verdict = publish(*people, claim=claim, rating_slug="mostly-false", summary="Prices rose by a third.")

    review = expand(markup_of(client, verdict))

    assert types(review) == ["ClaimReview"]
    assert value(review, "url") == f"https://checks.example.org/checks/{claim.public_slug}/"
    assert value(review, "claimReviewed") == "Bread costs twice what it did."
    assert value(review, "datePublished") == verdict.published_at.date().isoformat()
    author = one(review, "author")
    assert types(author) == ["Organization"]
    assert (value(author, "name"), value(author, "url")) == ("The Checkers", "https://checks.example.org")
    rating = one(review, "reviewRating")
    assert types(rating) == ["Rating"] and value(rating, "alternateName") == "Mostly false"
    assert value(rating, "worstRating") <= value(rating, "ratingValue") <= value(rating, "bestRating")
    item = one(review, "itemReviewed")
    assert types(item) == ["Claim"]
    assert value(one(item, "author"), "name") == "Ann Baker"
    assert value(item, "datePublished") == "2024-03-01"
    appearance = one(item, "appearance")
    assert value(appearance, "url") == "https://daily.example.org/budget"
    assert value(appearance, "headline") == "Budget day"


def test_the_claim_has_no_date_when_the_articles_is_unknown(client, people):
    claim = make_claim(article=make_article(published_on=None), status=ClaimStatus.PUBLISHED)
    item = one(expand(markup_of(client, publish(*people, claim=claim))), "itemReviewed")
    assert "http://schema.org/datePublished" not in item


def test_the_url_is_the_newsrooms_cms_page_when_a_template_is_set(client, people, settings):
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://news.example.org/fact-checks/{slug}/"
    verdict = publish(*people)
    markup = markup_of(client, verdict)
    assert markup["url"] == f"https://news.example.org/fact-checks/{verdict.claim.public_slug}/"


def test_a_corrected_verdict_carries_its_correction_in_the_markup(client, people):
    verdict = publish(*people, rating_slug="true")
    corrected = publish_correction(verdict, *people, rating_slug="false", summary="Second take.")
    review = expand(markup_of(client, corrected))
    assert value(one(review, "reviewRating"), "alternateName") == "False"
    note = one(review, "correction")
    assert types(note) == ["CorrectionComment"]
    assert "Rating changed from True to False." in value(note, "text")


def test_people_appear_in_the_markup_only_by_name_and_only_when_they_opted_in(client, people):
    verdict = publish(*people)
    markup = markup_of(client, verdict)
    assert "contributor" not in markup and "editor" not in markup
    Reviewer.objects.filter(user__username=REVIEWER_USERNAME).update(credit_publicly=True)
    markup = markup_of(client, verdict)
    assert markup["contributor"] == [{"@type": "Person", "name": "Rita Reviewer"}]
    assert "editor" not in markup and REVIEWER_USERNAME not in str(markup)


def test_text_cannot_end_the_script_element(client, people):
    hostile = "</script><script>alert('x & y')</script>"
    verdict = publish(*people, claim=make_claim(speaker=hostile, status=ClaimStatus.PUBLISHED))
    html = client.get(f"/checks/{verdict.claim.public_slug}/").content.decode()
    assert "</script><script>alert" not in html
    assert markup_of(client, verdict)["itemReviewed"]["author"]["name"] == hostile


@pytest.mark.parametrize(
    "template", ["news.example.org/{slug}/", "https://news.example.org/{title}/", "https://news.example.org/"]
)
def test_a_url_template_without_a_slug_or_not_http_stops_the_checks(settings, template):
    settings.CLAIMREVIEW_URL_TEMPLATE = template
    with pytest.raises(SystemCheckError, match="publishing.E001"):
        call_command("check")
