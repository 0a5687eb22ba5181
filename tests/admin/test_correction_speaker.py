"""A speaker changed during a correction waits, like the rest of the correction, for a
second person's sign-off: readers see the published speaker until then."""

import lxml.html
import pytest

from claims import workflow
from claims.models import ClaimStatus
from tests.admin.pages import claim_url, messages_of, public_views, submit
from tests.workflow.factories import claim_in_review, draft_verdict

pytestmark = pytest.mark.django_db

CONFIRMED = {"publish_anyway": True, "publish_reason": "The deputy said it; see the video."}
PENDING = "speaker: Jane Minister -> John Deputy (pending sign-off)"


def corrected_claim(reviewer, editor, other_editor):
    """Published crediting Jane Minister, then reopened by another editor; the reviewer holds it."""
    claim = workflow.apply(claim_in_review(reviewer, speaker="Jane Minister"), "submit", reviewer)
    claim = workflow.apply(claim, "publish", editor)
    return workflow.apply(claim, "correct", other_editor, reason="Wrong speaker: it was her deputy.")


def pending_lines(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [p.text_content().strip() for p in page.find_class("pending-change")]


def public_speakers(client, claim) -> dict:
    """Whom the public page, the API's verdict and ClaimReview credit now."""
    page, verdict, review = public_views(client, claim)
    return {
        "page": page.xpath("string(//dt[.='Said by']/following-sibling::dd[1])").strip(),
        "api": verdict["claim"]["speaker"],
        "claimreview": review["itemReviewed"]["author"]["name"],
    }


def test_a_speaker_changed_during_a_correction_goes_public_only_when_another_editor_signs_it_off(
    client, reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy"})
    summary = {"verdicts-0-summary": "The deputy minister said it, and the figures say otherwise."}
    submit(client, client.get(claim_url(claim)), "Submit for sign-off", summary)

    client.logout()
    assert public_speakers(client, claim) == {
        "page": "Jane Minister",
        "api": "Jane Minister",
        "claimreview": "Jane Minister",
    }
    client.force_login(editor)
    sign_off_page = client.get(claim_url(claim))
    assert pending_lines(sign_off_page) == [PENDING]
    published = submit(client, sign_off_page, "Approve and publish", CONFIRMED, follow=True)
    assert "Approve and publish: done" in messages_of(published)[0]

    client.logout()
    assert public_speakers(client, claim) == {
        "page": "John Deputy",
        "api": "John Deputy",
        "claimreview": "John Deputy",
    }
    page = client.get(f"/checks/{claim.public_slug}/").content.decode()
    assert "Speaker changed from “Jane Minister” to “John Deputy”." in page


def test_the_reviewer_and_the_editor_see_the_held_speaker_change_on_the_claim_page(
    client, reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy", "is_quote": True})

    expected = [PENDING, "kind: neither -> direct quote (pending sign-off)"]
    assert pending_lines(client.get(claim_url(claim))) == expected
    client.force_login(editor)
    assert pending_lines(client.get(claim_url(claim))) == expected


def test_the_editor_who_changed_the_speaker_during_a_correction_cannot_sign_it_off(
    client, reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy"})
    draft_verdict(claim, reviewer, sources=claim.sources.all())
    claim = workflow.apply(claim, "submit", reviewer)

    refused = submit(client, client.get(claim_url(claim)), "Approve and publish", CONFIRMED, follow=True)

    assert messages_of(refused) == [
        "Two-person rule: erin changed this claim's speaker, kind or wording as checked, "
        "so another editor must approve it."
    ]
    claim.refresh_from_db()
    assert (claim.status, claim.speaker) == (ClaimStatus.AWAITING_SIGN_OFF, "Jane Minister")


def test_a_deadline_set_during_a_correction_does_not_publish_the_held_speaker(
    client, reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy"})
    client.force_login(editor)

    deadline = {"deadline_0": "2031-03-14", "deadline_1": "17:30:00"}
    submit(client, client.get(claim_url(claim)), "Save", deadline)

    client.logout()
    assert public_speakers(client, claim)["page"] == "Jane Minister"
    assert claim.deadline is not None
    client.force_login(editor)
    assert pending_lines(client.get(claim_url(claim))) == [PENDING]


def test_putting_the_published_speaker_back_during_a_correction_drops_the_held_change(
    client, reviewer, editor, other_editor
):
    claim = corrected_claim(reviewer, editor, other_editor)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy"})

    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "Jane Minister"})

    assert pending_lines(client.get(claim_url(claim))) == []
