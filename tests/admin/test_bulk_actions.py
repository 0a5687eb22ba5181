"""Bulk dismiss and promote on the claim lists: through the workflow, refusals named, nothing half-done."""

import lxml.html
import pytest

from claims.models import Claim, ClaimStatus
from tests.admin.pages import errors_of, form_data, messages_of, submit
from tests.admin.test_queues import ALL, AWAITING, MY_QUEUE, UNASSIGNED
from tests.workflow.factories import claim_in_review, make_claim, published_claim

pytestmark = pytest.mark.django_db
LIST_FORM = "changelist-form"
DISMISS_FORM = "bulk_form"


def run_action(client, url, action: str, claims, **kwargs):
    """Tick `claims` on the list page, choose `action` and press Go, as a browser would."""
    page = client.get(url)
    changes = {"action": action, "_selected_action": [c.pk for c in claims]}
    return submit(client, page, "Go", changes, form_id=LIST_FORM, **kwargs)


def statuses(*claims) -> list[str]:
    return [Claim.objects.get(pk=c.pk).status for c in claims]


def test_dismissing_in_bulk_asks_first_then_dismisses_with_the_kind_and_reason(client, editor):
    new, queued = make_claim(status=ClaimStatus.NEW), make_claim()
    client.force_login(editor)

    confirm = run_action(client, ALL, "dismiss_selected", [new, queued])

    assert statuses(new, queued) == [ClaimStatus.NEW, ClaimStatus.QUEUED]  # nothing yet
    assert "Dismiss the selected claims?" in confirm.content.decode()
    done = submit(
        client,
        confirm,
        "Dismiss 2 claims",
        {"dismissal": "out_of_scope", "reason": "Sports results"},
        form_id=DISMISS_FORM,
        follow=True,
    )
    assert messages_of(done) == ["Dismissed 2 claim(s)."]
    for claim in (new, queued):
        claim.refresh_from_db()
        assert (claim.status, claim.dismissal_reason) == (
            ClaimStatus.DISMISSED,
            "Out of scope: Sports results",
        )
        assert claim.history.first().history_change_reason == "dismiss"
        assert claim.history.first().history_user == editor


def test_claims_that_cannot_be_dismissed_are_named_before_and_after_and_left_untouched(
    client, reviewer, editor
):
    queued = make_claim(text="Unemployment fell to 3 percent.")
    done = published_claim(reviewer, editor)
    before = Claim.objects.get(pk=done.pk)
    client.force_login(editor)

    confirm = run_action(client, ALL, "dismiss_selected", [queued, done])
    refused = lxml.html.fromstring(confirm.content.decode()).xpath("//li[@class='refused']")
    assert len(refused) == 1
    assert f"#{done.pk}" in refused[0].text_content()
    assert "Will be left as it is" in refused[0].text_content()
    result = submit(
        client,
        confirm,
        "Dismiss 1 claim",
        {"dismissal": "not_checkworthy", "reason": "Opinion"},
        form_id=DISMISS_FORM,
        follow=True,
    )

    assert statuses(queued, done) == [ClaimStatus.DISMISSED, ClaimStatus.PUBLISHED]
    after = Claim.objects.get(pk=done.pk)
    assert (after.version, after.dismissal_reason, after.updated_at) == (
        before.version,
        "",
        before.updated_at,
    )
    success, error = messages_of(result)
    assert success == "Dismissed 1 claim(s)."
    assert error.startswith(f"Not dismissed, left as they were: #{done.pk} “")
    assert "it is “Published”" in error


def test_the_confirmation_shows_each_error_beside_its_own_box_and_dismisses_nothing(client, editor):
    claim = make_claim()
    client.force_login(editor)
    confirm = run_action(client, ALL, "dismiss_selected", [claim])

    response = submit(client, confirm, "Dismiss 1 claim", {}, form_id=DISMISS_FORM)

    page = lxml.html.fromstring(response.content.decode())

    def errors_in(row: str) -> list[str]:
        return [
            e.text_content()
            for e in page.xpath(f"//div[contains(@class, 'field-{row}')]//ul[@class='errorlist']/li")
        ]

    assert errors_in("dismissal") == ["Choose what to dismiss as: not check-worthy, out of scope, duplicate."]
    assert errors_in("reason") == ["Say why these claims are dismissed; it is kept on record."]
    assert statuses(claim) == [ClaimStatus.QUEUED]

    response = submit(
        client,
        response,
        "Dismiss 1 claim",
        {"dismissal": "duplicate", "reason": "Same as before"},
        form_id=DISMISS_FORM,
    )
    assert errors_of(response) == ["Give the number of the earlier claim this repeats."]
    assert statuses(claim) == [ClaimStatus.QUEUED]


def test_claims_dismissed_as_duplicates_in_bulk_point_to_the_earlier_claim(client, editor):
    earlier, first, second = make_claim(), make_claim(), make_claim()
    client.force_login(editor)
    confirm = run_action(client, UNASSIGNED, "dismiss_selected", [first, second])
    submit(
        client,
        confirm,
        "Dismiss 2 claims",
        {"dismissal": "duplicate", "duplicate_of_id": earlier.pk, "reason": "Repeated in the follow-up"},
        form_id=DISMISS_FORM,
    )
    assert list(Claim.objects.filter(duplicate_of=earlier).order_by("pk")) == [first, second]
    assert statuses(earlier) == [ClaimStatus.QUEUED]


