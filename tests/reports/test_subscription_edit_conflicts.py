"""Two editors on the report subscriptions at once: a list or page loaded before someone opted a
reader out cannot switch their digest back on; the stale save is refused naming who changed the
row and when, and nothing of it is saved."""

import pytest
from django.urls import reverse

from reports.models import Subscription
from reports.periods import Frequency
from reviewers.models import Role
from tests.admin.pages import errors_of, form_data, submit
from tests.conftest import logged_in, make_user

pytestmark = pytest.mark.django_db

LIST = "changelist-form"
CHANGED_BY_ERIN = (
    "This subscription was changed by erin at {:%H:%M:%S} while you were editing it (you loaded version 1)."
)


@pytest.fixture
def tabs(editor, other_editor):
    """Erin's and Eddie's browsers, both editors."""
    return logged_in(editor), logged_in(other_editor)


@pytest.fixture
def subscriptions(db):
    """Bea's and Bob's weekly digests, both on."""
    return [
        Subscription.objects.create(user=make_user(name, Role.REVIEWER), frequency=Frequency.WEEKLY)
        for name in ("bea", "bob")
    ]


def change_url(subscription) -> str:
    return reverse("admin:reports_subscription_change", args=[subscription.pk])


def row_of(page, subscription) -> str:
    """The list's form prefix of the subscription's row ("form-1")."""
    data = form_data(page, LIST)
    (row,) = [name for name, value in data.items() if name.endswith("-id") and value == str(subscription.pk)]
    return row.removesuffix("-id")


def changed_by_erin(subscription) -> str:
    return CHANGED_BY_ERIN.format(subscription.history.first().history_date)


def test_a_list_loaded_before_an_opt_out_does_not_switch_the_digest_back_on(tabs, subscriptions):
    erin, eddie = tabs
    opted_out, other = subscriptions
    stale = eddie.get(reverse("admin:reports_subscription_changelist"))
    submit(erin, erin.get(change_url(opted_out)), "Save", {"is_active": False})

    refused = submit(eddie, stale, "Save", {f"{row_of(stale, other)}-is_active": False}, form_id=LIST)

    assert refused.status_code == 200
    assert any(error.startswith(changed_by_erin(opted_out)) for error in errors_of(refused))
    assert Subscription.objects.get(pk=opted_out.pk).is_active is False
    assert Subscription.objects.get(pk=other.pk).is_active is True


def test_a_subscription_page_loaded_before_an_opt_out_saves_nothing(tabs, subscriptions):
    erin, eddie = tabs
    opted_out = subscriptions[0]
    stale = eddie.get(change_url(opted_out))
    submit(erin, erin.get(change_url(opted_out)), "Save", {"is_active": False})

    refused = submit(eddie, stale, "Save", {"frequency": Frequency.DAILY})

    assert refused.status_code == 200
    assert errors_of(refused)[0].startswith(changed_by_erin(opted_out))
    stored = Subscription.objects.get(pk=opted_out.pk)
    assert (stored.is_active, stored.frequency) == (False, Frequency.WEEKLY)


def test_a_fresh_subscription_list_still_saves(tabs, subscriptions):
    erin, _ = tabs
    page = erin.get(reverse("admin:reports_subscription_changelist"))

    submit(erin, page, "Save", {f"{row_of(page, subscriptions[1])}-is_active": False}, form_id=LIST)

    assert Subscription.objects.get(pk=subscriptions[1].pk).is_active is False


def delete_on_its_page(tab, subscription):
    page = tab.get(reverse("admin:reports_subscription_delete", args=[subscription.pk]))
    return tab.post(page.wsgi_request.path, {"post": "yes"})


def delete_selected(tab, subscription):
    chosen = {"action": "delete_selected", "_selected_action": [subscription.pk], "post": "yes"}
    return tab.post(reverse("admin:reports_subscription_changelist"), chosen)


@pytest.mark.parametrize("how", [delete_on_its_page, delete_selected], ids=["page", "delete-selected"])
def test_an_opt_out_cannot_be_deleted_to_switch_the_default_digest_back_on(
    newsroom_admin, subscriptions, how
):
    opted_out = subscriptions[0]
    Subscription.objects.filter(pk=opted_out.pk).update(is_active=False)

    how(logged_in(newsroom_admin), opted_out)

    assert Subscription.objects.filter(pk=opted_out.pk, is_active=False).exists()
