"""The conversation costs the same number of queries however long it grows."""

import pytest
from django.urls import reverse

from claims.conversation import post_comment
from tests.admin.pages import claim_url
from tests.admin.test_query_budgets import queries_for
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def test_the_claim_page_costs_the_same_for_2_or_20_comments_with_mentions(client, reviewer, editor):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    counts = []
    for total in (2, 20):
        while claim.comments.count() < total:
            post_comment(claim, editor, f"@rita @eddie note {claim.comments.count()}")
        counts.append(queries_for(client, claim_url(claim)))
    assert counts[0] == counts[1]


def test_the_notifications_page_costs_the_same_for_2_or_50_notifications(
    client, reviewer, editor, django_assert_num_queries
):
    client.force_login(reviewer)
    url = reverse("admin:claims_notification_changelist")
    counts = []
    for total in (2, 50):
        while reviewer.notifications.count() < total:
            post_comment(make_claim(), editor, "@rita have a look")
        counts.append(queries_for(client, url))
    assert counts[0] == counts[1]
    # session, user, permissions (user, groups), the count, the page of rows with their
    # claims, the unread count in the header.
    with django_assert_num_queries(7):
        client.get(url)
