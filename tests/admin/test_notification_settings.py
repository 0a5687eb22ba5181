"""Each person chooses, on their own settings page, where they are told of each event."""

import lxml.html
import pytest
from django.urls import reverse

from claims import workflow
from claims.conversation import post_comment
from claims.models.notification import EmailStatus
from reviewers.models import Role
from tests.admin.pages import form_data, messages_of, submit
from tests.publishing.factories import publish
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db
SETTINGS = reverse("admin:claims_notification_settings")
FORM = "notification-settings"


def ticked(response) -> dict[str, bool]:
    """Each box on the settings page, by name: ticked or not."""
    data = form_data(response, FORM)
    page = lxml.html.fromstring(response.content.decode())
    names = page.xpath(f"//form[@id='{FORM}']//input[@type='checkbox']/@name")
    return {name: name in data for name in names}


def test_the_page_shows_the_defaults_admin_for_everything_mail_for_send_backs_and_mentions(client, reviewer):
    client.force_login(reviewer)
    boxes = ticked(client.get(SETTINGS))
    assert [name for name, on in boxes.items() if on] == [
        "assigned_admin",
        "submitted_admin",
        "sent_back_admin",
        "sent_back_email",
        "published_admin",
        "mentioned_admin",
        "mentioned_email",
        "taken_off_admin",
    ]
    assert len(boxes) == 13  # two per event, and "Name me on published fact-checks" (off)


def test_a_reviewer_turns_mentions_off_by_mail_and_assignments_on_and_the_workflow_follows(
    client, reviewer, editor
):
    client.force_login(reviewer)
    changes = {"mentioned_email": False, "assigned_email": True, "published_admin": False}
    saved = submit(client, client.get(SETTINGS), "Save", changes, form_id=FORM, follow=True)
    assert messages_of(saved) == ["Your notification settings are saved."]
    boxes = ticked(saved)
    assert (boxes["mentioned_email"], boxes["assigned_email"], boxes["published_admin"]) == (
        False,
        True,
        False,
    )

    post_comment(make_claim(), editor, "@rita look")
    workflow.assign([make_claim()], reviewer, editor)
    statuses = list(reviewer.notifications.order_by("pk").values_list("event", "email_status"))
    assert statuses == [("mentioned", EmailStatus.NOT_WANTED), ("assigned", EmailStatus.PENDING)]


def test_ones_choices_do_not_change_anyone_elses(client, reviewer, editor):
    client.force_login(reviewer)
    submit(client, client.get(SETTINGS), "Save", {"mentioned_admin": False}, form_id=FORM)
    client.force_login(editor)
    assert ticked(client.get(SETTINGS))["mentioned_admin"] is True


def test_a_reviewer_consents_to_be_named_on_their_own_settings_page_and_the_public_page_names_them(
    client, reviewer, editor
):
    reviewer.first_name, reviewer.last_name = "Rita", "Reyes"
    reviewer.save()
    verdict = publish(reviewer, editor)
    public_page = f"/checks/{verdict.claim.public_slug}/"
    assert "Rita Reyes" not in client.get(public_page).content.decode()

    client.force_login(reviewer)
    saved = submit(client, client.get(SETTINGS), "Save", {"credit_publicly": True}, form_id=FORM, follow=True)
    assert messages_of(saved) == ["Your notification settings are saved."]
    assert ticked(saved)["credit_publicly"]
    assert list(reviewer.groups.values_list("name", flat=True)) == [Role.REVIEWER]  # role kept
    client.logout()
    assert "Rita Reyes" in client.get(public_page).content.decode()
