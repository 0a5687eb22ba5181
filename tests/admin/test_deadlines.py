"""Deadlines in the admin: editors set them on the claim page, everyone sees them in the queues."""

import re
from datetime import timedelta

import lxml.html
import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from claims.workflow import take_next
from tests.admin.pages import claim_url, errors_of, form_data, messages_of, submit
from tests.admin.test_queues import ALL, AWAITING, MY_QUEUE, UNASSIGNED, listed
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, make_claim, published_claim

pytestmark = pytest.mark.django_db


def days(n: float):
    return timezone.now() + timedelta(days=n)


def deadline_cells(client, url) -> list[str]:
    page = lxml.html.fromstring(client.get(url).content.decode())
    return [" ".join(td.text_content().split()) for td in page.xpath("//td[@class='field-deadline_display']")]


def test_an_editor_sets_a_deadline_on_the_claim_page(client, editor):
    claim = make_claim()
    client.force_login(editor)
    page = client.get(claim_url(claim))

    response = submit(client, page, "Save", {"deadline_0": "2031-03-14", "deadline_1": "17:30:00"})

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.deadline == timezone.make_aware(timezone.datetime(2031, 3, 14, 17, 30))
    assert claim.history.first().history_change_reason == "deadline"


def test_a_reviewer_sees_the_deadline_but_the_page_offers_no_way_to_change_it(client, reviewer):
    claim = claim_in_review(reviewer, deadline=days(-2))
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    state = lxml.html.fromstring(page.content.decode()).xpath("string(//p[@class='claim-state'])")
    assert "deadline: ⚠ Overdue by 2 days" in " ".join(state.split())
    assert not {"deadline_0", "deadline_1"} & set(form_data(page))

    with pytest.raises(AssertionError, match="the page has no field 'deadline_0'"):
        submit(client, page, "Save", {"deadline_0": "2031-03-14", "deadline_1": "17:30:00"})


def test_a_reviewer_posting_a_deadline_by_hand_changes_nothing(client, reviewer):
    due = days(3)
    claim = claim_in_review(reviewer, deadline=due)
    client.force_login(reviewer)
    data = {**form_data(client.get(claim_url(claim))), "deadline_0": "2031-03-14", "deadline_1": "17:30:00"}
    client.post(claim_url(claim), {**data, "_continue": "Save"})
    claim.refresh_from_db()
    assert claim.deadline == due


def test_a_deadline_the_editor_types_wrong_is_a_form_error_and_nothing_is_saved(client, editor):
    claim = make_claim()
    client.force_login(editor)
    page = client.get(claim_url(claim))
    response = submit(client, page, "Save", {"deadline_0": "next friday", "deadline_1": "17:30:00"})
    assert response.status_code == 200
    assert "Enter a valid date." in response.content.decode()
    claim.refresh_from_db()
    assert (claim.deadline, claim.version) == (None, 1)


@pytest.mark.parametrize("url", [ALL, UNASSIGNED])
def test_the_lists_say_overdue_in_words_and_when_the_rest_are_due(client, editor, url):
    make_claim(deadline=days(-3))
    make_claim(deadline=days(2) + timedelta(hours=1))
    make_claim()
    client.force_login(editor)
    assert deadline_cells(client, url) == ["⚠ Overdue by 3 days", "due in 2 days", "—"]


def test_my_queue_and_awaiting_my_sign_off_show_the_deadline(client, reviewer, editor):
    claim_in_review(reviewer, deadline=days(-1))
    waiting = claim_awaiting_sign_off(reviewer)
    Claim.objects.filter(pk=waiting.pk).update(deadline=days(-1))
    client.force_login(reviewer)
    assert deadline_cells(client, MY_QUEUE) == ["⚠ Overdue by 1 day"]
    client.force_login(editor)
    assert deadline_cells(client, AWAITING) == ["⚠ Overdue by 1 day"]


def test_the_unassigned_list_starts_with_the_claim_take_next_would_give(client, reviewer):
    urgent = make_claim(priority=1.0)
    later, overdue = make_claim(priority=0.0, deadline=days(4)), make_claim(priority=0.0, deadline=days(-1))
    client.force_login(reviewer)
    assert listed(client, UNASSIGNED) == [overdue.pk, later.pk, urgent.pk]
    assert take_next(reviewer) == overdue


