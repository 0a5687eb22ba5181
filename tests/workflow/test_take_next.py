from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from claims.workflow import TransitionError, take_next
from reviewers.models import Reviewer
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db


def test_take_next_assigns_the_most_urgent_unassigned_claim(reviewer):
    make_claim(priority=0.2)
    urgent = make_claim(priority=0.9)
    taken = take_next(reviewer)
    assert taken == urgent
    urgent.refresh_from_db()
    assert (urgent.status, urgent.assignee) == (ClaimStatus.IN_REVIEW, reviewer)


def test_a_claim_waiting_long_enough_overtakes_a_more_check_worthy_one(reviewer):
    fresh = make_claim(priority=0.8)
    old = make_claim(priority=0.5)
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    assert list(Claim.objects.unassigned().in_take_order()) == [old, fresh]


def test_take_next_skips_assigned_and_unqueued_claims(reviewer, other_reviewer):
    make_claim(status=ClaimStatus.NEW, priority=1)
    make_claim(status=ClaimStatus.IN_REVIEW, assignee=other_reviewer, priority=1)
    waiting = make_claim(priority=0.1)
    assert take_next(reviewer) == waiting


def test_take_next_returns_nothing_when_the_queue_is_empty(reviewer):
    make_claim(status=ClaimStatus.NEW)
    assert take_next(reviewer) is None


def test_take_next_stops_at_the_reviewers_cap(reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=2)
    for _ in range(3):
        make_claim()
    take_next(reviewer), take_next(reviewer)
    with pytest.raises(TransitionError, match="rita already has 2 open claims, the most their cap allows"):
        take_next(reviewer)


def test_a_stranger_cannot_take_claims(stranger):
    make_claim()
    with pytest.raises(TransitionError, match="sam may not take claims"):
        take_next(stranger)
