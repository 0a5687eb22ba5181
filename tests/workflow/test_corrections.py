import pytest

from claims import workflow
from claims.models import ClaimStatus, Correction
from claims.workflow import TransitionError
from tests.workflow.factories import add_source, draft_verdict, published_claim

pytestmark = pytest.mark.django_db


def correct_to_mostly_true(claim, reviewer, editor):
    claim = workflow.apply(claim, "correct", editor, reason="The ministry revised its figures on 3 May.")
    new_source = add_source(claim, reviewer, url="https://stats.example.org/revised")
    draft_verdict(
        claim, reviewer, slug="mostly-true", summary="Revised figures back it.", sources=[new_source]
    )
    claim = workflow.apply(claim, "submit", reviewer)


def test_reopening_a_published_verdict_needs_a_reason_and_keeps_it_public_until_replaced(reviewer, editor):
    claim = published_claim(reviewer, editor)
    with pytest.raises(TransitionError, match="Give a reason"):
        claim = workflow.apply(claim, "correct", editor)
    claim = workflow.apply(claim, "correct", editor, reason="New figures.")
    assert claim.status == ClaimStatus.CORRECTING
    assert claim.assignee == reviewer
    assert claim.published_verdict().rating.slug == "false"
    assert not Correction.objects.public().exists()


def test_a_published_correction_keeps_the_old_verdict_on_record_and_says_what_changed(
    reviewer, editor, other_editor
):
    claim = published_claim(reviewer, editor)
    old = claim.published_verdict()
    correct_to_mostly_true(claim, reviewer, editor)
    claim = workflow.apply(claim, "publish", other_editor)

    assert claim.status == ClaimStatus.PUBLISHED
    old.refresh_from_db()
    assert (old.is_current, old.published_at is not None) == (False, True)
    current = claim.published_verdict()
    assert (current.rating.slug, current.approved_by) == ("mostly-true", other_editor)
    note = Correction.objects.public().get(claim=claim)
    assert note.previous_verdict == old
    assert note.reason == "The ministry revised its figures on 3 May."
    assert note.what_changed.startswith("Rating changed from “False” to “Mostly true”. Summary revised.")
    assert "Sources added: https://stats.example.org/revised." in note.what_changed
    assert note.published_at == current.published_at


def test_a_correction_sent_back_returns_to_correcting(reviewer, editor):
    claim = published_claim(reviewer, editor)
    correct_to_mostly_true(claim, reviewer, editor)
    claim = workflow.apply(claim, "send_back", editor, reason="Link the ministry's notice.")
    assert claim.status == ClaimStatus.CORRECTING


def test_a_correction_goes_through_sign_off_again_under_the_two_person_rule(reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="Typo in the summary.")
    draft_verdict(claim, editor, sources=list(claim.sources.all()), summary="The figures say otherwise")
    claim = workflow.apply(claim, "assign", editor, assignee=editor)
    claim = workflow.apply(claim, "submit", editor)
    with pytest.raises(TransitionError, match="Two-person rule"):
        claim = workflow.apply(claim, "publish", editor)
