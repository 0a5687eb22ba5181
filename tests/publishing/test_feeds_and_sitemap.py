"""Readers and search engines follow published fact-checks through Atom and RSS feeds, a
corrections feed and the sitemap; every page links to them and to the ClaimReview DataFeed."""

from xml.etree import ElementTree

import pytest

from tests.publishing.factories import claim_in_review, publish, publish_correction
from tests.publishing.pages import html

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml(response):
    assert response.status_code == 200, response.status_code
    return ElementTree.fromstring(response.content)


def test_the_atom_feed_lists_published_checks_newest_first_with_links_to_their_pages(client, people):
    older, newer = publish(*people, rating_slug="true"), publish(*people, rating_slug="false")
    older.published_at, newer.published_at = newer.published_at, older.published_at
    older.save()
    newer.save()
    publish(*people, published=False, claim=claim_in_review(text="Not yet published."))
    feed = xml(client.get("/checks/feed/atom/"))
    entries = feed.findall(f"{ATOM}entry")
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert links == [f"http://testserver/checks/{v.claim.public_slug}/" for v in (newer, older)]
    assert entries[0].find(f"{ATOM}title").text.startswith("False: ")
    assert "Not yet published." not in client.get("/checks/feed/atom/").content.decode()


def test_the_rss_feed_carries_the_same_checks_and_may_be_cached(client, people, settings):
    settings.PUBLIC_PAGE_MAX_AGE = 60
    verdict = publish(*people, summary="Prices rose by a third.")
    response = client.get("/checks/feed/rss/")
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    channel = xml(response).find("channel")
    (item,) = channel.findall("item")
    assert item.find("link").text == f"http://testserver/checks/{verdict.claim.public_slug}/"
    assert "Prices rose by a third." in item.find("description").text


def test_the_corrections_feed_has_each_published_correction_and_why(client, people):
    verdict = publish(*people, rating_slug="true")
    publish(*people)  # never corrected
    publish_correction(verdict, *people, rating_slug="false", summary="Second take.")
    entries = xml(client.get("/checks/corrections/atom/")).findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}title").text.startswith("Correction: ")
    summary = entries[0].find(f"{ATOM}summary").text
    assert "Rating changed from True to False." in summary and "New figures were published." in summary
    link = entries[0].find(f"{ATOM}link").get("href")
    page = client.get(link.removeprefix("http://testserver").split("#")[0])
    assert html(page).xpath(f"//li[@id='{link.split('#')[1]}']")


def test_feeds_cost_the_same_queries_for_two_items_or_twenty(client, people, django_assert_max_num_queries):
    for count in (2, 20):
        while count:
            publish(*people)
            count -= 1
        for url in ("/checks/feed/atom/", "/checks/feed/rss/", "/checks/corrections/atom/"):
            with django_assert_max_num_queries(1):  # the items, joined with claim and rating
                assert client.get(url).status_code == 200


def test_the_sitemap_costs_the_same_queries_for_two_pages_or_twenty(
    client, people, django_assert_max_num_queries
):
    for count in (2, 18):
        for _ in range(count):
            publish(*people)
        with django_assert_max_num_queries(3):  # the count, the page of verdicts, the list's lastmod
            assert client.get("/sitemap.xml").status_code == 200


def test_the_sitemap_lists_each_check_page_with_its_last_change(client, people):
    verdicts = [publish(*people), publish(*people)]
    claim_in_review(text="Not public.")
    urls = xml(client.get("/sitemap.xml")).findall(f"{SITEMAP}url")
    found = {u.find(f"{SITEMAP}loc").text: u.find(f"{SITEMAP}lastmod").text for u in urls}
    for verdict in verdicts:
        page = f"http://testserver/checks/{verdict.claim.public_slug}/"
        assert found[page] == verdict.updated_at.date().isoformat()
    assert "http://testserver/checks/" in found and len(found) == 3


def test_every_page_links_to_the_feeds_and_the_claimreview_data_feed(client, people):
    verdict = publish(*people)
    for url in ("/checks/", f"/checks/{verdict.claim.public_slug}/"):
        alternates = {
            (link.get("type"), link.get("href"))
            for link in html(client.get(url)).xpath("//link[@rel='alternate']")
        }
        assert alternates == {
            ("application/atom+xml", "/checks/feed/atom/"),
            ("application/rss+xml", "/checks/feed/rss/"),
            ("application/atom+xml", "/checks/corrections/atom/"),
            ("application/ld+json", "/api/v1/claimreview/"),
        }
        for _, href in alternates:
            assert client.get(href).status_code == 200
