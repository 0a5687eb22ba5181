"""Real transactions from many connections at once: only meaningful on PostgreSQL."""

import pytest
from django.db import connection

from claims import workflow
from claims.models import Claim, ClaimStatus
from claims.models.versioning import EditConflict
from claims.workflow import TransitionError, take_next
from reviewers.models import Reviewer, Role
from tests.conftest import make_user
from tests.workflow.concurrency import run_together
from tests.workflow.factories import make_claim

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks and SKIP LOCKED need PostgreSQL; run with DATABASE_URL=postgres://...")


def test_twenty_simultaneous_take_next_calls_get_twenty_distinct_claims():
    claims = [make_claim(priority=i / 100) for i in range(25)]
    reviewers = [make_user(f"reviewer{i}", Role.REVIEWER) for i in range(20)]

    taken = run_together(take_next, [(r,) for r in reviewers])

    assert all(isinstance(c, Claim) for c in taken), taken
    assert len({c.pk for c in taken}) == 20
    for claim, reviewer in zip(taken, reviewers, strict=True):
        claim.refresh_from_db()
        assert (claim.assignee, claim.status) == (reviewer, ClaimStatus.IN_REVIEW)
    # The five left are the least urgent.
    assert set(Claim.objects.unassigned().values_list("pk", flat=True)) == {c.pk for c in claims[:5]}


def test_when_claims_run_out_the_extra_callers_get_nothing_rather_than_a_duplicate():
    for _ in range(8):
        make_claim()
    reviewers = [make_user(f"reviewer{i}", Role.REVIEWER) for i in range(20)]
    taken = run_together(take_next, [(r,) for r in reviewers])
    got = [c.pk for c in taken if isinstance(c, Claim)]
    assert len(got) == len(set(got)) == 8
    assert taken.count(None) == 12


def test_one_reviewer_clicking_take_next_many_times_at_once_never_exceeds_the_cap():
    for _ in range(10):
        make_claim()
    reviewer = make_user("rita", Role.REVIEWER)
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=3)
    outcomes = run_together(take_next, [(reviewer,)] * 8)
    assert sum(isinstance(o, Claim) for o in outcomes) == 3
    assert all(isinstance(o, TransitionError) for o in outcomes if not isinstance(o, Claim))
    assert Claim.objects.assigned_to(reviewer).count() == 3


def test_two_editors_assigning_to_a_reviewer_at_once_respect_the_cap():
    first, second = make_claim(), make_claim()
    reviewer = make_user("rita", Role.REVIEWER)
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=1)
    editors = [make_user("erin", Role.EDITOR), make_user("eddie", Role.EDITOR)]
    outcomes = run_together(
        lambda claim, editor: workflow.apply(claim, "assign", editor, assignee=reviewer),
        [(first, editors[0]), (second, editors[1])],
    )
    assert sum(isinstance(o, TransitionError) for o in outcomes) == 1, outcomes
    assert Claim.objects.assigned_to(reviewer).count() == 1


def test_of_two_simultaneous_conflicting_saves_exactly_one_lands_and_the_other_is_told():
    claim = make_claim()
    copies = [Claim.objects.get(pk=claim.pk) for _ in range(2)]

    def edit(copy, speaker):
        copy.speaker = speaker
        copy.save()
        return speaker

    outcomes = run_together(edit, [(copies[0], "Vladimir Putin"), (copies[1], "Bashar al-Assad")])
    winners = [o for o in outcomes if isinstance(o, str)]
    assert len(winners) == 1
    assert sum(isinstance(o, EditConflict) for o in outcomes) == 1
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == (winners[0], 2)


def test_take_next_picks_its_claim_with_for_update_skip_locked():
    from django.test.utils import CaptureQueriesContext

    make_claim()
    reviewer = make_user("rita", Role.REVIEWER)
    with CaptureQueriesContext(connection) as queries:
        take_next(reviewer)
    picks = [q["sql"] for q in queries.captured_queries if "SKIP LOCKED" in q["sql"]]
    assert len(picks) == 1 and "FOR UPDATE OF" in picks[0] and "LIMIT 1" in picks[0]


def test_take_next_skips_a_claim_another_reviewer_is_taking_instead_of_waiting_for_it():
    """Rita's take_next holds the most urgent claim's row lock (her transaction is still
    open); Rob's gets the next claim at once. Rob may not wait for any lock at all
    (lock_timeout 1 ms): a plain FOR UPDATE would wait on Rita's row and fail him."""
    import threading

    from django.db import transaction

    urgent, next_one = make_claim(priority=0.9), make_claim(priority=0.5)
    rita, rob = make_user("rita", Role.REVIEWER), make_user("rob", Role.REVIEWER)
    taken, release, ritas = threading.Event(), threading.Event(), []

    def rita_takes_and_holds():
        try:
            with transaction.atomic():
                ritas.append(take_next(rita))
                taken.set()
                release.wait(timeout=60)
        finally:
            taken.set()
            connection.close()

    thread = threading.Thread(target=rita_takes_and_holds)
    thread.start()
    try:
        assert taken.wait(timeout=60) and ritas == [urgent]
        with transaction.atomic():
            connection.cursor().execute("SET LOCAL lock_timeout = '1ms'")
            robs = take_next(rob)
    finally:
        release.set()
        thread.join(timeout=60)

    assert robs == next_one
    assert set(Claim.objects.filter(assignee__isnull=False).values_list("pk", "assignee")) == {
        (urgent.pk, rita.pk),
        (next_one.pk, rob.pk),
    }
