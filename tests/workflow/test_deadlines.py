"""Deadlines: take-next hands out the earliest deadline first, overdue ones leading; who may set one."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from claims.models.versioning import EditConflict
from claims.workflow import can_set_deadline, set_deadlines, take_next
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db


def days(n: float):
    return timezone.now() + timedelta(days=n)


def taken_in_turn(user, count: int) -> list[Claim]:
    return [take_next(user) for _ in range(count)]


def test_take_next_hands_out_overdue_claims_first_most_overdue_first(reviewer):
    urgent_no_deadline = make_claim(priority=1.0)
    due_later = make_claim(priority=0.1, deadline=days(3))
    overdue_a_day = make_claim(priority=0.1, deadline=days(-1))
    overdue_a_week = make_claim(priority=0.1, deadline=days(-7))
    assert taken_in_turn(reviewer, 4) == [overdue_a_week, overdue_a_day, due_later, urgent_no_deadline]


def test_take_next_takes_the_soonest_deadline_before_a_more_urgent_later_one(reviewer):
    later = make_claim(priority=0.9, deadline=days(5))
    sooner = make_claim(priority=0.1, deadline=days(1))
    assert take_next(reviewer) == sooner
    assert take_next(reviewer) == later


def test_claims_without_a_deadline_keep_the_urgency_order_after_those_with_one(reviewer):
    low, high = make_claim(priority=0.1), make_claim(priority=0.9)
    old = make_claim(priority=0.1)
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    due = make_claim(priority=0.0, deadline=days(10))
    assert taken_in_turn(reviewer, 4) == [due, old, high, low]


def test_equal_deadlines_fall_back_to_urgency_then_age_of_the_id(reviewer):
    when = days(2)
    first_low, high, second_low = (
        make_claim(priority=0.2, deadline=when),
        make_claim(priority=0.8, deadline=when),
        make_claim(priority=0.2, deadline=when),
    )
    assert taken_in_turn(reviewer, 3) == [high, first_low, second_low]


def test_overdue_and_due_this_week_leave_out_closed_claims():
    overdue = make_claim(deadline=days(-1))
    make_claim(status=ClaimStatus.PUBLISHED, deadline=days(-1))
    make_claim(status=ClaimStatus.DISMISSED, deadline=days(2))
    soon = make_claim(status=ClaimStatus.AWAITING_SIGN_OFF, deadline=days(2))
    make_claim(deadline=days(9))
    assert list(Claim.objects.overdue()) == [overdue]
    assert list(Claim.objects.due_soon()) == [soon]
    assert overdue.is_overdue() and not soon.is_overdue()


def test_only_editors_may_set_a_deadline_and_only_on_open_claims(reviewer, editor, newsroom_admin):
    claim = make_claim()
    assert can_set_deadline(claim, editor) and can_set_deadline(claim, newsroom_admin)
    assert not can_set_deadline(claim, reviewer)
    done = make_claim(status=ClaimStatus.PUBLISHED)
    assert not can_set_deadline(done, editor)


def test_set_deadlines_changes_open_claims_and_leaves_the_rest_as_they_were(editor, reviewer):
    open_claim, closed = make_claim(), make_claim(status=ClaimStatus.DISMISSED)
    due = days(4)
    done, refused = set_deadlines([open_claim, closed], due, editor)
    assert [c.pk for c in done] == [open_claim.pk]
    assert refused == [(closed, "it is “Dismissed”, and a deadline applies to open claims only.")]
    assert Claim.objects.get(pk=open_claim.pk).history.first().history_change_reason == "deadline"
    assert Claim.objects.get(pk=closed.pk).deadline is None

    done, refused = set_deadlines([Claim.objects.get(pk=open_claim.pk)], days(9), reviewer)
    assert done == [] and "rita may not set deadlines" in refused[0][1]
    assert Claim.objects.get(pk=open_claim.pk).deadline == due


def test_set_deadlines_on_a_claim_read_before_someone_changed_it_changes_none_of_them(editor):
    first, second = make_claim(), make_claim()
    changed = Claim.objects.get(pk=second.pk)
    changed.speaker = "Jane Minister"
    changed.save()

    with pytest.raises(EditConflict, match="you loaded version 1"):
        set_deadlines([first, second], days(4), editor)

    assert [Claim.objects.get(pk=c.pk).deadline for c in (first, second)] == [None, None]
