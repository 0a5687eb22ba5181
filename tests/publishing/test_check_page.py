"""/checks/<slug>/: one published fact-check, its evidence and corrections, for anyone."""

import socket
from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from claims.linkcheck.tasks import check_sources
from claims.models import ClaimStatus, LinkClass, Source, SourceSnapshot
from claims.models.claim import new_public_slug
from tests.api.factories import make_article, make_claim
from tests.linkcheck.sites import serve
from tests.publishing.factories import archive, publish, publish_correction
from tests.publishing.pages import html, links, text

pytestmark = pytest.mark.django_db


def page_of(client, verdict):
    return client.get(f"/checks/{verdict.claim.public_slug}/")


def test_the_page_shows_the_claim_who_said_it_where_and_when_the_rating_and_summary(client, people):
    article = make_article(title="Budget day", outlet="The Daily", url="https://daily.example.org/budget")
    claim = make_claim(
        article=article,
        text="Bread costs twice what it did.",
        speaker="Ann Baker",
        status=ClaimStatus.PUBLISHED,
    )
    verdict = publish(*people, claim=claim, rating_slug="mostly-false", summary="Prices rose by a third.")
    response = page_of(client, verdict)
    words = text(response)
    for shown in (
        "Bread costs twice what it did.",
        "Ann Baker",
        "Budget day",
        "The Daily",
        "1 March 2024",
        "Mostly false",
        "Prices rose by a third.",
    ):
        assert shown in words
    assert "https://daily.example.org/budget" in links(response)
    assert "/checks/outlets/The%20Daily/" in links(response)


def test_an_article_address_that_is_not_a_web_link_is_not_linked(client, people):
    # `manage.py ingest` stores the url given beside an article's text as it is.
    article = make_article(title="Budget day", url="javascript:alert(document.cookie)")
    verdict = publish(*people, claim=make_claim(article=article, status=ClaimStatus.PUBLISHED))
    response = page_of(client, verdict)
    assert "Budget day" in text(response)
    assert not [href for href in links(response) if href.lower().startswith("javascript")]
    assert "javascript:" not in response.content.decode()  # nor in its ClaimReview markup


def test_the_rating_badge_has_the_scales_colour_truer_greener(client, people):
    worst = publish(*people, rating_slug="pants-on-fire")
    best = publish(*people, rating_slug="true")

    def badge(verdict):
        return html(page_of(client, verdict)).xpath("//span[@class='rating']")[0].get("style")

    assert "#b71c1c" in badge(worst) and "#1b5e20" in badge(best)


def test_an_unknown_date_says_so_instead_of_inventing_one(client, people):
    claim = make_claim(article=make_article(published_on=None), status=ClaimStatus.PUBLISHED)
    assert "Date not known" in text(page_of(client, publish(*people, claim=claim)))


def test_sources_show_their_link_health_in_the_newsrooms_words(client, people):
    verdict = publish(*people, sources=2)
    first, second = verdict.sources.order_by("pk")
    Source.objects.filter(pk=second.pk).update(link_status=LinkClass.TRANSIENT, http_status=503)
    words = text(page_of(client, verdict))
    assert f"{first.title} Link: OK" in words and f"{second.title} Link: Temporarily failing" in words


def test_an_archived_copy_of_a_source_is_linked_and_readable(client, people):
    verdict = publish(*people, sources=1)
    source = verdict.sources.get()
    archive(source, text="Table 4: prices by year.")
    archived = f"/checks/{verdict.claim.public_slug}/sources/{source.pk}/archived/"
    assert archived in links(page_of(client, verdict))
    assert "Table 4: prices by year." in text(client.get(archived))


