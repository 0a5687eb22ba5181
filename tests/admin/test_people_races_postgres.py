"""People pages saved in the same instant, on real connections (PostgreSQL): the page's digest
is checked on the row as locked, so the second save is checked against the first one's result
(refused when its page no longer shows the row), and a role given on the profile page is never
undone by a user page saved at that moment; two people joining an empty group at once report
its powers once."""

import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client
from django.urls import reverse

from reviewers import role_audit
from reviewers.admin import LoadedStateForm
from reviewers.models import Reviewer, Role, RoleGrant
from tests.admin.pages import errors_of, messages_of, submit
from tests.conftest import make_user
from tests.workflow.concurrency import run_together

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

STALE = "was changed by someone else since you loaded this page"


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks between connections need PostgreSQL; run with DATABASE_URL=postgres://...")


@pytest.fixture
def checked(monkeypatch) -> threading.Event:
    """The first save whose page passes its digest check waits 0.8 s before it writes; the
    event is set as it starts waiting."""
    event = threading.Event()
    real = LoadedStateForm.clean

    def slowly(form):
        cleaned = real(form)
        if not event.is_set():
            event.set()
            time.sleep(0.8)
        return cleaned

    monkeypatch.setattr(LoadedStateForm, "clean", slowly)
    return event


def superuser(name: str):
    return get_user_model().objects.create_superuser(name, f"{name}@example.org", "pw-for-tests-123")


def opened(user, url: str):
    client = Client()
    client.force_login(user)
    return client, client.get(url)


def saving(tab, changes: dict, form_id: str, after: threading.Event | None = None):
    """A step for run_together: save `changes` on the page (once `after` is set); what it showed."""

    def step():
        if after is not None:
            after.wait(10)
        response = submit(*tab, "Save", changes, form_id=form_id, follow=True)
        return response.status_code, messages_of(response) + errors_of(response)

    return (step,)


def saved_and_refused(outcomes) -> tuple[int, int]:
    assert [status for status, _ in outcomes] == [200, 200], outcomes
    refused = [shown for _, shown in outcomes if any(STALE in line for line in shown)]
    return len(outcomes) - len(refused), len(refused)


def run(steps) -> list:
    return run_together(lambda step: step(), steps)


def profile_url(user) -> str:
    return reverse("admin:reviewers_reviewer_change", args=[user.reviewer.pk])


def user_url(user) -> str:
    return reverse("admin:auth_user_change", args=[user.pk])


def group_pks(*names) -> list[str]:
    return [str(pk) for pk in Group.objects.filter(name__in=names).values_list("pk", flat=True)]


def test_a_profile_saved_while_another_admins_save_of_it_is_under_way_is_refused(checked):
    rita = make_user("rita", Role.REVIEWER)
    ada = opened(make_user("ada", Role.ADMIN), profile_url(rita))
    boss = opened(superuser("boss"), profile_url(rita))

    outcomes = run(
        [
            saving(ada, {"max_open_assignments": "3"}, "reviewer_form"),
            saving(boss, {"role": Role.EDITOR}, "reviewer_form", after=checked),
        ]
    )

    assert saved_and_refused(outcomes) == (1, 1), outcomes
    profile = Reviewer.objects.get(user=rita)
    assert (profile.role, profile.max_open_assignments) == (Role.REVIEWER, 3)
    assert not RoleGrant.objects.filter(user=rita, change="role: Editor -> Reviewer").exists()


def test_a_user_page_saved_while_another_save_of_it_is_under_way_does_not_take_a_group_away(checked):
    rita = make_user("rita", Role.REVIEWER)
    boss = opened(superuser("boss"), user_url(rita))
    chief = opened(superuser("chief"), user_url(rita))

    outcomes = run(
        [
            saving(boss, {"first_name": "Rita"}, "user_form"),
            saving(chief, {"groups": group_pks(Role.REVIEWER, Role.EDITOR)}, "user_form", after=checked),
        ]
    )

    assert saved_and_refused(outcomes) == (1, 1), outcomes
    rita.refresh_from_db()
    assert (rita.first_name, set(rita.groups.values_list("name", flat=True))) == ("Rita", {Role.REVIEWER})


def test_a_group_page_saved_while_another_save_of_it_is_under_way_does_not_drop_a_permission(checked):
    desk = Group.objects.create(name="night desk")
    url = reverse("admin:auth_group_change", args=[desk.pk])
    boss, chief = opened(superuser("boss"), url), opened(superuser("chief"), url)
    sign_off = str(Permission.objects.get(codename="sign_off_claim").pk)

    outcomes = run(
        [
            saving(boss, {"name": "late desk"}, "group_form"),
            saving(chief, {"permissions": [sign_off]}, "group_form", after=checked),
        ]
    )

    assert saved_and_refused(outcomes) == (1, 1), outcomes
    desk.refresh_from_db()
    assert (desk.name, list(desk.permissions.all())) == ("late desk", [])


def test_a_role_given_while_a_user_page_is_being_saved_keeps_its_group(checked):
    rita = make_user("rita", Role.REVIEWER)
    Group.objects.create(name="night desk")
    boss = opened(superuser("boss"), user_url(rita))
    ada = opened(make_user("ada", Role.ADMIN), profile_url(rita))

    outcomes = run(
        [
            saving(boss, {"groups": group_pks(Role.REVIEWER, "night desk")}, "user_form"),
            saving(ada, {"role": Role.EDITOR}, "reviewer_form", after=checked),
        ]
    )

    assert saved_and_refused(outcomes) == (2, 0), outcomes
    assert Reviewer.objects.get(user=rita).role == Role.EDITOR
    assert set(rita.groups.values_list("name", flat=True)) == {Role.EDITOR, "night desk"}


def test_two_people_joining_an_empty_group_at_once_report_its_powers_once(monkeypatch):
    rita, ravi = make_user("rita", Role.REVIEWER), make_user("ravi", Role.REVIEWER)
    desk = Group.objects.create(name="night desk")
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))  # reaches nobody yet
    reported = threading.Event()
    real = role_audit.record_for_group

    def reported_then_slowly(*args, **kwargs):  # the first report's transaction stays open a while
        real(*args, **kwargs)
        if not reported.is_set():
            reported.set()
            time.sleep(0.8)

    monkeypatch.setattr(role_audit, "record_for_group", reported_then_slowly)
    boss, chief = opened(superuser("boss"), user_url(rita)), opened(superuser("chief"), user_url(ravi))

    outcomes = run(
        [
            saving(boss, {"groups": group_pks(Role.REVIEWER, "night desk")}, "user_form"),
            saving(chief, {"groups": group_pks(Role.REVIEWER, "night desk")}, "user_form", after=reported),
        ]
    )

    assert saved_and_refused(outcomes) == (2, 0), outcomes
    assert set(desk.user_set.values_list("username", flat=True)) == {"rita", "ravi"}
    kept = RoleGrant.objects.filter(username="group night desk").values_list("change", "granted_by__username")
    assert list(kept) == [("permissions: +claims.sign_off_claim", "boss")]
