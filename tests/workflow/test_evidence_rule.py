import pytest

from claims import workflow
from claims.models import ClaimStatus, LinkClass
from claims.workflow import TransitionError
from tests.workflow.factories import add_source, claim_in_review, draft_verdict

pytestmark = pytest.mark.django_db


def test_a_verdict_without_a_source_cannot_be_submitted(reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    with pytest.raises(TransitionError, match="Evidence rule: a verdict needs at least one source"):
        claim = workflow.apply(claim, "submit", reviewer)
    assert claim.status == ClaimStatus.IN_REVIEW


def test_a_source_on_the_claim_but_not_cited_by_the_verdict_is_not_enough(reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    add_source(claim, reviewer)
    with pytest.raises(TransitionError, match="tick “cite” on its row under Sources"):
        claim = workflow.apply(claim, "submit", reviewer)


def test_nothing_can_be_submitted_before_a_verdict_is_proposed(reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    with pytest.raises(TransitionError, match="Propose a verdict"):
        claim = workflow.apply(claim, "submit", reviewer)


def test_a_broken_source_still_counts_as_evidence_but_is_visible_as_broken(reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    broken = add_source(claim, reviewer, link_status=LinkClass.BROKEN)
    draft_verdict(claim, reviewer, sources=[broken])
    claim = workflow.apply(claim, "submit", reviewer)
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
