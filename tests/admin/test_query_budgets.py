"""Admin pages cost the same number of queries however much a claim or article has on it.

Each test opens a page with a little, then with a lot, and compares the query counts.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import workflow
from claims.models import Claim, LinkCheck, LinkClass
from tests.admin.pages import claim_url
from tests.workflow.factories import add_source, claim_in_review, make_article, make_claim

pytestmark = pytest.mark.django_db


def queries_for(client, url: str) -> int:
    client.get(url)  # once first: per-process caches (content types, the rating scale) fill here
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_claim_page_costs_the_same_for_2_or_20_sources(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    counts = []
    for total in (2, 20):
        while claim.sources.count() < total:
            source = add_source(claim, reviewer, link_status=LinkClass.BROKEN)
            LinkCheck.objects.create(source=source, url=source.url, link_class=LinkClass.BROKEN)
        counts.append(queries_for(client, claim_url(claim)))
    assert counts[0] == counts[1]


def test_the_article_page_costs_the_same_for_2_or_30_claims(client, editor):
    article = make_article()
    client.force_login(editor)
    counts = []
    for total in (2, 30):
        while (n := Claim.objects.filter(article=article).count()) < total:
            Claim.objects.create(article=article, text=f"Claim {n}.", start=10 * n, end=10 * n + 8)
        counts.append(queries_for(client, reverse("admin:claims_article_change", args=[article.pk])))
    assert counts[0] == counts[1]


def test_the_articles_list_costs_the_same_for_2_or_20_articles(client, editor):
    client.force_login(editor)
    counts = []
    for total in (2, 20):
        while Claim.objects.values("article").distinct().count() < total:
            make_claim(make_article())
        counts.append(queries_for(client, reverse("admin:claims_article_changelist")))
    assert counts[0] == counts[1]


def test_the_claim_page_costs_the_same_for_2_or_50_claims_in_its_article(
    client, reviewer, django_assert_num_queries
):
    body = " ".join(f"Sentence number {n} is here." for n in range(50))
    claim = claim_in_review(reviewer, article=make_article(body=body), text="Sentence number 0 is here.")
    make_claim(claim.article, text="Sentence number 1 is here.")
    client.force_login(reviewer)
    url = claim_url(claim)
    with_two = queries_for(client, url)
    for n in range(2, 50):
        make_claim(claim.article, text=f"Sentence number {n} is here.")
    # The whole article beside the claim costs one query for all the article's claims.
    with django_assert_num_queries(with_two):
        assert client.get(url).status_code == 200
    assert b'class="claim-mark status-queued"' in client.get(url).content


def test_the_sign_off_page_with_its_weak_evidence_warnings_costs_the_same_for_2_or_20_sources(
    client, reviewer, editor
):
    claim = claim_in_review(reviewer)
    draft = claim.draft_verdict()
    claim = workflow.apply(claim, "submit", reviewer)
    client.force_login(editor)
    counts = []
    for total in (2, 20):
        while claim.sources.count() < total:
            draft.sources.add(add_source(claim, reviewer, link_status=LinkClass.BROKEN))
        counts.append(queries_for(client, claim_url(claim)))
    assert counts[0] == counts[1]
    assert client.get(claim_url(claim)).content.decode().count("<li>A cited source’s link is Broken") == 19
