import re
from datetime import timedelta

import lxml.html
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import Claim, ClaimStatus, LinkClass
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    make_article,
    make_claim,
    published_claim,
)

pytestmark = pytest.mark.django_db
MY_QUEUE = reverse("admin:claims_myqueue_changelist")
UNASSIGNED = reverse("admin:claims_unassignedclaim_changelist")
AWAITING = reverse("admin:claims_awaitingmysignoff_changelist")
ALL = reverse("admin:claims_claim_changelist")


def listed(client, url, **params) -> list[int]:
    """The claims the list page shows, top to bottom, by the id in each row's link."""
    response = client.get(url, params)
    assert response.status_code == 200
    rows = lxml.html.fromstring(response.content.decode()).xpath("//table[@id='result_list']/tbody/tr")
    return [int(re.search(r"/(\d+)/change/", row.xpath("string(.//a/@href)"))[1]) for row in rows]


def test_my_queue_lists_my_open_claims_only(client, reviewer, other_reviewer):
    mine = claim_in_review(reviewer)
    claim_in_review(other_reviewer)
    claim_awaiting_sign_off(reviewer)
    client.force_login(reviewer)
    assert listed(client, MY_QUEUE) == [mine.pk]


def test_unassigned_lists_queued_claims_most_urgent_first(client, reviewer):
    low, high = make_claim(priority=0.1), make_claim(priority=0.9)
    old = make_claim(priority=0.1)
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    make_claim(status=ClaimStatus.NEW)
    claim_in_review(reviewer)
    client.force_login(reviewer)
    assert listed(client, UNASSIGNED) == [old.pk, high.pk, low.pk]


def test_awaiting_my_sign_off_leaves_out_verdicts_i_wrote(client, reviewer, editor):
    theirs = claim_awaiting_sign_off(reviewer)
    claim_awaiting_sign_off(editor)
    client.force_login(editor)
    assert listed(client, AWAITING) == [theirs.pk]


def test_awaiting_my_sign_off_leaves_out_verdicts_i_submitted_for_someone_else(client, reviewer, editor):
    submitted = claim_in_review(reviewer)
    workflow.apply(submitted, "assign", editor, assignee=editor)
    workflow.apply(submitted, "submit", editor)
    theirs = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    assert listed(client, AWAITING) == [theirs.pk]


def test_queue_rows_open_the_claim_page(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    html = client.get(UNASSIGNED).content.decode()
    assert f'href="/admin/claims/claim/{claim.pk}/change/' in html


def test_queue_pages_offer_take_next_to_those_who_may(client, reviewer, editor, other_reviewer):
    client.force_login(reviewer)
    assert "Take next claim" in client.get(UNASSIGNED).content.decode()


def test_awaiting_my_sign_off_offers_no_take_next(client, editor):
    client.force_login(editor)
    assert "Take next claim" in client.get(MY_QUEUE).content.decode()
    assert "Take next claim" not in client.get(AWAITING).content.decode()


@pytest.mark.parametrize(
    ("url", "columns"),
    [
        (ALL, ["claim", "speaker", "status", "assignee", "deadline", "rating", "sources", "article"]),
        (
            UNASSIGNED,
            ["claim", "speaker", "check-worthy", "other articles", "deadline", "waiting", "article"],
        ),
        (MY_QUEUE, ["claim", "speaker", "status", "deadline", "sources", "waiting", "article"]),
        (AWAITING, ["claim", "speaker", "assignee", "deadline", "sources", "waiting", "article"]),
    ],
)
def test_each_list_shows_the_columns_its_work_needs(client, reviewer, editor, url, columns):
    make_claim(), claim_in_review(editor), claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    page = lxml.html.fromstring(client.get(url).content.decode())
    headers = page.xpath('//table[@id="result_list"]/thead/tr/th[not(contains(@class, "action-checkbox"))]')
    assert [" ".join(th.text_content().split()).lower() for th in headers] == columns


def test_claims_filter_by_status_rating_outlet_speaker_article_assignee_and_links(client, reviewer, editor):
    published = published_claim(reviewer, editor)
    queued = make_claim(make_article(outlet="Other Times"), speaker="Bashar al-Assad")
    broken = claim_in_review(reviewer, with_source=False, with_draft=False)
    add_source(broken, reviewer, link_status=LinkClass.BROKEN)
    client.force_login(editor)
    assert listed(client, ALL, status__exact="published") == [published.pk]
    assert listed(client, ALL, rating="false") == [published.pk]
    assert listed(client, ALL, article__outlet="Other Times") == [queued.pk]
    assert listed(client, ALL, speaker="Bashar al-Assad") == [queued.pk]
    assert listed(client, ALL, article__id__exact=queued.article_id) == [queued.pk]
    assert listed(client, ALL, links="broken") == [broken.pk]
    assert listed(client, ALL, links="none") == [queued.pk]
    assert set(listed(client, ALL, assignee__id__exact=reviewer.pk)) == {published.pk, broken.pk}


def test_claims_filter_by_kind_quote_reported_speech_or_the_articles_own(client, editor):
    quote = make_claim(speaker="Vladimir Putin", is_quote=True)
    reported = make_claim(speaker="Vladimir Putin", is_reported=True)
    statement = make_claim(speaker="")
    client.force_login(editor)
    assert listed(client, ALL, kind="quote") == [quote.pk]
    assert listed(client, ALL, kind="reported") == [reported.pk]
    assert listed(client, ALL, kind="statement") == [statement.pk]


def test_claims_are_searchable_by_text_speaker_and_article(client, editor):
    hit = make_claim(make_article(title="Syria talks"), speaker="Ulrich Speck")
    make_claim()
    client.force_login(editor)
    assert listed(client, ALL, q="Speck") == [hit.pk]
    assert listed(client, ALL, q="Syria talks") == [hit.pk]


def test_the_claims_list_needs_twelve_queries(client, reviewer, django_assert_num_queries):
    for _ in range(3):
        add_source(make_claim())
    client.force_login(reviewer)
    # session, user, user and group permissions, rating / article / assignee filter
    # choices, the count, the page of rows (repeats, rating, source counts as
    # subqueries), outlet and speaker filter choices, the unread notifications in the header.
    with django_assert_num_queries(12):
        client.get(ALL)


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [ALL, UNASSIGNED, MY_QUEUE])
def test_a_queue_page_costs_the_same_queries_for_2_or_50_claims(client, reviewer, url):
    def fill(n):
        for _ in range(n):
            claim = make_claim(
                assignee=reviewer, status=ClaimStatus.QUEUED if url != MY_QUEUE else ClaimStatus.IN_REVIEW
            )
            if url != MY_QUEUE:
                Claim.objects.filter(pk=claim.pk).update(assignee=None)
            add_source(claim)

    client.force_login(reviewer)
    fill(2)
    few = count_queries(client, url)
    fill(48)
    # Session, user, the count, the page of rows with their annotations, the filters'
    # choices: none of it per row.
    assert count_queries(client, url) == few
