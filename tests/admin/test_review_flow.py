"""The whole review, through the admin pages, as the reviewer and the editor click it."""

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import workflow
from claims.models import Claim, ClaimStatus, LinkClass, Rating
from claims.workflow import TransitionError, write_draft
from reviewers.models import Reviewer, Role
from tests.admin.pages import claim_url, form_data, messages_of, submit
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    draft_verdict,
    make_claim,
    published_claim,
)

pytestmark = pytest.mark.django_db


def test_a_reviewer_takes_sources_proposes_and_submits_then_an_editor_publishes(client, reviewer, editor):
    claim = make_claim(priority=0.9)
    client.force_login(reviewer)
    taken = client.post(reverse("admin:claims_claim_take_next"))
    assert taken.url == claim_url(claim)

    new_source = {
        "sources-0-url": "https://stats.example.org/unemployment",
        "sources-0-title": "Labour survey",
    }
    saved = submit(client, client.get(taken.url), "Save", new_source, follow=True)
    assert messages_of(saved) == ["Saved."]
    source = claim.sources.get()
    assert source.added_by == reviewer

    false = Rating.objects.get(slug="false")
    verdict = {"verdicts-0-rating": false.pk, "verdicts-0-summary": "The survey shows 7%, not 3%."}
    verdict["verdicts-0-sources"] = [source.pk]
    submitted = submit(client, client.get(claim_url(claim)), "Submit for sign-off", verdict, follow=True)
    assert messages_of(submitted) == ["Submit for sign-off: done. The claim is now “Awaiting sign-off”."]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert claim.draft_verdict().author == reviewer

    client.force_login(editor)
    # The link check has not run yet, so the editor confirms publishing on an unchecked source.
    confirmed = {"publish_anyway": True, "publish_reason": "Read the survey myself."}
    published = submit(client, client.get(claim_url(claim)), "Approve and publish", confirmed, follow=True)
    assert "Approve and publish: done" in messages_of(published)[0]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.published_verdict().approved_by == editor


def test_a_refused_step_shows_the_rule_as_an_error_and_changes_nothing(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    response = submit(client, client.get(claim_url(claim)), "Submit for sign-off", follow=True)
    assert any("Evidence rule" in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_an_editor_cannot_approve_their_own_verdict_from_the_claim_page(client, editor):
    claim = claim_in_review(editor)
    claim = workflow.apply(claim, "submit", editor)
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Approve and publish", follow=True)
    assert messages_of(response) == [
        "Two-person rule: erin wrote this verdict, so another editor must approve it."
    ]


def reviewers_draft_submitted_by(client, editor, reviewer):
    """The editor takes over a draft the reviewer has not submitted, and submits it, on the claim page."""
    claim = claim_in_review(reviewer)
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), "Assign", {"assign_to": str(editor.pk)})
    submitted = submit(client, client.get(claim_url(claim)), "Submit for sign-off", follow=True)
    assert messages_of(submitted) == ["Submit for sign-off: done. The claim is now “Awaiting sign-off”."]
    return claim


def test_an_editor_who_submitted_a_reviewers_unsubmitted_draft_cannot_approve_it_too(
    client, reviewer, editor, other_editor
):
    claim = reviewers_draft_submitted_by(client, editor, reviewer)

    page = client.get(claim_url(claim))
    refused = client.post(claim_url(claim), {**form_data(page), "_step": "publish"}, follow=True)

    assert messages_of(refused) == [
        "Two-person rule: erin submitted this verdict for sign-off, so another editor must approve it."
    ]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    client.force_login(other_editor)
    published = submit(client, client.get(claim_url(claim)), "Approve and publish", follow=True)
    assert messages_of(published) == ["Approve and publish: done. The claim is now “Published”."]


def test_a_verdict_resting_on_a_broken_link_is_flagged_when_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    broken = add_source(claim, reviewer, link_status=LinkClass.BROKEN)
    client.force_login(reviewer)
    verdict = {"verdicts-0-rating": Rating.objects.get(slug="false").pk, "verdicts-0-summary": "No."}
    verdict["verdicts-0-sources"] = [broken.pk]
    response = submit(client, client.get(claim_url(claim)), "Save", verdict, follow=True)
    assert f"The verdict rests on a source whose link is Broken: {broken.url}" in messages_of(response)


