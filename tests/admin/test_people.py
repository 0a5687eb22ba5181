"""The user pages: the admin role manages newsroom accounts, but only superusers grant rank
(superuser status, groups, permissions), touch a superuser's account or set others' passwords."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from reviewers.models import Reviewer, Role, RoleGrant
from reviewers.role_audit import audit
from tests.admin.pages import errors_of, form_data, submit
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db


def user_url(user) -> str:
    return reverse("admin:auth_user_change", args=[user.pk])


def password_url(user) -> str:
    return reverse("admin:auth_user_password_change", args=[user.pk])


@pytest.fixture
def boss(db):
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")


def test_the_admin_role_cannot_make_itself_superuser_or_grant_itself_permissions(client, newsroom_admin):
    client.force_login(newsroom_admin)
    page = client.get(user_url(newsroom_admin))
    anything = Permission.objects.get(codename="delete_user")
    data = {
        **form_data(page, "user_form"),
        "first_name": "Ada",
        "is_superuser": "on",
        "user_permissions": [str(anything.pk)],
    }

    response = client.post(user_url(newsroom_admin), data)

    assert response.status_code == 302
    ada = get_user_model().objects.get(pk=newsroom_admin.pk)
    assert ada.first_name == "Ada"  # the rest of the form was saved
    assert not ada.is_superuser
    assert not ada.has_perm("auth.delete_user")
    html = page.content.decode()
    assert 'name="is_superuser"' not in html and 'name="user_permissions"' not in html


def test_the_admin_role_cannot_change_a_superusers_account(client, newsroom_admin, boss):
    client.force_login(newsroom_admin)
    page = client.get(user_url(boss))
    data = {**form_data(page, "user_form"), "username": "boss", "email": "ada@example.org"}

    response = client.post(user_url(boss), data)

    assert response.status_code == 403
    boss.refresh_from_db()
    assert boss.email == "boss@example.org"


@pytest.mark.parametrize("whose", ["boss", "editor", "newsroom_admin"])
def test_only_a_superuser_sets_another_users_password(client, request, newsroom_admin, boss, whose):
    target = request.getfixturevalue(whose)
    client.force_login(newsroom_admin)
    new = {"password1": "another-Secret-42", "password2": "another-Secret-42", "usable_password": "true"}

    opened = client.get(password_url(target))
    posted = client.post(password_url(target), new)

    expected = 200 if target == newsroom_admin else 403
    assert opened.status_code == expected
    assert (posted.status_code == 302) is (target == newsroom_admin)
    target.refresh_from_db()
    assert target.check_password("another-Secret-42") is (target == newsroom_admin)


def test_a_superuser_grants_superuser_status_and_sets_passwords(client, boss, newsroom_admin):
    client.force_login(boss)
    page = client.get(user_url(newsroom_admin))
    client.post(user_url(newsroom_admin), {**form_data(page, "user_form"), "is_superuser": "on"})
    new = {"password1": "another-Secret-42", "password2": "another-Secret-42", "usable_password": "true"}
    client.post(password_url(newsroom_admin), new)

    newsroom_admin.refresh_from_db()
    assert newsroom_admin.is_superuser
    assert newsroom_admin.check_password("another-Secret-42")


def test_a_reviewer_whose_profile_the_admin_deletes_no_longer_sees_the_claims(
    client, newsroom_admin, reviewer
):
    """Staff with no role see nothing: deleting the reviewer profile takes the role's access away."""
    claim = make_claim()
    profile_url = reverse("admin:reviewers_reviewer_delete", args=[reviewer.reviewer.pk])
    client.force_login(newsroom_admin)
    assert client.post(profile_url, {"post": "yes"}).status_code == 302

    client.force_login(reviewer)
    assert client.get(reverse("admin:claims_claim_change", args=[claim.pk])).status_code in (302, 403, 404)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 403


def test_deleting_a_reviewer_profile_is_on_record_and_the_role_audit_finds_nothing(
    client, newsroom_admin, editor
):
    client.force_login(newsroom_admin)
    changelist = reverse("admin:reviewers_reviewer_changelist")
    chosen = {"action": "delete_selected", "_selected_action": [editor.reviewer.pk], "post": "yes"}
    assert client.post(changelist, chosen).status_code == 302

    editor.refresh_from_db()
    assert not editor.groups.exists() and not editor.has_perm("claims.sign_off_claim")
    kept = RoleGrant.objects.filter(user=editor).first()
    assert (kept.change, kept.granted_by, kept.promotion) == ("role: Editor -> none", newsroom_admin, False)
    assert audit(record=False) == []


def test_deleting_an_account_with_its_reviewer_profile_still_works(client, boss, reviewer):
    client.force_login(boss)
    url = reverse("admin:auth_user_delete", args=[reviewer.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not get_user_model().objects.filter(pk=reviewer.pk).exists()


STALE = "was changed by someone else since you loaded this page"


def test_a_stale_reviewer_profile_page_does_not_undo_a_role_given_meanwhile(
    client, newsroom_admin, boss, reviewer
):
    profile_url = reverse("admin:reviewers_reviewer_change", args=[reviewer.reviewer.pk])
    client.force_login(newsroom_admin)
    stale = client.get(profile_url)
    other = client_for(boss)
    submit(other, other.get(profile_url), "Save", {"role": Role.EDITOR}, form_id="reviewer_form")

    refused = submit(client, stale, "Save", {"max_open_assignments": "3"}, form_id="reviewer_form")

    assert refused.status_code == 200 and any(STALE in error for error in errors_of(refused))
    profile = Reviewer.objects.get(pk=reviewer.reviewer.pk)
    assert (profile.role, profile.max_open_assignments) == (
        Role.EDITOR,
        reviewer.reviewer.max_open_assignments,
    )
    assert not RoleGrant.objects.filter(user=reviewer, change="role: Editor -> Reviewer").exists()


def test_a_stale_user_page_does_not_take_away_a_group_given_meanwhile(client, boss, reviewer):
    client.force_login(boss)
    stale = client.get(user_url(reviewer))
    other = client_for(
        get_user_model().objects.create_superuser("chief", "chief@example.org", "pw-123-chief")
    )
    groups = [str(g.pk) for g in Group.objects.filter(name__in=[Role.REVIEWER, Role.EDITOR])]
    submit(other, other.get(user_url(reviewer)), "Save", {"groups": groups}, form_id="user_form")

    refused = submit(client, stale, "Save", {"first_name": "Rita"}, form_id="user_form")

    assert refused.status_code == 200 and any(STALE in error for error in errors_of(refused))
    assert set(reviewer.groups.values_list("name", flat=True)) == {Role.REVIEWER, Role.EDITOR}


def client_for(user):
    other = Client()
    other.force_login(user)
    return other
