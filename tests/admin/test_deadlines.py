"""Deadlines in the admin: editors set them on the claim page, everyone sees them in the queues."""

import re
from datetime import timedelta

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.admin.claim import ClaimAdmin
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


def bulk_deadline_page(client, list_page, pks, **changes):
    """Tick `pks` on the list page already loaded, choose "Set the deadline" and press Go."""
    changes = {"action": "set_deadline_selected", "_selected_action": list(pks), **changes}
    return submit(client, list_page, "Go", changes, form_id="changelist-form", follow=True)


def confirm_bulk_deadline(client, confirm, label: str, day: str = "2031-03-14", time: str = "17:30:00"):
    """Give the deadline on the confirmation page and press its button (`label`)."""
    deadline = {"deadline_0": day, "deadline_1": time}
    return submit(client, confirm, label, deadline, form_id="bulk_form", follow=True)


def test_an_editor_sets_the_deadline_of_several_claims_at_once_naming_those_it_cannot(
    client, reviewer, editor
):
    first, second, done = make_claim(), claim_in_review(reviewer), published_claim(reviewer, editor)
    client.force_login(editor)
    confirm = bulk_deadline_page(client, client.get(ALL), [first.pk, second.pk, done.pk])
    assert first.deadline is None and "Will be left as it is" in confirm.content.decode()

    response = confirm_bulk_deadline(client, confirm, "Set the deadline of 2 claims")

    due = timezone.make_aware(timezone.datetime(2031, 3, 14, 17, 30))
    assert [Claim.objects.get(pk=c.pk).deadline for c in (first, second, done)] == [due, due, None]
    success, error = messages_of(response)
    assert success == "Set the deadline of 2 claim(s)."
    assert error.startswith(f"Not changed, left as they were: #{done.pk} “") and "“Published”" in error


def test_a_bulk_deadline_already_passed_is_refused_beside_the_box(client, editor):
    claim = make_claim()
    client.force_login(editor)
    confirm = bulk_deadline_page(client, client.get(ALL), [claim.pk])
    response = confirm_bulk_deadline(client, confirm, "Set the deadline of 1 claim", "2020-01-01", "09:00")
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


def bulk_deadline_refusal(claim) -> str:
    """What the list says when a selected claim changed after the page was loaded: the claim
    page's own conflict message, naming the claim, and that nothing was changed."""
    changed = claim.history.first().history_date
    return (
        f"No deadline was set: #{claim.pk} “{claim.text}”: This claim was changed by eddie at "
        f"{changed:%H:%M:%S} while you were editing it (you loaded version 1). Your changes were not "
        "saved and theirs are kept: reload the page and make your edit again."
    )


def deadline_set_on_its_page_by(client, user, claim) -> None:
    client.force_login(user)
    page = client.get(claim_url(claim))
    submit(client, page, "Save", {"deadline_0": "2032-01-05", "deadline_1": "09:00:00"})


def test_a_bulk_deadline_from_a_list_loaded_before_a_claim_changed_is_refused_whole(
    client, editor, other_editor
):
    first, second = make_claim(text="Bus fares doubled."), make_claim(text="Rents fell.")
    client.force_login(editor)
    stale_list = client.get(ALL)
    deadline_set_on_its_page_by(Client(), other_editor, second)
    theirs = Claim.objects.get(pk=second.pk).deadline

    response = bulk_deadline_page(client, stale_list, [first.pk, second.pk])

    assert messages_of(response) == [bulk_deadline_refusal(second)]
    assert [Claim.objects.get(pk=c.pk).deadline for c in (first, second)] == [None, theirs]


def test_a_claim_changed_while_the_bulk_deadline_page_is_open_leaves_every_selected_claim_as_it_was(
    client, editor, other_editor
):
    first, second = make_claim(text="Bus fares doubled."), make_claim(text="Rents fell.")
    client.force_login(editor)
    confirm = bulk_deadline_page(client, client.get(ALL), [first.pk, second.pk])
    deadline_set_on_its_page_by(Client(), other_editor, second)
    theirs = Claim.objects.get(pk=second.pk).deadline

    response = confirm_bulk_deadline(client, confirm, "Set the deadline of 2 claims")

    assert messages_of(response) == [bulk_deadline_refusal(second)]
    assert [Claim.objects.get(pk=c.pk).deadline for c in (first, second)] == [None, theirs]
    assert Claim.objects.get(pk=first.pk).version == 1


def test_a_bulk_deadline_posted_without_the_versions_its_page_carries_changes_nothing(client, editor):
    claim = make_claim()
    client.force_login(editor)
    confirm = bulk_deadline_page(client, client.get(ALL), [claim.pk])
    data = {k: v for k, v in form_data(confirm, "bulk_form").items() if not k.startswith("version-")}

    response = client.post(
        ALL, {**data, "confirm": "yes", "deadline_0": "2031-03-14", "deadline_1": "17:30"}, follow=True
    )

    assert messages_of(response) == [
        f"No deadline was set: #{claim.pk} “{claim.text}”: Your changes to this claim were not saved: the "
        "page did not say which version you loaded, so they could overwrite someone else's. Reload the "
        "page and make your edit again."
    ]
    assert Claim.objects.get(pk=claim.pk).deadline is None


def test_a_bulk_deadline_for_every_page_of_the_list_reaches_the_claims_not_shown(client, editor, monkeypatch):
    monkeypatch.setattr(ClaimAdmin, "list_per_page", 1)
    make_claim(text="Bus fares doubled."), make_claim(text="Rents fell.")
    client.force_login(editor)
    page = client.get(ALL)
    (shown,) = listed(client, ALL)
    confirm = bulk_deadline_page(client, page, [shown], select_across="1")

    response = confirm_bulk_deadline(client, confirm, "Set the deadline of 2 claims")

    assert messages_of(response) == ["Set the deadline of 2 claim(s)."]
    assert Claim.objects.filter(deadline__isnull=False).count() == 2
