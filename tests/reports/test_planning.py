"""Planning digests: default subscriptions, one delivery per person and period,
missed periods caught up once."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model

from reports import planning
from reports.models import Delivery, Report, Subscription
from reports.periods import Frequency
from reviewers.models import DigestPreference, Reviewer

pytestmark = pytest.mark.django_db
NOW = datetime(2025, 3, 6, 7, 0, tzinfo=UTC)  # a Thursday, 07:00


def _plan(frequency=Frequency.DAILY, now=NOW, catch_up=3):
    return planning.plan_digests(frequency, now=now, tz=UTC, catch_up=catch_up)


def _subscribe(user, frequency=Frequency.DAILY, since=NOW - timedelta(days=30)):
    return Subscription.objects.create(user=user, frequency=frequency, since=since)


def _periods(user):
    return sorted(d.period_start.date().isoformat() for d in Delivery.objects.filter(recipient=user))


def test_editors_get_the_daily_digest_and_everyone_the_weekly_one_by_default(reviewer, editor, stranger):
    quiet = get_user_model().objects.create_user("quinn", "quinn@example.org")
    Reviewer.objects.create(user=quiet, digest=DigestPreference.NONE)

    planning.ensure_default_subscriptions(Frequency.DAILY, now=NOW, tz=UTC)
    planning.ensure_default_subscriptions(Frequency.WEEKLY, now=NOW, tz=UTC)

    rows = set(Subscription.objects.values_list("user__username", "frequency"))
    assert rows == {("erin", "daily"), ("erin", "weekly"), ("rita", "weekly")}


def test_an_inactive_subscription_is_an_opt_out_that_defaults_do_not_undo(editor):
    Subscription.objects.create(user=editor, frequency=Frequency.DAILY, is_active=False)

    assert _plan() == []
    assert Subscription.objects.filter(user=editor, frequency="daily").count() == 1


def test_a_default_subscriber_gets_the_latest_period_and_no_back_issues(editor):
    created = _plan()

    assert len(created) == 1
    assert _periods(editor) == ["2025-03-05"]


def test_planning_again_creates_nothing_and_builds_no_second_report(editor, reviewer):
    _subscribe(reviewer)
    first = _plan()

    assert len(first) == 1 + 3  # the editor's default: the latest day; the reviewer: 3 days caught up
    assert _plan() == []
    assert Report.objects.count() == 3  # one digest per day, shared by its recipients


def test_missed_periods_are_caught_up_once_each(reviewer):
    _subscribe(reviewer, since=NOW - timedelta(days=30))

    assert len(_plan(now=NOW - timedelta(days=2))) == 3  # beat ran on Tuesday morning
    assert len(_plan(now=NOW + timedelta(days=1))) == 3  # then was down until Friday morning

    assert _periods(reviewer) == [
        "2025-03-01",
        "2025-03-02",
        "2025-03-03",
        "2025-03-04",
        "2025-03-05",
        "2025-03-06",
    ]
    assert _plan(now=NOW + timedelta(days=1)) == []


def test_periods_older_than_the_catch_up_window_are_not_sent(reviewer):
    _subscribe(reviewer)

    _plan(catch_up=2)

    assert _periods(reviewer) == ["2025-03-04", "2025-03-05"]


def test_the_weekly_digest_covers_monday_to_monday(reviewer):
    _subscribe(reviewer, Frequency.WEEKLY)

    _plan(Frequency.WEEKLY, catch_up=1)

    [delivery] = Delivery.objects.filter(recipient=reviewer)
    assert (delivery.period_start, delivery.period_end) == (
        datetime(2025, 2, 24, tzinfo=UTC),
        datetime(2025, 3, 3, tzinfo=UTC),
    )
    assert delivery.report.title == "Digest, week of 2025-02-24"


def test_someone_without_an_address_gets_nothing(reviewer):
    _subscribe(reviewer)
    get_user_model().objects.filter(pk=reviewer.pk).update(email="")

    assert _plan() == []


def test_asking_twice_in_the_admin_gives_the_same_delivery(editor):
    _plan()
    report = Report.objects.get()

    first, created = planning.request_delivery(report, editor, now=NOW)
    again, created_again = planning.request_delivery(report, editor, now=NOW)

    assert not created and not created_again and first == again
    assert Delivery.objects.count() == 1


@pytest.mark.parametrize("leaves", ["loses staff status", "has their reviewer profile deleted"])
def test_a_reviewer_who_left_the_newsroom_gets_no_more_digests(reviewer, leaves):
    """The digest is internal (the queue, the oldest waiting claim, each reviewer's figures)."""
    _subscribe(reviewer)
    if leaves == "loses staff status":
        reviewer.is_staff = False
        reviewer.save()
    else:
        reviewer.reviewer.delete()

    assert _plan() == []
    assert Subscription.objects.filter(user=reviewer).exists()  # kept: back in the newsroom, mailed again