def test_an_editor_dismisses_a_duplicate_from_the_claim_page(client, editor):
    earlier, claim = make_claim(), make_claim()
    client.force_login(editor)
    dismissal = {"dismissal": "duplicate", "duplicate_of_id": earlier.pk, "note": "same quote"}
    submit(client, client.get(claim_url(claim)), "Dismiss", dismissal)
    claim.refresh_from_db()
    assert (claim.status, claim.duplicate_of, claim.dismissal_reason) == (
        ClaimStatus.DISMISSED,
        earlier,
        "Duplicate: same quote",
    )


def test_an_editor_reopens_a_published_verdict_with_a_reason_from_the_claim_page(
    client, reviewer, editor, other_editor
):
    claim = published_claim(reviewer, other_editor)
    client.force_login(editor)
    submit(
        client,
        client.get(claim_url(claim)),
        "Reopen for correction",
        {"note": "Ministry revised the figures."},
    )
    claim.refresh_from_db()
    assert (claim.status, claim.review_note) == (ClaimStatus.CORRECTING, "Ministry revised the figures.")


def test_a_correction_draft_starts_from_the_verdict_of_record(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="New figures.")
    client.force_login(reviewer)
    data = form_data(client.get(claim_url(claim)))
    record = claim.published_verdict()
    assert data["verdicts-0-rating"] == str(record.rating_id)
    assert data["verdicts-0-summary"] == record.summary


def test_an_editor_who_rewrites_a_reviewers_draft_cannot_publish_it_alone(
    client, reviewer, editor, other_editor
):
    from tests.workflow.factories import claim_awaiting_sign_off

    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)

    def press(step: str, **fields) -> list[str]:
        page = client.get(claim_url(claim))
        data = {**form_data(page, "claim_form"), **fields, "_step": step}
        return messages_of(client.post(claim_url(claim), data, follow=True))

    press("send_back", note="Let me look at this one.")
    press("assign", assign_to=str(editor.pk))
    true = Rating.objects.get(slug="true")
    press("submit", **{"verdicts-0-rating": str(true.pk), "verdicts-0-summary": "Entirely right."})
    refused = press("publish")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert refused == ["Two-person rule: erin wrote this verdict, so another editor must approve it."]
    client.force_login(other_editor)
    assert "Approve and publish: done" in press("publish")[0]
    # Both opted in to be named: the API credits the rewriter as the verdict's author.
    for user, first, last in ((editor, "Erin", "Reyes"), (other_editor, "Eddie", "Moss")):
        type(user).objects.filter(pk=user.pk).update(first_name=first, last_name=last)
        user.reviewer.__class__.objects.filter(user=user).update(credit_publicly=True)
    published = client.get(f"/api/v1/verdicts/{claim.published_verdict().pk}/").json()
    assert (published["rating"]["slug"], published["reviewer"], published["editor"]) == (
        "true",
        "Erin Reyes",
        "Eddie Moss",
    )


def test_the_reviewer_whose_draft_an_editor_rewrote_cannot_approve_it_either(reviewer, editor, other_editor):
    claim = claim_awaiting_sign_off(reviewer)
    claim = workflow.apply(claim, "send_back", editor, reason="Tighten the summary.")
    claim = workflow.apply(claim, "assign", editor, assignee=editor)
    draft = claim.draft_verdict()
    draft.summary = "Tighter."
    write_draft(draft, editor, ["summary"])
    claim = workflow.apply(claim, "submit", editor)
    Reviewer.objects.filter(user=reviewer).update(role=Role.EDITOR)
    Reviewer.objects.get(user=reviewer).save()  # into the editors' group
    promoted = type(reviewer).objects.get(pk=reviewer.pk)

    with pytest.raises(TransitionError, match="Two-person rule: rita drafted this verdict"):
        claim = workflow.apply(claim, "publish", promoted)
    claim = workflow.apply(claim, "publish", other_editor)
    assert (claim.published_verdict().author, claim.published_verdict().drafted_by) == (editor, reviewer)


def test_a_speaker_corrected_while_a_correction_is_worked_on_reaches_updated_since_readers_when_published(
    client, reviewer, editor, other_editor
):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", other_editor, reason="Wrong speaker.")
    draft_verdict(claim, reviewer, sources=claim.sources.all())
    since = timezone.now().isoformat().replace("+00:00", "Z")
    client.force_login(other_editor)

    page = client.get(claim_url(claim))
    client.post(claim_url(claim), {**form_data(page, "claim_form"), "speaker": "The Deputy Minister"})
    workflow.apply(claim, "submit", reviewer)
    assert client.get("/api/v1/verdicts/", {"updated_since": since}).json()["results"] == []
    corrected = workflow.apply(claim, "publish", editor, publish_reason="The deputy said it.")

    served = client.get("/api/v1/verdicts/", {"updated_since": since}).json()["results"]
    assert [(v["id"], v["claim"]["speaker"]) for v in served] == [
        (corrected.published_verdict().pk, "The Deputy Minister")
    ]


