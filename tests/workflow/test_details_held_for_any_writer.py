"""A speaker or kind written during a correction is held for its sign-off whoever writes it:
the claim page, code saving the claim, or a queryset update. Readers see the published one."""

import pytest

from claims import workflow
from claims.models import Claim, ClaimStatus
from tests.admin.pages import claim_url
from tests.admin.test_correction_speaker import corrected_claim, pending_lines, public_speakers
from tests.workflow.factories import draft_verdict, make_claim

pytestmark = pytest.mark.django_db

JANE, JOHN = "Jane Minister", "John Deputy"


@pytest.fixture
def reopened(reviewer, editor, other_editor):
    """Published crediting Jane Minister, then reopened for correction; the reviewer holds it."""
    return corrected_claim(reviewer, editor, other_editor)


def test_a_speaker_saved_by_code_during_a_correction_waits_for_the_sign_off(
    client, reviewer, editor, other_editor, reopened
):
    reopened.speaker = JOHN
    reopened.save()

    reopened.refresh_from_db()
    assert (reopened.speaker, reopened.pending_details) == (JANE, {"speaker": JOHN})
    assert public_speakers(client, reopened) == {"page": JANE, "api": JANE, "claimreview": JANE}
    client.force_login(editor)
    assert pending_lines(client.get(claim_url(reopened))) == [f"speaker: {JANE} -> {JOHN} (pending sign-off)"]

    client.logout()
    draft_verdict(reopened, reviewer, sources=reopened.sources.all())
    claim = workflow.apply(reopened, "submit", reviewer)
    workflow.apply(claim, "publish", editor, publish_reason="The video shows the deputy.")
    assert public_speakers(client, claim) == {"page": JOHN, "api": JOHN, "claimreview": JOHN}


def test_a_save_of_only_the_kind_is_held_too(reopened):
    reopened.is_quote = True
    reopened.save(update_fields=["is_quote"])

    reopened.refresh_from_db()
    assert (reopened.is_quote, reopened.pending_details) == (False, {"is_quote": True})


def test_a_queryset_update_holds_the_change_on_claims_under_correction_only(reviewer, reopened):
    elsewhere = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, speaker=JANE)

    changed = Claim.objects.filter(pk__in=[reopened.pk, elsewhere.pk]).update(speaker=JOHN, is_reported=True)

    assert changed == 2
    reopened.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (reopened.speaker, reopened.is_reported) == (JANE, False)
    assert reopened.pending_details == {"speaker": JOHN, "is_reported": True}
    assert (elsewhere.speaker, elsewhere.is_reported, elsewhere.pending_details) == (JOHN, True, {})


def test_a_bulk_update_during_the_sign_off_of_a_correction_is_held(reviewer, reopened):
    draft_verdict(reopened, reviewer, sources=reopened.sources.all())
    awaiting = workflow.apply(reopened, "submit", reviewer)
    awaiting.speaker = JOHN

    Claim.objects.bulk_update([awaiting], ["speaker"])

    awaiting.refresh_from_db()
    assert (awaiting.status, awaiting.speaker) == (ClaimStatus.AWAITING_SIGN_OFF, JANE)
    assert awaiting.pending_details == {"speaker": JOHN}


def test_writing_the_published_speaker_back_by_code_drops_the_held_change(reopened):
    Claim.objects.filter(pk=reopened.pk).update(speaker=JOHN)

    Claim.objects.filter(pk=reopened.pk).update(speaker=JANE)

    reopened.refresh_from_db()
    assert (reopened.speaker, reopened.pending_details) == (JANE, {})
