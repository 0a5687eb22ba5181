"""Public pages show what readers may see: never drafts, unpublished claims, usernames,
internal notes, or people who did not opt in to be named."""

import pytest

from claims.models import ClaimStatus, Source, Verdict
from reviewers.models import Reviewer
from tests.api.factories import make_claim, rating
from tests.publishing.factories import EDITOR_USERNAME, REVIEWER_USERNAME, claim_in_review, publish
from tests.publishing.pages import text

pytestmark = pytest.mark.django_db

INTERNAL = ("Internal editor note", "Internal publish reason", "Internal source note", "Draft summary")


@pytest.fixture
def verdict(people):
    """A published verdict with every internal field filled in, and a correction being drafted."""
    reviewer, editor = people
    claim = make_claim(status=ClaimStatus.PUBLISHED, review_note="Internal editor note")
    published = publish(
        reviewer, editor, claim=claim, publish_reason="Internal publish reason", publish_warnings=["weak"]
    )
    Source.objects.filter(claim=claim).update(note="Internal source note")
    claim.status = ClaimStatus.CORRECTING
    claim.save()
    Verdict.objects.create(
        claim=claim, rating=rating("true"), summary="Draft summary", author=reviewer, is_current=False
    )
    return published


def pages(client, verdict):
    slug = verdict.claim.public_slug
    return [
        client.get("/checks/"),
        client.get(f"/checks/{slug}/"),
        client.get("/checks/speakers/Jane%20Minister/"),
    ]


def test_no_page_shows_usernames_internal_notes_or_draft_verdicts(client, verdict):
    for response in pages(client, verdict):
        html = response.content.decode()
        for secret in (REVIEWER_USERNAME, EDITOR_USERNAME, *INTERNAL):
            assert secret not in html, (response.request["PATH_INFO"], secret)


def test_people_are_not_named_unless_they_opted_in(client, verdict):
    words = text(client.get(f"/checks/{verdict.claim.public_slug}/"))
    assert "Rita Reviewer" not in words and "Erin Editor" not in words
    Reviewer.objects.filter(user__username=REVIEWER_USERNAME).update(credit_publicly=True)
    words = text(client.get(f"/checks/{verdict.claim.public_slug}/"))
    assert "Reviewed by Rita Reviewer" in words and "Erin Editor" not in words


def test_an_opted_in_person_without_a_full_name_is_not_named_by_username(client, people):
    reviewer, editor = people
    reviewer.first_name = reviewer.last_name = ""
    reviewer.save()
    Reviewer.objects.filter(user=reviewer).update(credit_publicly=True)
    verdict = publish(reviewer, editor)
    words = text(client.get(f"/checks/{verdict.claim.public_slug}/"))
    assert "Reviewed by" not in words and REVIEWER_USERNAME not in words


def test_a_first_verdict_awaiting_sign_off_has_no_page(client, people):
    reviewer, editor = people
    claim = claim_in_review(text="Awaiting its first sign-off.")
    publish(reviewer, editor, claim=claim, published=False)
    claim.status = ClaimStatus.AWAITING_SIGN_OFF
    claim.save()
    claim.refresh_from_db()
    assert "Awaiting its first sign-off." not in client.get("/checks/").content.decode()
    assert claim.public_slug == ""


def test_claim_and_article_text_is_escaped_not_run(client, people):
    claim = make_claim(
        text='<script>alert("x")</script> rose', speaker="<b>Bold</b>", status=ClaimStatus.PUBLISHED
    )
    verdict = publish(*people, claim=claim, summary="<img src=x onerror=alert(1)>")
    for response in pages(client, verdict)[:2]:
        html = response.content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Bold</b>" not in html
        assert "&lt;script&gt;" in html