def test_claim_text_on_the_confirmation_page_is_escaped(client, editor):
    claim = make_claim(text="<script>alert('x')</script> said the minister")
    client.force_login(editor)
    html = run_action(client, ALL, "dismiss_selected", [claim]).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_reviewers_are_not_offered_bulk_dismiss_and_cannot_post_it(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    page = client.get(ALL)
    offered = lxml.html.fromstring(page.content.decode()).xpath("//select[@name='action']/option/@value")
    assert "dismiss_selected" not in offered and "promote_selected" in offered
    data = {**form_data(page, LIST_FORM), "action": "dismiss_selected", "_selected_action": [claim.pk]}
    data.update(confirm="yes", dismissal="out_of_scope", reason="Not ours")
    client.post(ALL, data)
    assert statuses(claim) == [ClaimStatus.QUEUED]


def test_promoting_in_bulk_queues_new_claims_and_names_the_ones_it_cannot(client, reviewer):
    new = [make_claim(status=ClaimStatus.NEW) for _ in range(2)]
    working = claim_in_review(reviewer, text="The deficit doubled since 2010.")
    client.force_login(reviewer)

    response = run_action(client, ALL, "promote_selected", [*new, working], follow=True)

    assert statuses(*new, working) == [ClaimStatus.QUEUED, ClaimStatus.QUEUED, ClaimStatus.IN_REVIEW]
    success, error = messages_of(response)
    assert success == "Queued 2 claim(s) for review."
    assert error.startswith(
        f"Not queued, left as they were: #{working.pk} “The deficit doubled since 2010.”: "
    )


@pytest.mark.parametrize(
    ("url", "offered"),
    [
        (ALL, ["assign_selected", "promote_selected", "dismiss_selected", "set_deadline_selected"]),
        (UNASSIGNED, ["assign_selected", "dismiss_selected", "set_deadline_selected"]),
        (MY_QUEUE, ["assign_selected", "dismiss_selected", "set_deadline_selected"]),
        (AWAITING, []),
    ],
)
def test_each_list_offers_only_the_bulk_steps_its_claims_can_take(client, editor, url, offered):
    make_claim(), claim_in_review(editor)
    client.force_login(editor)
    page = lxml.html.fromstring(client.get(url).content.decode())
    assert [v for v in page.xpath("//select[@name='action']/option/@value") if v] == offered


def stale_refusal(claim, nothing_done: str) -> str:
    """The list's message when a selected claim changed after the list was loaded: the claim
    page's conflict text, naming the claim, and that nothing was done."""
    changed = claim.history.first().history_date
    return (
        f"{nothing_done}: #{claim.pk} “{claim.text}”: This claim was changed by eddie at "
        f"{changed:%H:%M:%S} while you were editing it (you loaded version 1). Your changes were not "
        "saved and theirs are kept: reload the page and make your edit again."
    )


def changed_by(user, claim) -> None:
    """Someone else edits the claim (on its page, in effect) after the list was loaded."""
    claim = Claim.objects.get(pk=claim.pk)
    claim.speaker, claim._history_user = "The minister", user
    claim.save()


def state_of(*claims) -> list[tuple]:
    return [Claim.objects.filter(pk=c.pk).values_list("status", "assignee", "version").get() for c in claims]


@pytest.mark.parametrize(
    ("action", "status", "nothing_done"),
    [
        ("assign_selected", ClaimStatus.QUEUED, "Nobody was assigned"),
        ("promote_selected", ClaimStatus.NEW, "No claim was queued"),
        ("dismiss_selected", ClaimStatus.QUEUED, "No claim was dismissed"),  # before asking
    ],
)
def test_a_bulk_step_from_a_list_loaded_before_a_claim_changed_changes_none_of_them(
    client, editor, other_editor, reviewer, action, status, nothing_done
):
    first, second = make_claim(status=status), make_claim(status=status, text="Rents fell.")
    client.force_login(editor)
    stale_list = client.get(ALL)
    changed_by(other_editor, second)
    before = state_of(first, second)

    changes = {"action": action, "_selected_action": [first.pk, second.pk], "assignee": reviewer.pk}
    response = submit(client, stale_list, "Go", changes, form_id=LIST_FORM, follow=True)

    assert messages_of(response) == [stale_refusal(second, nothing_done)]
    assert state_of(first, second) == before


def test_a_claim_changed_while_the_bulk_dismiss_page_is_open_leaves_every_selected_claim_as_it_was(
    client, editor, other_editor
):
    first, second = make_claim(), make_claim(text="Rents fell.")
    client.force_login(editor)
    confirm = run_action(client, ALL, "dismiss_selected", [first, second])
    changed_by(other_editor, second)

    response = submit(
        client,
        confirm,
        "Dismiss 2 claims",
        {"dismissal": "out_of_scope", "reason": "Sports results"},
        form_id=DISMISS_FORM,
        follow=True,
    )

    assert messages_of(response) == [stale_refusal(second, "No claim was dismissed")]
    assert statuses(first, second) == [ClaimStatus.QUEUED, ClaimStatus.QUEUED]
    assert Claim.objects.get(pk=first.pk).version == 1


def test_a_bulk_assign_posted_without_the_versions_the_list_carries_assigns_nothing(client, editor, reviewer):
    claim = make_claim()
    client.force_login(editor)

    response = client.post(
        ALL,
        {"action": "assign_selected", "_selected_action": [claim.pk], "assignee": reviewer.pk},
        follow=True,
    )

    assert messages_of(response) == [
        f"Nobody was assigned: #{claim.pk} “{claim.text}”: Your changes to this claim were not saved: the "
        "page did not say which version you loaded, so they could overwrite someone else's. Reload the "
        "page and make your edit again."
    ]
    assert Claim.objects.get(pk=claim.pk).assignee is None
