"""The claim as checked: the reviewer rewords an extracted sentence to stand alone; readers
see that wording (public page, verdict API, ClaimReview), the article's sentence stays on record."""

import lxml.html
import pytest

from claims import workflow
from claims.models import Claim
from claims.models.claim import CHECKED_TEXT_MAX_CHARS
from tests.admin.pages import claim_url, errors_of, form_data, messages_of, public_views, submit
from tests.workflow.factories import claim_in_review, make_article

pytestmark = pytest.mark.django_db

SAID = "She added that the number of homes at risk had risen to 4,100."
BODY = f"The flood plan was cut, said council leader Priya Okafor. {SAID}\n\nMore later."
CHECKED = "The number of homes at risk of flooding in Riverton has risen to 4,100."
CONFIRMED = {"publish_anyway": True, "publish_reason": "The council's own table; see the minutes."}
REWORD_PENDING = f"claim as checked: as extracted -> {CHECKED} (pending sign-off)"


def extracted_claim(reviewer) -> Claim:
    return claim_in_review(reviewer, article=make_article(body=BODY), text=SAID, speaker="Priya Okafor")


def press_publish(client, editor, claim):
    client.force_login(editor)
    page = client.get(claim_url(claim))
    confirm = CONFIRMED if "publish_anyway" in form_data(page) else {}  # when the evidence is weak
    return submit(client, page, "Approve and publish", confirm, follow=True)


def publish(client, editor, claim) -> None:
    assert "Approve and publish: done" in messages_of(press_publish(client, editor, claim))[0]
    client.logout()


def what_readers_see(client, claim) -> dict:
    """The claim on its public page, in the verdict API and in its ClaimReview."""
    page, verdict, review = public_views(client, claim)
    return {
        "page": page.xpath("string(//h1)").strip(),
        "page_as_said": page.xpath("string(//dd[@class='as-said'])").strip(),
        "api_checked_text": verdict["claim"]["checked_text"],
        "api_text": verdict["claim"]["text"],
        "claimreview": review["claimReviewed"],
    }


def test_readers_see_the_claim_as_the_reviewer_reworded_it_and_the_articles_sentence_beside_it(
    client, reviewer, editor
):
    claim = extracted_claim(reviewer)
    client.force_login(reviewer)
    saved = submit(client, client.get(claim_url(claim)), "Save", {"checked_text": CHECKED}, follow=True)
    assert messages_of(saved) == ["Saved."]
    submit(client, client.get(claim_url(claim)), "Submit for sign-off")
    publish(client, editor, claim)

    assert what_readers_see(client, claim) == {
        "page": CHECKED,
        "page_as_said": f"“{SAID}”",
        "api_checked_text": CHECKED,
        "api_text": SAID,
        "claimreview": CHECKED,
    }
    assert Claim.objects.get(pk=claim.pk).text == SAID  # the evidence of what the article said
    listed = client.get(f"/api/v1/claims/{claim.pk}/").json()
    assert (listed["text"], listed["checked_text"]) == (SAID, CHECKED)


def test_a_claim_left_as_extracted_is_checked_as_its_sentence(client, reviewer, editor):
    claim = workflow.apply(extracted_claim(reviewer), "submit", reviewer)
    publish(client, editor, claim)

    seen = what_readers_see(client, claim)
    assert (seen["page"], seen["api_checked_text"], seen["claimreview"]) == (SAID, SAID, SAID)
    assert seen["page_as_said"] == ""


def test_the_editor_signing_off_reads_the_rewording_and_cannot_change_it(client, reviewer, editor):
    claim = extracted_claim(reviewer)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"checked_text": CHECKED})
    submit(client, client.get(claim_url(claim)), "Submit for sign-off")

    client.force_login(editor)
    sign_off_page = client.get(claim_url(claim))
    page = lxml.html.fromstring(sign_off_page.content.decode())
    assert page.xpath("string(//p[@class='checked-text'])").strip() == f"Claim as checked: {CHECKED}"
    assert "checked_text" not in form_data(sign_off_page)


def test_an_over_long_rewording_is_a_form_error_and_nothing_is_saved(client, reviewer):
    claim = extracted_claim(reviewer)
    client.force_login(reviewer)
    too_long = "x" * (CHECKED_TEXT_MAX_CHARS + 1)
    response = submit(
        client, client.get(claim_url(claim)), "Save", {"checked_text": too_long, "speaker": "P. O."}
    )

    assert response.status_code == 200
    assert f"Ensure this value has at most {CHECKED_TEXT_MAX_CHARS} characters (it has 301)." in errors_of(
        response
    )
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.checked_text, stored.speaker, stored.version) == ("", "Priya Okafor", claim.version)


def test_a_rewording_from_a_page_loaded_before_another_save_is_refused(client, reviewer, editor):
    claim = extracted_claim(reviewer)
    client.force_login(reviewer)
    stale_page = client.get(claim_url(claim))
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "Cllr Priya Okafor"})

    response = submit(client, stale_page, "Save", {"checked_text": CHECKED})

    assert any("changed by rita" in error for error in errors_of(response))
    assert Claim.objects.get(pk=claim.pk).checked_text == ""


def test_a_published_claim_is_reworded_only_through_a_correction_signed_off_by_another_editor(
    client, reviewer, editor, other_editor
):
    claim = workflow.apply(extracted_claim(reviewer), "submit", reviewer)
    publish(client, editor, claim)
    client.force_login(reviewer)
    assert "checked_text" not in form_data(client.get(claim_url(claim)))

    claim = workflow.apply(Claim.objects.get(pk=claim.pk), "correct", other_editor, reason="Not standalone.")
    submit(client, client.get(claim_url(claim)), "Save", {"checked_text": CHECKED})
    summary = {"verdicts-0-summary": "The council's figures say otherwise."}
    submitted = submit(client, client.get(claim_url(claim)), "Submit for sign-off", summary, follow=True)
    assert "Submit for sign-off: done" in messages_of(submitted)[0]
    client.logout()
    assert what_readers_see(client, claim)["claimreview"] == SAID

    client.force_login(editor)
    sign_off_page = client.get(claim_url(claim))
    page = lxml.html.fromstring(sign_off_page.content.decode())
    assert [p.text_content().strip() for p in page.find_class("pending-change")] == [REWORD_PENDING]
    publish(client, editor, claim)

    assert what_readers_see(client, claim)["claimreview"] == CHECKED
    note = client.get(f"/checks/{claim.public_slug}/").content.decode()
    assert f"Claim reworded: now “{CHECKED}”." in note


def test_an_editor_who_reworded_the_claim_may_not_sign_it_off_but_another_editor_may(
    client, reviewer, editor, other_editor
):
    claim = extracted_claim(reviewer)
    client.force_login(editor)  # editors correct the claim's own fields until it is submitted
    submit(client, client.get(claim_url(claim)), "Save", {"checked_text": CHECKED})
    workflow.apply(Claim.objects.get(pk=claim.pk), "submit", reviewer)

    refused = press_publish(client, editor, claim)
    assert "erin changed this claim's speaker, kind or wording as checked" in messages_of(refused)[0]
    publish(client, other_editor, claim)
    assert what_readers_see(client, claim)["claimreview"] == CHECKED
