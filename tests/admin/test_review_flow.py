"""The whole review, through the admin pages, as the reviewer and the editor click it."""

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import ClaimStatus, LinkClass, Rating
from claims.workflow import TransitionError, write_draft
from reviewers.models import Reviewer, Role
from tests.admin.pages import claim_url, messages_of, open_claim
from tests.admin.rendered import rendered_form
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

    _, data = open_claim(client, claim)
    data.update(
        {"sources-0-url": "https://stats.example.org/unemployment", "sources-0-title": "Labour survey"}
    )
    saved = client.post(claim_url(claim), data, follow=True)
    assert messages_of(saved) == ["Saved."]
    source = claim.sources.get()
    assert source.added_by == reviewer

    _, data = open_claim(client, claim)
    false = Rating.objects.get(slug="false")
    data.update({"verdicts-0-rating": str(false.pk), "verdicts-0-summary": "The survey shows 7%, not 3%."})
    data["verdicts-0-sources"] = [str(source.pk)]
    data["_step"] = "submit"
    submitted = client.post(claim_url(claim), data, follow=True)
    assert messages_of(submitted) == ["Submit for sign-off: done. The claim is now “Awaiting sign-off”."]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert claim.draft_verdict().author == reviewer

    client.force_login(editor)
    _, data = open_claim(client, claim)
    # The link check has not run yet, so the editor confirms publishing on an unchecked source.
    confirmed = {"publish_anyway": "on", "publish_reason": "Read the survey myself."}
    published = client.post(claim_url(claim), {**data, **confirmed, "_step": "publish"}, follow=True)
    assert "Approve and publish: done" in messages_of(published)[0]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.published_verdict().approved_by == editor


def test_a_refused_step_shows_the_rule_as_an_error_and_changes_nothing(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    _, data = open_claim(client, claim)
    response = client.post(claim_url(claim), {**data, "_step": "submit"}, follow=True)
    assert any("Evidence rule" in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_an_editor_cannot_approve_their_own_verdict_from_the_claim_page(client, editor):
    claim = claim_in_review(editor)
    claim.transition("submit", editor)
    client.force_login(editor)
    _, data = open_claim(client, claim)
    response = client.post(claim_url(claim), {**data, "_step": "publish"}, follow=True)
    assert messages_of(response) == [
        "Two-person rule: erin wrote this verdict, so another editor must approve it."
    ]


def test_a_verdict_resting_on_a_broken_link_is_flagged_when_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    broken = add_source(claim, reviewer, link_status=LinkClass.BROKEN)
    client.force_login(reviewer)
    _, data = open_claim(client, claim)
    data.update({"verdicts-0-rating": str(Rating.objects.get(slug="false").pk), "verdicts-0-summary": "No."})
    data["verdicts-0-sources"] = [str(broken.pk)]
    response = client.post(claim_url(claim), data, follow=True)
    assert f"The verdict rests on a source whose link is Broken: {broken.url}" in messages_of(response)


def test_an_editor_dismisses_a_duplicate_from_the_claim_page(client, editor):
    earlier, claim = make_claim(), make_claim()
    client.force_login(editor)
    _, data = open_claim(client, claim)
    data.update(
        {
            "_step": "dismiss",
            "dismissal": "duplicate",
            "duplicate_of_id": str(earlier.pk),
            "note": "same quote",
        }
    )
    client.post(claim_url(claim), data)
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
    _, data = open_claim(client, claim)
    client.post(claim_url(claim), {**data, "_step": "correct", "note": "Ministry revised the figures."})
    claim.refresh_from_db()
    assert (claim.status, claim.review_note) == (ClaimStatus.CORRECTING, "Ministry revised the figures.")


def test_a_correction_draft_starts_from_the_verdict_of_record(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim.transition("correct", editor, reason="New figures.")
    client.force_login(reviewer)
    response, data = open_claim(client, claim)
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
        data = {**rendered_form(page, "claim_form"), **fields, "_step": step}
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
    published = client.get(f"/api/v1/verdicts/{claim.published_verdict().pk}/").json()
    assert (published["rating"]["slug"], published["reviewer"], published["editor"]) == (
        "true",
        "erin",
        "eddie",
    )


def test_the_reviewer_whose_draft_an_editor_rewrote_cannot_approve_it_either(reviewer, editor, other_editor):
    claim = claim_awaiting_sign_off(reviewer)
    claim.transition("send_back", editor, reason="Tighten the summary.")
    claim.transition("assign", editor, assignee=editor)
    draft = claim.draft_verdict()
    draft.summary = "Tighter."
    write_draft(draft, editor, ["summary"])
    claim.transition("submit", editor)
    Reviewer.objects.filter(user=reviewer).update(role=Role.EDITOR)
    Reviewer.objects.get(user=reviewer).save()  # into the editors' group
    promoted = type(reviewer).objects.get(pk=reviewer.pk)

    with pytest.raises(TransitionError, match="Two-person rule: rita drafted this verdict"):
        claim.transition("publish", promoted)
    claim.transition("publish", other_editor)
    assert (claim.published_verdict().author, claim.published_verdict().drafted_by) == (editor, reviewer)


def test_a_speaker_corrected_while_a_correction_awaits_sign_off_reaches_updated_since_readers(
    client, reviewer, editor, other_editor
):
    claim = published_claim(reviewer, editor)
    verdict = claim.published_verdict()
    claim.transition("correct", other_editor, reason="Wrong speaker.")
    draft_verdict(claim, reviewer, sources=claim.sources.all())
    claim.transition("submit", reviewer)
    since = timezone.now().isoformat().replace("+00:00", "Z")
    client.force_login(other_editor)

    page = client.get(claim_url(claim))
    client.post(claim_url(claim), {**rendered_form(page, "claim_form"), "speaker": "The Deputy Minister"})

    served = client.get("/api/v1/verdicts/", {"updated_since": since}).json()["results"]
    assert [(v["id"], v["claim"]["speaker"]) for v in served] == [(verdict.pk, "The Deputy Minister")]
