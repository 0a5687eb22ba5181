"""An editor publishing a verdict on weak evidence is warned, confirms, and says why."""

import lxml.html
import pytest

from claims import workflow
from claims.models import Claim, ClaimStatus, LinkClass, Notification
from tests.admin.pages import claim_url, messages_of, submit
from tests.workflow.factories import add_source, claim_in_review, draft_verdict, make_claim

pytestmark = pytest.mark.django_db

CONFIRMED = {"publish_anyway": True, "publish_reason": "The table is archived; I read it there."}


def awaiting_sign_off_on(reviewer, link_status: str):
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    source = add_source(claim, reviewer, url="https://gone.example.org/table", link_status=link_status)
    draft_verdict(claim, reviewer, sources=[source])
    claim = workflow.apply(claim, "submit", reviewer)
    return claim


def warnings_on_page(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [" ".join(li.text_content().split()) for li in page.xpath('//div[@class="publish-warnings"]//li')]


def errors_on_page(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [
        li.text_content() for li in page.xpath('//div[@class="publish-warnings"]//ul[@class="errorlist"]/li')
    ]


def test_the_sign_off_page_warns_that_a_cited_source_is_broken(client, reviewer, editor):
    claim = awaiting_sign_off_on(reviewer, LinkClass.BROKEN)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert warnings_on_page(response) == ["A cited source’s link is Broken: https://gone.example.org/table"]
    assert b'name="publish_anyway"' in response.content and b'name="publish_reason"' in response.content


def refused_publish(client, claim, confirmation: dict) -> list[str]:
    """Post "Approve and publish" with `confirmation`; the form errors shown, once the claim is
    found still awaiting sign-off."""
    response = submit(client, client.get(claim_url(claim)), "Approve and publish", confirmation)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    return errors_on_page(response)


@pytest.mark.parametrize("link_status", [LinkClass.BROKEN, LinkClass.TIMEOUT, LinkClass.UNCHECKED])
def test_publishing_on_a_weak_source_without_confirming_is_refused_with_a_form_error(
    client, reviewer, editor, link_status
):
    claim = awaiting_sign_off_on(reviewer, link_status)
    client.force_login(editor)
    assert refused_publish(client, claim, {}) == [
        "The evidence is weak: tick this box to publish anyway.",
        "Say why you publish on this evidence; it is kept on record.",
    ]


def test_a_ticked_box_without_a_reason_is_still_refused(client, reviewer, editor):
    claim = awaiting_sign_off_on(reviewer, LinkClass.BROKEN)
    client.force_login(editor)
    assert refused_publish(client, claim, {"publish_anyway": True, "publish_reason": " "}) == [
        "Say why you publish on this evidence; it is kept on record."
    ]


def test_a_confirmed_publish_goes_through_and_keeps_the_reason_on_record(client, reviewer, editor):
    claim = awaiting_sign_off_on(reviewer, LinkClass.BROKEN)
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Approve and publish", CONFIRMED, follow=True)
    assert messages_of(response) == ["Approve and publish: done. The claim is now “Published”."]
    verdict = claim.published_verdict()
    audit = verdict.history.filter(history_change_reason="publish").get()
    assert audit.publish_reason == CONFIRMED["publish_reason"]
    assert audit.publish_warnings == ["A cited source’s link is Broken: https://gone.example.org/table"]
    page = lxml.html.fromstring(response.content.decode())
    (shown,) = page.xpath('//small[@class="publish-reason"]')
    assert shown.text_content() == (
        "Published despite: A cited source’s link is Broken: https://gone.example.org/table "
        "Why: The table is archived; I read it there."
    )


def test_a_verdict_on_working_links_publishes_without_a_warning(client, reviewer, editor):
    claim = awaiting_sign_off_on(reviewer, LinkClass.OK)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert warnings_on_page(response) == []
    submit(client, response, "Approve and publish")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.published_verdict().publish_reason == ""


def test_a_speaker_changed_by_the_reviewer_is_a_warning_at_sign_off(client, reviewer, editor):
    claim = claim_in_review(reviewer, speaker="Jane Minister")
    claim.speaker = "John Critic"
    claim.save()
    claim = workflow.apply(claim, "submit", reviewer)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert warnings_on_page(response) == [
        "The speaker was changed: first recorded as “Jane Minister”, now “John Critic”."
    ]


def test_an_editor_who_changed_the_speaker_cannot_confirm_and_publish_it_alone(
    client, reviewer, editor, other_editor
):
    """Who said it is half of what the verdict says: the editor who re-attributed the quote
    while the reviewer worked on it is a writer, and another editor signs it off."""
    claim = claim_in_review(reviewer, speaker="Jane Minister")
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "John Critic"})
    claim = workflow.apply(claim, "submit", reviewer)

    refused = submit(client, client.get(claim_url(claim)), "Approve and publish", CONFIRMED, follow=True)

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert messages_of(refused) == [
        "Two-person rule: erin changed this claim's speaker, kind or wording as checked, "
        "so another editor must approve it."
    ]
    # Nor is it in their sign-off queue, or theirs to be told about.
    assert claim not in Claim.objects.awaiting_sign_off_by(editor)
    assert claim in Claim.objects.awaiting_sign_off_by(other_editor)
    assert not Notification.objects.filter(recipient=editor, claim=claim, event="submitted").exists()
    assert Notification.objects.filter(recipient=other_editor, claim=claim, event="submitted").exists()
    client.force_login(other_editor)
    submit(client, client.get(claim_url(claim)), "Approve and publish", CONFIRMED)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED


def test_a_source_that_breaks_after_the_editor_confirmed_the_page_is_not_published_unseen(
    client, reviewer, editor
):
    """The editor confirmed an unchecked link; the check then found it gone (410) before they
    pressed the button. Their confirmation covered what they saw, not the new warning."""
    claim = awaiting_sign_off_on(reviewer, LinkClass.UNCHECKED)
    client.force_login(editor)
    page = client.get(claim_url(claim))
    assert warnings_on_page(page) == ["A cited source’s link is Unchecked: https://gone.example.org/table"]
    claim.sources.update(link_status=LinkClass.BROKEN, http_status=410)  # as the link check records it

    response = submit(client, page, "Approve and publish", CONFIRMED, follow=True)

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert any("changed since you loaded the page" in m for m in messages_of(response)), messages_of(response)
    assert warnings_on_page(response) == ["A cited source’s link is Broken: https://gone.example.org/table"]
    # Confirmed on the page that shows it, it goes through.
    published = submit(client, response, "Approve and publish", CONFIRMED, follow=True)
    assert "Approve and publish: done" in messages_of(published)[0]
    assert Claim.objects.get(pk=claim.pk).published_verdict().publish_warnings == [
        "A cited source’s link is Broken: https://gone.example.org/table"
    ]


def test_a_confirmed_page_still_publishes_when_the_evidence_did_not_change(client, reviewer, editor):
    claim = awaiting_sign_off_on(reviewer, LinkClass.UNCHECKED)
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Approve and publish", CONFIRMED, follow=True)
    assert "Approve and publish: done" in messages_of(response)[0]
