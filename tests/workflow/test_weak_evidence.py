"""Publishing on weak evidence needs a reason, whoever calls the workflow."""

import pytest

from claims import workflow
from claims.models import ClaimStatus, LinkClass
from claims.workflow import TransitionError
from tests.workflow.factories import add_source, draft_verdict, make_claim

pytestmark = pytest.mark.django_db


def submitted_on(reviewer, link_status):
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    draft_verdict(claim, reviewer, sources=[add_source(claim, reviewer, link_status=link_status)])
    claim = workflow.apply(claim, "submit", reviewer)
    return claim


def test_publishing_on_a_failing_source_without_a_reason_is_refused(reviewer, editor):
    claim = submitted_on(reviewer, LinkClass.TRANSIENT)
    with pytest.raises(TransitionError, match="Weak evidence: A cited source’s link is Temporarily failing"):
        claim = workflow.apply(claim, "publish", editor)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF


def test_publishing_with_a_reason_records_the_warnings_and_the_reason(reviewer, editor):
    claim = submitted_on(reviewer, LinkClass.UNCHECKED)
    claim = workflow.apply(claim, "publish", editor, publish_reason="  Checked by phone.  ")
    verdict = claim.published_verdict()
    assert verdict.publish_reason == "Checked by phone."
    assert verdict.publish_warnings == [f"A cited source’s link is Unchecked: {verdict.sources.get().url}"]


def test_a_reason_given_for_sound_evidence_is_not_recorded(reviewer, editor):
    claim = submitted_on(reviewer, LinkClass.REDIRECT)
    claim = workflow.apply(claim, "publish", editor, publish_reason="Just in case.")
    assert (claim.published_verdict().publish_warnings, claim.published_verdict().publish_reason) == ([], "")


def test_a_verdict_rating_the_same_claim_otherwise_than_before_needs_a_reason(reviewer, editor):
    earlier = submitted_on(reviewer, LinkClass.OK)  # rated "false"
    earlier = workflow.apply(earlier, "publish", editor)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, duplicate_of=earlier)
    source = add_source(claim, reviewer, link_status=LinkClass.OK)
    draft_verdict(claim, reviewer, slug="mostly-true", sources=[source])
    claim = workflow.apply(claim, "submit", reviewer)
    with pytest.raises(TransitionError, match=f"Claim #{earlier.pk}, which says the same, was rated False"):
        claim = workflow.apply(claim, "publish", editor)
    claim = workflow.apply(claim, "publish", editor, publish_reason="The figures were revised since.")
    assert claim.published_verdict().publish_warnings == [
        f"Claim #{earlier.pk}, which says the same, was rated False; this verdict says Mostly true."
    ]
