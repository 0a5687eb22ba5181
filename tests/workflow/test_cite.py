"""claims.workflow.cite: the claim page's "cite" box, as a review step."""

import pytest

from claims.workflow import TransitionError, cite
from tests.workflow.factories import add_source, claim_in_review

pytestmark = pytest.mark.django_db


def test_it_adds_the_sources_to_the_draft_and_bumps_its_version(reviewer):
    claim = claim_in_review(reviewer)
    new = add_source(claim, reviewer)
    before = claim.draft_verdict()

    draft = cite(claim, [new], reviewer)

    assert set(draft.sources.all()) == set(claim.sources.all())
    assert draft.version == before.version + 1


def test_it_refuses_someone_who_does_not_hold_the_claim(reviewer, other_reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    with pytest.raises(TransitionError, match="ravi may not change the verdict"):
        cite(claim, [add_source(claim, reviewer)], other_reviewer)
    assert not claim.draft_verdict().sources.exists()


def test_it_refuses_a_source_of_another_claim(reviewer):
    claim, other = claim_in_review(reviewer, with_source=False), claim_in_review(reviewer)
    with pytest.raises(TransitionError, match="only sources of its own claim"):
        cite(claim, other.sources.all(), reviewer)


def test_it_refuses_when_there_is_no_draft_to_cite_in(reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    with pytest.raises(TransitionError, match="Choose the verdict's rating"):
        cite(claim, [add_source(claim, reviewer)], reviewer)
