import pytest

from claims import workflow
from claims.models import ClaimStatus
from claims.workflow import TransitionError, assign
from reviewers.models import Reviewer
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def test_an_editor_assigns_a_queued_claim_which_starts_its_review(editor, reviewer):
    claim = make_claim()
    claim = workflow.apply(claim, "assign", editor, assignee=reviewer)
    assert (claim.status, claim.assignee) == (ClaimStatus.IN_REVIEW, reviewer)


def test_an_editor_reassigns_a_claim_in_review(editor, reviewer, other_reviewer):
    claim = claim_in_review(reviewer)
    claim = workflow.apply(claim, "assign", editor, assignee=other_reviewer)
    assert (claim.status, claim.assignee) == (ClaimStatus.IN_REVIEW, other_reviewer)


def test_bulk_assignment_stops_at_the_cap_and_says_which_claims_were_refused(editor, reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=2)
    claims = [make_claim() for _ in range(3)]
    done, refused = assign(claims, reviewer, editor)
    assert len(done) == 2
    assert refused == [
        "rita already has 2 open claims, the most their cap allows: finish or release one first."
    ]
    assert claims[2].__class__.objects.get(pk=claims[2].pk).assignee is None


def test_claims_awaiting_sign_off_do_not_count_against_the_cap(editor, reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=1)
    claim = claim_in_review(reviewer)
    claim = workflow.apply(claim, "submit", reviewer)
    workflow.apply(make_claim(), "assign", editor, assignee=reviewer)


def test_nobody_can_be_assigned_without_a_reviewer_role(editor, stranger):
    with pytest.raises(TransitionError, match="sam has no reviewer role"):
        workflow.apply(make_claim(), "assign", editor, assignee=stranger)


def test_a_reviewer_cannot_release_someone_elses_claim_but_an_editor_can(reviewer, other_reviewer, editor):
    claim = claim_in_review(reviewer)
    with pytest.raises(TransitionError, match="Only its assignee, rita, can “Release to the queue”"):
        claim = workflow.apply(claim, "release", other_reviewer)
    claim = workflow.apply(claim, "release", editor)
    assert claim.assignee is None
