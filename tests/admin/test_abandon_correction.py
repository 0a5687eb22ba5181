"""A correction found unnecessary is abandoned on the claim page: its draft and the speaker or
kind held for it go, the step is in the claim's audit trail, and the verdict of record stays
exactly as published."""

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse

from claims import workflow
from claims.models import ClaimStatus, Correction, Notification
from tests.admin.pages import buttons, claim_url, errors_of, form_data, messages_of, submit
from tests.admin.test_correction_speaker import corrected_claim, pending_lines, public_speakers
from tests.workflow.factories import claim_in_review, published_claim

pytestmark = pytest.mark.django_db

ABANDON = "Abandon correction"
WHY = "The minister did say it: the video shows her, not the deputy."


def reworked(client, reviewer, editor, other_editor):
    """Reopened by another editor; the reviewer has changed the speaker and rewritten the draft."""
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(reviewer)
    changes = {"speaker": "John Deputy", "verdicts-0-summary": "The deputy said it, wrongly."}
    submit(client, client.get(claim_url(claim)), "Save", changes)
    return claim


def public_page(client, claim) -> str:
    claim.refresh_from_db()
    page = lxml.html.fromstring(client.get(f"/checks/{claim.public_slug}/").content.decode())
    return " ".join(page.text_content().split())


def test_an_editor_abandons_a_correction_and_the_published_verdict_stays_as_it_was(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    client.logout()
    before = public_page(client, claim)
    client.force_login(other_editor)

    done = submit(client, client.get(claim_url(claim)), ABANDON, {"note": WHY}, follow=True)

    assert messages_of(done) == ["Abandon correction: done. The claim is now “Published”."]
    assert pending_lines(done) == []
    claim.refresh_from_db()
    assert (claim.status, claim.speaker, claim.pending_details) == (
        ClaimStatus.PUBLISHED,
        "Jane Minister",
        {},
    )
    assert claim.draft_verdict() is None
    assert not Correction.objects.filter(claim=claim).exists()
    client.logout()
    assert public_page(client, claim) == before
    assert public_speakers(client, claim)["page"] == "Jane Minister"


def test_the_abandoned_correction_is_in_the_claim_s_audit_trail_with_who_and_why(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    client.force_login(other_editor)
    submit(client, client.get(claim_url(claim)), ABANDON, {"note": WHY})

    latest = claim.history.first()
    assert (latest.history_change_reason, latest.history_user, latest.review_note) == (
        "abandon",
        other_editor,
        WHY,
    )
    trail = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "abandon" in trail
    assert WHY in client.get(claim_url(claim)).content.decode()  # the editor's note on the claim page


def test_abandoning_without_a_reason_is_refused_and_changes_nothing(client, reviewer, editor, other_editor):
    claim = reworked(client, reviewer, editor, other_editor)
    client.force_login(other_editor)

    refused = submit(client, client.get(claim_url(claim)), ABANDON, follow=True)

    assert messages_of(refused) == ["Give a reason to “Abandon correction”: it is kept on record."]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTING
    assert claim.pending_details == {"speaker": "John Deputy", "speaker_reason": "set by rita"}


def test_the_reviewer_holding_the_correction_may_abandon_it_and_is_not_told_of_it(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    client.force_login(reviewer)
    Notification.objects.all().delete()

    done = submit(client, client.get(claim_url(claim)), ABANDON, {"note": WHY}, follow=True)

    assert errors_of(done) == []
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert not Notification.objects.exists()  # nobody is told of their own step


def test_the_reviewer_hears_when_an_editor_abandons_the_correction_they_hold(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), ABANDON, {"note": WHY})

    told = Notification.objects.get(recipient=reviewer, claim=claim, event="taken_off")
    assert told.message == f"erin abandoned the correction of claim #{claim.pk}, which you held: {WHY}"


def test_only_editors_and_the_reviewer_holding_it_are_offered_the_button(
    client, reviewer, other_reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    offered = {}
    for user in (reviewer, other_reviewer, editor, other_editor):
        client.force_login(user)
        offered[user.get_username()] = ABANDON in buttons(client.get(claim_url(claim)))
    assert offered == {"rita": True, "ravi": False, "erin": True, "eddie": True}


def test_a_claim_can_be_reopened_for_correction_again_after_one_was_abandoned(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    client.force_login(other_editor)
    submit(client, client.get(claim_url(claim)), ABANDON, {"note": WHY})

    reopened = submit(
        client, client.get(claim_url(claim)), "Reopen for correction", {"note": "New data"}, follow=True
    )

    assert messages_of(reopened) == ["Reopen for correction: done. The claim is now “Correcting”."]
    assert pending_lines(reopened) == []


def forged_abandon(client, claim) -> list[str]:
    """The claim page as it renders, posted with "Abandon correction" pressed although the
    page does not offer it (a button copied from another tab, or a crafted request); the
    messages shown after."""
    page = client.get(claim_url(claim))
    assert ABANDON not in buttons(page)
    data = {**form_data(page), "_step": "abandon", "note": WHY}
    return messages_of(client.post(claim_url(claim), data, follow=True))


def refused_in(claim, state: str) -> list[str]:
    return [
        f"Cannot “Abandon correction” claim #{claim.pk}: it is “{state}”, "
        "and this step needs it to be “Correcting”."
    ]


def test_a_forged_abandon_on_a_published_claim_is_refused_and_changes_nothing(
    client, reviewer, editor, other_editor
):
    claim = published_claim(reviewer, editor)
    client.force_login(other_editor)

    assert forged_abandon(client, claim) == refused_in(claim, "Published")
    claim.refresh_from_db()
    assert (claim.status, claim.review_note, claim.history.first().history_change_reason) == (
        ClaimStatus.PUBLISHED,
        "",
        "publish",
    )


def test_a_forged_abandon_of_a_correction_awaiting_sign_off_is_refused_and_keeps_its_draft(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    claim = workflow.apply(claim, "submit", reviewer)
    client.force_login(other_editor)

    assert forged_abandon(client, claim) == refused_in(claim, "Awaiting sign-off")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert claim.draft_verdict() is not None
    assert claim.pending_details == {"speaker": "John Deputy", "speaker_reason": "set by rita"}
    assert Correction.objects.filter(claim=claim, published_at=None).exists()


def test_a_forged_abandon_by_the_reviewer_of_a_claim_in_review_is_refused(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)

    assert forged_abandon(client, claim) == refused_in(claim, "In review")
    claim.refresh_from_db()
    assert (claim.status, claim.draft_verdict() is not None) == (ClaimStatus.IN_REVIEW, True)


def test_abandoning_from_a_page_loaded_before_the_draft_was_rewritten_is_refused(
    client, reviewer, editor, other_editor
):
    claim = reworked(client, reviewer, editor, other_editor)
    editor_client = Client()
    editor_client.force_login(other_editor)
    stale = editor_client.get(claim_url(claim))
    client.force_login(reviewer)
    rewrite = {"verdicts-0-summary": "The deputy said it; the video shows him, not the minister."}
    submit(client, client.get(claim_url(claim)), "Save", rewrite)

    refused = submit(editor_client, stale, ABANDON, {"note": WHY}, follow=True)

    assert any("draft was changed" in error for error in errors_of(refused) + messages_of(refused))
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTING
    assert claim.draft_verdict().summary == rewrite["verdicts-0-summary"]
    fresh = submit(editor_client, editor_client.get(claim_url(claim)), ABANDON, {"note": WHY}, follow=True)
    assert messages_of(fresh) == ["Abandon correction: done. The claim is now “Published”."]