def test_the_archived_copy_is_the_page_as_cited_not_as_its_site_rewrote_it_since(client, people):
    verdict = publish(*people, sources=1)
    source = verdict.sources.get()
    cited = archive(source, text="Table 4: unemployment 4.1 percent.")
    later = SourceSnapshot.objects.create(
        source=source, url=source.url, sha256="f" * 64, text="Table 4: unemployment 3 percent."
    )
    SourceSnapshot.objects.filter(pk=cited.pk).update(taken_at=later.taken_at - timedelta(days=40))

    archived = client.get(f"/checks/{verdict.claim.public_slug}/sources/{source.pk}/archived/")

    assert "4.1 percent" in text(archived) and "3 percent" not in text(archived)
    assert f"archived copy of {cited.taken_at - timedelta(days=40):%-d %B %Y}" in text(
        page_of(client, verdict)
    )


def test_a_source_without_a_snapshot_or_not_cited_has_no_archived_copy(client, people):
    verdict, other = publish(*people, sources=1), publish(*people, sources=1)
    archive(other.sources.get())
    assert "archived copy" not in text(page_of(client, verdict))
    slug = verdict.claim.public_slug
    assert client.get(f"/checks/{slug}/sources/{verdict.sources.get().pk}/archived/").status_code == 404
    assert client.get(f"/checks/{slug}/sources/{other.sources.get().pk}/archived/").status_code == 404


def test_a_corrected_verdict_shows_the_new_rating_and_the_correction_log(client, people):
    verdict = publish(*people, rating_slug="true", summary="First take.")
    corrected = publish_correction(verdict, *people, rating_slug="false", summary="Second take.")
    words = text(page_of(client, corrected))
    assert "Second take." in words and "First take." not in words
    assert "Corrections" in words and "Rating changed from True to False." in words
    assert "New figures were published." in words


def test_a_claims_slug_stays_when_its_text_changes_and_is_unique(people):
    verdict = publish(*people)
    claim = verdict.claim
    slug = claim.public_slug
    assert slug.startswith("the-unemployment-rate-fell-to")
    claim.text = "Another wording entirely."
    claim.save()
    claim.refresh_from_db()
    assert claim.public_slug == slug
    other = publish(*people).claim
    other.public_slug = slug
    with pytest.raises(IntegrityError):
        other.save()


def test_a_claim_gets_no_slug_before_it_is_public(people):
    claim = make_claim(status=ClaimStatus.IN_REVIEW)
    assert claim.public_slug == ""
    assert new_public_slug("¡¿!").startswith("claim-")


def test_an_unknown_slug_is_not_found(client, people):
    assert client.get("/checks/no-such-check-1234abcd/").status_code == 404


@pytest.fixture
def checked_sources(people, evidence):
    """A published fact-check citing a page its site answers 404 for and one whose server
    the checker could not reach at all (nothing listens there), both checked for real."""
    verdict = publish(*people, sources=2)
    gone, unreached = verdict.sources.order_by("pk")
    with socket.socket() as bound:
        bound.bind(("127.0.0.4", 0))  # bound, not listening: connections are refused
        unreachable = f"http://127.0.0.4:{bound.getsockname()[1]}/report"
        Source.objects.filter(pk=gone.pk).update(url=serve(evidence, "/gone", status=404))
        Source.objects.filter(pk=unreached.pk).update(url=unreachable)
        verdict.sources.update(check_requested_at=timezone.now())
        check_sources([gone.pk, unreached.pk])
    return verdict, gone, unreached


def test_a_link_the_checker_could_not_reach_is_not_called_broken(client, checked_sources):
    verdict, gone, unreached = checked_sources
    assert Source.objects.get(pk=unreached.pk).link_status == LinkClass.BROKEN  # as reviewers see it
    words = text(page_of(client, verdict))
    assert f"{unreached.title} Link: Unchecked" in words
    assert f"{unreached.title} Link: Broken" not in words


def test_a_page_its_site_says_is_gone_still_reads_broken(client, checked_sources):
    verdict, gone, unreached = checked_sources
    assert f"{gone.title} Link: Broken" in text(page_of(client, verdict))
