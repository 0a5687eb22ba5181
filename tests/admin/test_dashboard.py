from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.dashboard import dashboard
from claims.models import Claim, ClaimStatus, LinkClass
from tests.workflow.factories import add_source, claim_awaiting_sign_off, claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def test_the_dashboard_counts_the_queue_by_state_my_work_and_broken_sources(reviewer, editor, other_reviewer):
    oldest = make_claim()
    Claim.objects.filter(pk=oldest.pk).update(created_at=timezone.now() - timedelta(days=3))
    make_claim()
    make_claim(status=ClaimStatus.NEW)
    mine = claim_in_review(reviewer)
    add_source(mine, reviewer, link_status=LinkClass.BROKEN)
    add_source(mine, reviewer, link_status=LinkClass.TIMEOUT)
    claim_awaiting_sign_off(other_reviewer)

    board = dashboard(reviewer)
    counts = {status: n for status, _, n in board.by_state}
    assert counts == {
        "new": 1,
        "queued": 2,
        "in_review": 1,
        "awaiting_sign_off": 1,
        "published": 0,
        "dismissed": 0,
        "correcting": 0,
    }
    assert board.oldest_waiting == oldest
    assert (board.my_open, board.awaiting_my_sign_off) == (1, None)
    assert board.failing_links == [
        ("broken", "Broken", 1),
        ("timeout", "Timed out", 1),
        ("transient", "Temporarily failing", 0),
    ]
    assert dashboard(editor).awaiting_my_sign_off == 1


def test_the_front_page_counts_open_claims_past_their_deadline(client, reviewer, editor):
    past = timezone.now() - timedelta(hours=3)
    make_claim(deadline=past), claim_in_review(reviewer, deadline=past)
    (
        make_claim(status=ClaimStatus.DISMISSED, deadline=past),
        make_claim(deadline=timezone.now() + timedelta(days=1)),
    )
    assert dashboard(reviewer).overdue == 2
    client.force_login(reviewer)
    html = client.get(reverse("admin:index")).content.decode()
    assert '?due=overdue"><strong class="overdue">2</strong> overdue</a>' in html


def test_the_front_page_shows_the_counts_with_links_to_the_queues(
    client, reviewer, django_assert_num_queries
):
    oldest = make_claim()
    claim_in_review(reviewer)
    client.force_login(reviewer)
    # session, user, permissions (user, groups), states, oldest, failing sources,
    # my open claims, unread notifications, recent actions.
    with django_assert_num_queries(10):
        html = client.get(reverse("admin:index")).content.decode()
    assert '<strong class="my-open">1</strong> in my queue' in html
    assert '<td class="count-queued">1</td>' in html
    assert f'href="/admin/claims/claim/{oldest.pk}/change/">#{oldest.pk}</a>' in html
    assert '<strong class="sources-broken">0</strong> Broken</a>' in html
    assert "awaiting my sign-off" not in html


def test_the_console_is_named_for_factcheck_not_the_framework(client, reviewer):
    client.force_login(reviewer)
    html = client.get(reverse("admin:index")).content.decode()
    assert "<title>Newsroom | factcheck</title>" in html
    assert "Django administration" not in html


def test_view_site_in_the_admin_header_opens_the_public_fact_checks(client, reviewer):
    client.force_login(reviewer)
    html = client.get(reverse("admin:index")).content.decode()
    assert '<a href="/checks/">View site</a>' in html