def test_the_claims_list_filters_overdue_and_due_this_week(client, editor):
    overdue, this_week = make_claim(deadline=days(-1)), make_claim(deadline=days(6))
    make_claim(deadline=days(8)), make_claim(status=ClaimStatus.PUBLISHED, deadline=days(-1))
    undated = make_claim()
    client.force_login(editor)
    page = client.get(ALL).content.decode()
    assert re.search(r"By deadline.*Overdue.*Due this week", page, re.S)
    assert listed(client, ALL, due="overdue") == [overdue.pk]
    assert listed(client, ALL, due="week") == [this_week.pk]
    assert listed(client, ALL, due="none") == [undated.pk]


def test_changing_the_deadline_shows_saved(client, editor):
    claim = make_claim(deadline=days(5))
    client.force_login(editor)
    response = submit(
        client, client.get(claim_url(claim)), "Save", {"deadline_0": "", "deadline_1": ""}, follow=True
    )
    assert messages_of(response) == ["Saved."]
    claim.refresh_from_db()
    assert claim.deadline is None
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in response.redirect_chain[-1][0]


def test_a_deadline_already_passed_is_refused_beside_the_box(client, editor):
    claim = make_claim()
    client.force_login(editor)
    page = client.get(claim_url(claim))
    response = submit(client, page, "Save", {"deadline_0": "2020-03-14", "deadline_1": "17:30:00"})
    assert errors_of(response) == ["That time has passed: give a deadline still to come."]
    claim.refresh_from_db()
    assert claim.deadline is None


def test_a_claim_past_its_deadline_can_still_be_saved_unchanged(client, editor):
    claim = make_claim(deadline=days(-1), speaker="Jane Minister")
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Save", {"speaker": "Jane Q. Minister"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.speaker == "Jane Q. Minister" and claim.is_overdue()


def test_a_closed_claim_past_its_deadline_is_not_called_overdue(client, reviewer, editor):
    done = published_claim(reviewer, editor)
    Claim.objects.filter(pk=done.pk).update(deadline=days(-3))
    client.force_login(editor)
    cells = deadline_cells(client, ALL + "?status__exact=published")
    assert len(cells) == 1 and cells[0].startswith("was due ") and "Overdue" not in cells[0]


def test_an_editor_sets_the_deadline_of_several_claims_at_once_naming_those_it_cannot(
    client, reviewer, editor
):
    first, second, done = make_claim(), claim_in_review(reviewer), published_claim(reviewer, editor)
    client.force_login(editor)
    changes = {"action": "set_deadline_selected", "_selected_action": [first.pk, second.pk, done.pk]}
    confirm = submit(client, client.get(ALL), "Go", changes, form_id="changelist-form")
    assert first.deadline is None and "Will be left as it is" in confirm.content.decode()

    response = submit(
        client,
        confirm,
        "Set the deadline of 2 claims",
        {"deadline_0": "2031-03-14", "deadline_1": "17:30:00"},
        form_id="bulk_form",
        follow=True,
    )

    due = timezone.make_aware(timezone.datetime(2031, 3, 14, 17, 30))
    assert [Claim.objects.get(pk=c.pk).deadline for c in (first, second, done)] == [due, due, None]
    success, error = messages_of(response)
    assert success == "Set the deadline of 2 claim(s)."
    assert error.startswith(f"Not changed, left as they were: #{done.pk} “") and "“Published”" in error


def test_a_bulk_deadline_already_passed_is_refused_beside_the_box(client, editor):
    claim = make_claim()
    client.force_login(editor)
    changes = {"action": "set_deadline_selected", "_selected_action": [claim.pk]}
    confirm = submit(client, client.get(ALL), "Go", changes, form_id="changelist-form")
    response = submit(
        client,
        confirm,
        "Set the deadline of 1 claim",
        {"deadline_0": "2020-01-01", "deadline_1": "09:00"},
        form_id="bulk_form",
    )
    assert errors_of(response) == ["That time has passed: give a deadline still to come."]
    assert Claim.objects.get(pk=claim.pk).deadline is None


def test_reviewers_are_not_offered_bulk_deadlines_and_cannot_post_them(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    page = client.get(ALL)
    offered = lxml.html.fromstring(page.content.decode()).xpath("//select[@name='action']/option/@value")
    assert "set_deadline_selected" not in offered
    data = {
        **form_data(page, "changelist-form"),
        "action": "set_deadline_selected",
        "_selected_action": [claim.pk],
    }
    data.update(confirm="yes", deadline_0="2031-03-14", deadline_1="17:30:00")
    client.post(ALL, data)
    assert Claim.objects.get(pk=claim.pk).deadline is None
