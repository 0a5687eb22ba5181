import pytest

from claims import workflow
from claims.models import Claim, Verdict
from claims.models.versioning import EditConflict
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def test_the_second_of_two_conflicting_saves_is_refused_and_the_first_is_kept(reviewer, editor):
    claim = make_claim()
    first, second = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    first.speaker = "Vladimir Putin"
    first.save()
    second.speaker = "Bashar al-Assad"
    with pytest.raises(EditConflict, match=r"changed by the system at .* \(you loaded version 1\)"):
        second.save()
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("Vladimir Putin", 2)


def test_the_conflict_message_names_who_saved_first(reviewer):
    claim = make_claim()
    stale = Claim.objects.get(pk=claim.pk)
    claim._history_user = reviewer
    claim.speaker = "Ulrich Speck"
    claim.save()
    with pytest.raises(EditConflict, match="changed by rita at"):
        stale.save()


def test_a_workflow_step_makes_an_open_copy_stale(reviewer, editor):
    claim = make_claim()
    stale = Claim.objects.get(pk=claim.pk)
    claim = workflow.apply(claim, "assign", editor, assignee=reviewer)
    stale.speaker = "someone"
    with pytest.raises(EditConflict):
        stale.save()


def test_verdicts_are_versioned_too(reviewer):
    verdict = claim_in_review(reviewer).draft_verdict()
    a, b = Verdict.objects.get(pk=verdict.pk), Verdict.objects.get(pk=verdict.pk)
    a.summary = "First edit."
    a.save()
    b.summary = "Second edit."
    with pytest.raises(EditConflict):
        b.save()
    verdict.refresh_from_db()
    assert (verdict.summary, verdict.version) == ("First edit.", 2)
