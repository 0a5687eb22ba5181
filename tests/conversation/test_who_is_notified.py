"""Each workflow step tells the people it concerns, on the channels they chose, never the actor."""

import pytest

from claims import workflow
from claims.models import Notification
from reviewers.models import NotificationEvent as E
from reviewers.models import NotificationPreference
from tests.conftest import make_user
from tests.conversation.conftest import told
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    draft_verdict,
    make_claim,
)

pytestmark = pytest.mark.django_db


def test_an_editor_assigning_a_claim_tells_the_assignee_only(reviewer, editor):
    claim = make_claim()
    workflow.assign([claim], reviewer, editor)
    assert told(reviewer) == [(E.ASSIGNED, f"erin assigned claim #{claim.pk} to you.")]
    assert told(editor) == []


def test_taking_a_claim_yourself_tells_nobody(reviewer, editor):
    make_claim()
    workflow.take_next(reviewer)
    workflow.apply(make_claim(), "take", editor)
    assert Notification.objects.count() == 0


def test_a_reviewer_is_told_when_someone_else_dismisses_releases_or_reassigns_their_claim(
    reviewer, other_reviewer, editor
):
    dismissed, released, reassigned = (claim_in_review(reviewer) for _ in range(3))
    workflow.apply(dismissed, "dismiss", editor, reason="Opinion.", dismissal="not_checkworthy")
    workflow.apply(released, "release", editor)
    workflow.assign([reassigned], other_reviewer, editor)

    dismissed.refresh_from_db()
    why, to = dismissed.dismissal_reason, other_reviewer.username
    assert told(reviewer) == [
        (E.TAKEN_OFF, f"erin dismissed claim #{dismissed.pk}, which you held ({why})."),
        (E.TAKEN_OFF, f"erin released claim #{released.pk} from you; it is back in the queue."),
        (E.TAKEN_OFF, f"erin reassigned claim #{reassigned.pk}, which you held, to {to}."),
    ]


def test_letting_go_of_your_own_claim_tells_nobody(reviewer):
    workflow.apply(claim_in_review(reviewer), "release", reviewer)
    assert Notification.objects.count() == 0


def test_submitting_tells_every_editor_who_may_sign_it_off_but_not_the_reviewer(
    reviewer, editor, other_editor, other_reviewer, stranger
):
    claim = claim_awaiting_sign_off(reviewer)
    message = f"rita submitted a verdict on claim #{claim.pk} for sign-off."
    assert told(editor) == told(other_editor) == [(E.SUBMITTED, message)]
    assert told(reviewer) == told(other_reviewer) == told(stranger) == []


def test_an_editor_who_drafted_the_verdict_is_not_asked_to_sign_it_off(reviewer, editor, other_editor):
    claim = make_claim(status="in_review", assignee=editor)
    draft_verdict(claim, editor, sources=[])
    workflow.assign([claim], reviewer, editor)
    verdict = claim.draft_verdict()
    workflow.write_draft(verdict, reviewer, ["summary"])  # rita rewrites erin's draft
    verdict.sources.set([add_source(claim, reviewer)])
    workflow.apply(claim, "submit", reviewer)
    assert [event for event, _ in told(other_editor)] == [E.SUBMITTED]
    assert [event for event, _ in told(editor)] == []


def test_sending_back_tells_the_author_with_the_reason(reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    workflow.apply(claim, "send_back", editor, reason="Cite the  March\ntable, not the press release.")
    assert told(reviewer)[-1] == (
        E.SENT_BACK,
        f"erin sent claim #{claim.pk} back: Cite the March table, not the press release.",
    )
    assert [event for event, _ in told(editor)] == [E.SUBMITTED]


def test_publishing_tells_the_author_and_the_drafter_but_not_the_approving_editor(
    reviewer, editor, other_editor
):
    claim = claim_in_review(editor)
    workflow.assign([claim], reviewer, editor)
    verdict = claim.draft_verdict()
    verdict.summary = "Rewritten by the reviewer."
    workflow.write_draft(verdict, reviewer, ["summary"])
    workflow.apply(claim, "submit", reviewer)
    workflow.apply(claim, "publish", other_editor)
    published = f"eddie published the verdict on claim #{claim.pk} (False)."
    assert (E.PUBLISHED, published) in told(reviewer)
    assert (E.PUBLISHED, published) in told(editor)
    assert not any(event == E.PUBLISHED for event, _ in told(other_editor))


def test_reopening_for_correction_tells_the_reviewer_it_lands_on(reviewer, editor, other_editor):
    claim = claim_awaiting_sign_off(reviewer)
    workflow.apply(claim, "publish", editor)
    workflow.apply(claim, "correct", other_editor, reason="The figure was revised.")
    assert told(reviewer)[-1] == (
        E.ASSIGNED,
        f"eddie reopened claim #{claim.pk} for correction and it is yours: The figure was revised.",
    )


def test_a_person_who_turned_an_event_off_on_both_channels_gets_nothing(reviewer, editor):
    NotificationPreference.objects.create(user=reviewer, event=E.ASSIGNED, in_admin=False, by_email=False)
    workflow.assign([make_claim()], reviewer, editor)
    assert told(reviewer) == []


def test_by_default_the_admin_lists_everything_and_mail_goes_only_for_send_backs_and_mentions(
    reviewer, editor
):
    claim = make_claim()
    workflow.assign([claim], reviewer, editor)
    claim = claim_awaiting_sign_off(reviewer)
    workflow.apply(claim, "send_back", editor, reason="More sources.")
    rows = list(reviewer.notifications.order_by("pk").values_list("event", "in_admin", "email_status"))
    assert rows == [(E.ASSIGNED, True, ""), (E.SENT_BACK, True, "pending")]


def test_an_inactive_editor_is_not_told(reviewer, editor):
    gone = make_user("gina", "editor")
    gone.is_active = False
    gone.save()
    claim_awaiting_sign_off(reviewer)
    assert told(gone) == [] and len(told(editor)) == 1


@pytest.mark.parametrize("leaves", ["loses staff status", "loses every role"])
def test_a_reviewer_who_left_the_newsroom_is_not_sent_the_editors_reason_or_the_outcome(
    reviewer, editor, other_editor, leaves
):
    """An account that may no longer read claims learns nothing internal of them by mail or list."""
    claim = claim_awaiting_sign_off(reviewer)
    if leaves == "loses staff status":
        reviewer.is_staff = False
        reviewer.save()
    else:
        reviewer.groups.clear()
    workflow.apply(
        claim, "send_back", editor, reason="The 2019 figure is from the draft report, not the final one."
    )
    [claim], _ = workflow.assign([claim], other_editor, editor)
    workflow.cite(claim, [add_source(claim, other_editor)], other_editor)
    workflow.apply(workflow.apply(claim, "submit", other_editor), "publish", editor)

    assert told(reviewer) == []
