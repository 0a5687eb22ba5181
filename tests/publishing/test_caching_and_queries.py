"""Public pages are cheap: validators answer repeat visits with 304, shared caches may keep
them, and the number of queries does not grow with the rows shown."""

import pytest
from django.utils.http import http_date

from claims.models import Source
from reviewers.models import Reviewer
from tests.publishing.factories import archive, publish

pytestmark = pytest.mark.django_db


def test_pages_carry_validators_and_may_be_cached_publicly(client, people, settings):
    settings.PUBLIC_PAGE_MAX_AGE = 120
    verdict = publish(*people)
    for url in ("/checks/", f"/checks/{verdict.claim.public_slug}/"):
        response = client.get(url)
        assert response["ETag"] and response["Last-Modified"]
        assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=120"}


def test_a_reader_with_a_current_copy_gets_304_and_a_changed_page_gets_200(client, people):
    verdict = publish(*people)
    url = f"/checks/{verdict.claim.public_slug}/"
    first = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    verdict.summary = "A revised summary."
    verdict.save()
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and "A revised summary." in again.content.decode()


def test_a_link_check_changes_the_page_it_shows_on(client, people):
    verdict = publish(*people, sources=1)
    url = f"/checks/{verdict.claim.public_slug}/"
    first = client.get(url)
    later = verdict.updated_at.replace(year=verdict.updated_at.year + 1)
    Source.objects.filter(pk=verdict.sources.get().pk).update(
        link_status="broken", http_status=404, last_checked_at=later
    )
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and "Link: Broken" in again.content.decode()
    assert again["Last-Modified"] == http_date(later.timestamp())


def test_correcting_the_article_s_title_changes_the_pages_that_print_it(client, people):
    verdict = publish(*people)
    url = f"/checks/{verdict.claim.public_slug}/"
    first = client.get(url)
    article = verdict.claim.article
    article.title = "Council tax to rise by 4.99 percent, corrected headline"
    article.save()  # as the admin's article page saves it
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and "corrected headline" in again.content.decode()


def test_opting_out_of_being_named_changes_the_page_at_once(client, people):
    reviewer, editor = people
    Reviewer.objects.filter(user=reviewer).update(credit_publicly=True)
    verdict = publish(reviewer, editor)
    url = f"/checks/{verdict.claim.public_slug}/"
    first = client.get(url)
    assert "Rita Reviewer" in first.content.decode()
    Reviewer.objects.filter(user=reviewer).update(credit_publicly=False)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and "Rita Reviewer" not in again.content.decode()


def test_a_newly_published_verdict_changes_the_list(client, people):
    publish(*people)
    first = client.get("/checks/")
    publish(*people)
    assert client.get("/checks/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def _list_queries(client, django_assert_max_num_queries, budget):
    with django_assert_max_num_queries(budget) as counted:
        assert client.get("/checks/").status_code == 200
    return len(counted.captured_queries)


def test_the_list_costs_the_same_queries_for_two_rows_or_twenty(
    client, people, django_assert_max_num_queries
):
    # freshness, the scale, the count, the page: 4 queries (+ savepoints none)
    for _ in range(2):
        publish(*people)
    with_two = _list_queries(client, django_assert_max_num_queries, 4)
    for _ in range(48):
        publish(*people)
    assert _list_queries(client, django_assert_max_num_queries, 4) == with_two


def test_a_page_costs_the_same_queries_for_one_source_or_ten(client, people, django_assert_max_num_queries):
    # freshness, the scale, who may be named, the verdict with claim, article, rating and
    # people, its sources, their snapshots, the corrections: 7 queries
    small, large = publish(*people, sources=1), publish(*people, sources=10)
    for source in large.sources.all():
        archive(source)
    for verdict in (small, large):
        with django_assert_max_num_queries(7):
            assert client.get(f"/checks/{verdict.claim.public_slug}/").status_code == 200
