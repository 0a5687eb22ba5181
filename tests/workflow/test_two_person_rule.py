import pytest

from claims.models import ClaimStatus, Verdict
from claims.workflow import TransitionError
from reviewers.models import Reviewer, Role
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review

pytestmark = pytest.mark.django_db


def test_an_editor_cannot_approve_a_verdict_they_wrote(editor, other_editor):
    claim = claim_in_review(editor)
    claim.transition("submit", editor)
    with pytest.raises(TransitionError, match="Two-person rule: erin wrote this verdict"):
        claim.transition("publish", editor)
    claim.transition("publish", other_editor)
    assert claim.status == ClaimStatus.PUBLISHED


def test_a_reviewer_promoted_to_editor_still_cannot_approve_their_own_verdict(reviewer):
    claim = claim_awaiting_sign_off(reviewer)
    profile = Reviewer.objects.get(user=reviewer)
    profile.role = Role.EDITOR
    profile.save()
    reviewer = type(reviewer).objects.get(pk=reviewer.pk)  # fresh permission cache
    with pytest.raises(TransitionError, match="Two-person rule"):
        claim.transition("publish", reviewer)


def test_the_database_refuses_a_verdict_approved_by_its_author(reviewer):
    from django.db import IntegrityError, transaction

    verdict = claim_awaiting_sign_off(reviewer).draft_verdict()
    verdict.approved_by = reviewer
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.save(verdict)


def test_claims_a_user_wrote_are_not_in_their_awaiting_sign_off_queue(reviewer, editor, other_editor):
    theirs = claim_awaiting_sign_off(reviewer)
    mine = claim_in_review(editor)
    mine.transition("submit", editor)
    from claims.models import Claim

    assert list(Claim.objects.awaiting_sign_off_by(editor)) == [theirs]
    assert set(Claim.objects.awaiting_sign_off_by(other_editor)) == {theirs, mine}


def test_a_draft_an_editor_started_and_another_rewrote_is_in_neither_ones_sign_off_queue(
    editor, other_editor, newsroom_admin
):
    from claims.models import Claim
    from claims.workflow import write_draft

    claim = claim_in_review(editor)
    claim.transition("assign", other_editor, assignee=other_editor)
    draft = claim.draft_verdict()
    draft.summary = "Rewritten."
    write_draft(draft, other_editor, ["summary"])
    claim.transition("submit", other_editor)

    assert list(Claim.objects.awaiting_sign_off_by(editor)) == []
    assert list(Claim.objects.awaiting_sign_off_by(other_editor)) == []
    assert list(Claim.objects.awaiting_sign_off_by(newsroom_admin)) == [claim]


def test_the_database_refuses_a_verdict_approved_by_whoever_started_its_draft(reviewer, editor):
    from django.db import IntegrityError, transaction

    verdict = claim_awaiting_sign_off(reviewer).draft_verdict()
    verdict.author, verdict.drafted_by, verdict.approved_by = editor, reviewer, reviewer
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.save(verdict)