def test_an_editor_who_rewrote_a_draft_cannot_approve_it_after_handing_it_back_for_a_touch_up(
    client, reviewer, editor, other_editor
):
    """The editor rewrites the summary, assigns the claim back; the reviewer fixes a typo,
    which makes them the author again: the words are still the editor's own."""
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)

    def press(step: str | None, **fields) -> list[str]:
        page = client.get(claim_url(claim))
        data = {**form_data(page, "claim_form"), **fields}
        if step:
            data["_step"] = step
        return messages_of(client.post(claim_url(claim), data, follow=True))

    press("send_back", note="Let me look at this one.")
    press("assign", assign_to=str(editor.pk))
    press(None, **{"verdicts-0-summary": "The editor's own words: the figures are right."})
    press("assign", assign_to=str(reviewer.pk))
    client.force_login(reviewer)
    press("submit", **{"verdicts-0-summary": "The editor's own words: the figures are right!"})
    client.force_login(editor)
    refused = press("publish")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert refused == ["Two-person rule: erin changed this verdict, so another editor must approve it."]
    assert claim not in Claim.objects.awaiting_sign_off_by(editor)
    client.force_login(other_editor)
    assert "Approve and publish: done" in press("publish")[0]


def test_the_reviewer_of_a_correction_submits_it_from_the_claim_page_beside_the_sources_on_record(
    client, reviewer, editor, other_editor
):
    """The sources the verdict of record cites are shown read-only; the page must still say
    which rows they are, or the save takes them for new, empty rows."""
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", other_editor, reason="The ministry revised its figures.")
    client.force_login(reviewer)
    summary = {"verdicts-0-summary": "Revised figures: still wrong, by less."}

    response = submit(client, client.get(claim_url(claim)), "Submit for sign-off", summary, follow=True)

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF, messages_of(response)
    assert claim.draft_verdict().summary == "Revised figures: still wrong, by less."
    assert claim.sources.count() == 1


def test_a_correction_that_changes_the_speaker_says_so_in_the_public_corrections_log(
    client, reviewer, editor, other_editor
):
    claim = workflow.apply(claim_in_review(reviewer, speaker="Jane Minister"), "submit", reviewer)
    claim = workflow.apply(claim, "publish", editor)
    claim = workflow.apply(claim, "correct", other_editor, reason="Wrong speaker: it was her deputy.")
    client.force_login(reviewer)  # the correction is theirs again
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Deputy"})
    summary = {"verdicts-0-summary": "The deputy minister said it, and the figures say otherwise."}
    submit(client, client.get(claim_url(claim)), "Submit for sign-off", summary)
    workflow.apply(claim, "publish", other_editor, publish_reason="The deputy said it; see the video.")

    claim.refresh_from_db()
    page = client.get(f"/checks/{claim.public_slug}/").content.decode()
    assert "Speaker changed from “Jane Minister” to “John Deputy”." in page


def test_a_forged_post_cannot_rewrite_or_delete_a_source_on_record(client, reviewer, editor, other_editor):
    claim = published_claim(reviewer, editor)
    cited = claim.sources.get()
    claim = workflow.apply(claim, "correct", other_editor, reason="The ministry revised its figures.")
    client.force_login(reviewer)
    data = form_data(client.get(claim_url(claim)))  # the row's own inputs are disabled: not sent
    forged = {**data, "sources-0-url": "https://forged.example.org/", "sources-0-DELETE": "on"}

    client.post(claim_url(claim), forged)

    assert claim.sources.get() == cited
    assert claim.sources.get().url == cited.url


def test_a_source_on_record_cannot_be_deleted_from_the_sources_list_either(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    cited = claim.sources.get()
    client.force_login(reviewer)  # who added it, and may delete sources of claims they work on
    sources = reverse("admin:claims_source_changelist")

    response = client.post(
        sources, {"action": "delete_selected", "_selected_action": [cited.pk], "post": "yes"}
    )

    assert response.status_code == 403
    assert claim.sources.get() == cited
