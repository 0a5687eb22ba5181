import pytest

from claims import workflow
from claims.models import ClaimStatus
from claims.workflow import STEPS, TransitionError, allowed_steps
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, make_claim, published_claim

pytestmark = pytest.mark.django_db
S = ClaimStatus


def test_a_claim_goes_from_extracted_to_published_through_every_working_state(reviewer, editor):
    claim = make_claim(status=S.NEW)
    claim = workflow.apply(claim, "promote", reviewer)
    assert claim.status == S.QUEUED
    claim = workflow.apply(claim, "take", reviewer)
    assert (claim.status, claim.assignee) == (S.IN_REVIEW, reviewer)
    from tests.workflow.factories import add_source, draft_verdict

    draft_verdict(claim, reviewer, sources=[add_source(claim, reviewer)])
    claim = workflow.apply(claim, "submit", reviewer)
    assert claim.status == S.AWAITING_SIGN_OFF
    claim = workflow.apply(claim, "publish", editor)
    assert claim.status == S.PUBLISHED
    verdict = claim.published_verdict()
    assert (verdict.approved_by, verdict.is_current) == (editor, True)
    assert verdict.published_at is not None


def test_an_invalid_transition_names_the_state_it_is_in_and_the_state_it_needs(reviewer, editor):
    claim = make_claim(status=S.QUEUED)
    with pytest.raises(TransitionError) as refused:
        claim = workflow.apply(claim, "publish", editor)
    assert str(refused.value) == (
        f"Cannot “Approve and publish” claim #{claim.pk}: it is “Queued”, "
        "and this step needs it to be “Awaiting sign-off”."
    )
    claim.refresh_from_db()
    assert claim.status == S.QUEUED


def test_an_unknown_step_is_refused_by_name(reviewer):
    with pytest.raises(TransitionError, match="no workflow step called “approve_all”"):
        workflow.apply(make_claim(), "approve_all", reviewer)


def test_a_published_claim_can_only_be_reopened_for_correction(reviewer, editor):
    claim = published_claim(reviewer, editor)
    for step in STEPS:
        if step != "correct":
            with pytest.raises(TransitionError):
                claim = workflow.apply(claim, step, editor, reason="because")
    assert [step.name for step in allowed_steps(claim, editor)] == ["correct"]


def test_dismissing_needs_a_kind_and_keeps_the_reason(editor):
    claim = make_claim(status=S.QUEUED)
    with pytest.raises(TransitionError, match="Choose what the claim is dismissed as"):
        claim = workflow.apply(claim, "dismiss", editor)
    claim = workflow.apply(claim, "dismiss", editor, dismissal="out_of_scope", reason="sports result")
    assert (claim.status, claim.dismissal_reason) == (S.DISMISSED, "Out of scope: sports result")
    claim = workflow.apply(claim, "requeue", editor)
    assert (claim.status, claim.dismissal_reason) == (S.QUEUED, "")


def test_a_duplicate_points_to_the_claim_it_repeats(editor):
    earlier, claim = make_claim(), make_claim()
    with pytest.raises(TransitionError, match="must point to the earlier claim"):
        claim = workflow.apply(claim, "dismiss", editor, dismissal="duplicate")
    claim = workflow.apply(claim, "dismiss", editor, dismissal="duplicate", duplicate_of=earlier)
    assert claim.duplicate_of == earlier


def test_sending_back_needs_a_reason_and_shows_it_to_the_reviewer(reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    with pytest.raises(TransitionError, match="Give a reason"):
        claim = workflow.apply(claim, "send_back", editor, reason="  ")
    claim = workflow.apply(claim, "send_back", editor, reason="Cite the 2023 table, not the 2021 one.")
    assert (claim.status, claim.review_note) == (S.IN_REVIEW, "Cite the 2023 table, not the 2021 one.")
    assert claim.assignee == reviewer


def test_releasing_a_claim_puts_it_back_unassigned(reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    claim = workflow.apply(claim, "release", reviewer)
    assert (claim.status, claim.assignee) == (S.QUEUED, None)


def test_every_step_bumps_the_version(reviewer):
    claim = make_claim(status=S.NEW)
    before = claim.version
    claim = workflow.apply(claim, "promote", reviewer)
    assert claim.version == before + 1
