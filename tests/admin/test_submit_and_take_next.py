"""'Submit and take next': submit the claim for sign-off and open the next one of the queue."""

import lxml.html
import pytest
from django.urls import reverse

from claims.models import ClaimStatus
from reviewers.models import Reviewer
from tests.admin.pages import buttons, claim_url, messages_of, submit
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, make_claim

pytestmark = pytest.mark.django_db
MY_QUEUE = reverse("admin:claims_myqueue_changelist")


def test_it_submits_and_opens_the_most_urgent_claim_of_the_queue(client, reviewer):
    claim = claim_in_review(reviewer)
    later, urgent = make_claim(priority=0.2), make_claim(priority=0.9)
    client.force_login(reviewer)

    response = submit(client, client.get(claim_url(claim)), "Submit and take next", follow=True)

    assert response.redirect_chain[-1][0] == claim_url(urgent)
    assert messages_of(response) == [
        f"Claim #{claim.pk} was submitted for sign-off. Claim #{urgent.pk} is yours now."
    ]
    claim.refresh_from_db(), urgent.refresh_from_db(), later.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert (urgent.status, urgent.assignee) == (ClaimStatus.IN_REVIEW, reviewer)
    assert later.assignee is None


def test_with_the_queue_empty_it_submits_and_goes_back_to_the_list(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)

    response = submit(client, client.get(claim_url(claim)), "Submit and take next", follow=True)

    assert response.redirect_chain[-1][0] == MY_QUEUE
    assert messages_of(response) == [
        f"Claim #{claim.pk} was submitted for sign-off. Nothing is waiting in the queue. Well done."
    ]


def test_a_refused_submit_stays_on_the_claim_and_takes_nothing(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    waiting = make_claim()
    client.force_login(reviewer)

    response = submit(client, client.get(claim_url(claim)), "Submit and take next", follow=True)

    assert response.redirect_chain[-1][0] == claim_url(claim)
    assert messages_of(response)[0].startswith("Evidence rule: a verdict needs at least one source")
    waiting.refresh_from_db()
    assert waiting.assignee is None


def test_at_the_cap_it_submits_and_says_why_no_claim_was_taken(client, reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=1)
    claim, _still_held = claim_in_review(reviewer), claim_in_review(reviewer)
    make_claim()
    client.force_login(reviewer)

    response = submit(client, client.get(claim_url(claim)), "Submit and take next", follow=True)

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert response.redirect_chain[-1][0] == MY_QUEUE
    assert messages_of(response) == [
        f"Claim #{claim.pk} was submitted for sign-off. "
        "rita already has 1 open claim, the most their cap allows: finish or release one first."
    ]


def test_only_whoever_may_submit_sees_the_button(client, reviewer, editor):
    claim = claim_in_review(reviewer)
    client.force_login(editor)
    assert "Submit and take next" not in buttons(client.get(claim_url(claim)))


def test_take_next_is_on_the_claim_page_but_not_on_the_sign_off_page(client, reviewer, editor):
    mine, awaiting = claim_in_review(reviewer), claim_awaiting_sign_off(reviewer)
    client.force_login(reviewer)
    assert "Take next claim" in take_next_forms(client.get(claim_url(mine)))
    client.force_login(editor)
    assert take_next_forms(client.get(claim_url(awaiting))) == []


def take_next_forms(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [form.text_content().strip() for form in page.xpath('//form[@id="take-next"]')]
