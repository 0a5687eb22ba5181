"""The role audit: rank given in the database itself (`QuerySet.update`, raw SQL), where no
signal sees it, is found, recorded as found by the audit and told to the editors, once."""

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from reviewers.models import Role, RoleGrant
from reviewers.role_audit import audit
from reviewers.tasks import audit_roles, mail_promotions
from tests.admin.pages import submit
from tests.admin.test_role_grants import front_page_grants, grants_listed

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cast(reviewer, other_reviewer, editor, other_editor, newsroom_admin):
    """The newsroom, its roles given in the app (and so on record), its mails already sent,
    and the audit's first run (its baseline) behind it."""
    RoleGrant.objects.update(mailed_at="2026-01-01T00:00Z")
    audit()


def found_by_audit() -> list[tuple[str, str, bool]]:
    return list(
        RoleGrant.objects.filter(found_by_audit=True)
        .order_by("pk")
        .values_list("username", "change", "promotion")
    )


def run_command(*args) -> str:
    out = StringIO()
    call_command("audit_roles", *args, stdout=out)
    return out.getvalue()


def test_rank_given_in_the_app_is_all_on_record_and_the_audit_finds_nothing(client, reviewer):
    get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    reviewer.groups.add(Group.objects.get(name=Role.EDITOR))
    reviewer.reviewer.role = Role.ADMIN
    reviewer.reviewer.save()
    Group.objects.get(name=Role.REVIEWER).permissions.add(Permission.objects.get(codename="sign_off_claim"))

    assert audit() == []
    assert found_by_audit() == []


def test_the_demo_accounts_of_make_run_are_on_record(settings):
    settings.DEBUG = True
    call_command("load_seeds", stdout=StringIO())

    assert audit() == []


def test_a_superuser_made_with_queryset_update_is_found_recorded_and_mailed_once(client, reviewer, editor):
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)

    assert audit_roles() == 1
    assert audit_roles() == 0  # on record now

    assert found_by_audit() == [("rita", "superuser: no -> yes", True)]
    assert grants_listed(client, editor)[0] == ["rita", "superuser: no -> yes", "found by the role audit"]
    assert any(
        g.startswith("rita — superuser: no -> yes, found by the role audit")
        for g in front_page_grants(client.get(reverse("admin:index")))
    )
    assert mail_promotions() == 1
    (message,) = mail.outbox
    assert message.subject == "[factcheck] rita: superuser: no -> yes (found by the role audit)"
    assert "The role audit found that rita may now do more, with nobody on record" in message.body
    assert "not made in the app" in message.body
    assert sorted(message.bcc) == ["ada@example.org", "eddie@example.org", "erin@example.org"]


def test_groups_and_permissions_given_in_raw_sql_are_found(reviewer):
    user_groups = get_user_model().groups.through._meta.db_table
    group_permissions = Group.permissions.through._meta.db_table
    editors, reviewers = Group.objects.get(name=Role.EDITOR), Group.objects.get(name=Role.REVIEWER)
    sign_off = Permission.objects.get(codename="sign_off_claim")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {user_groups} (user_id, group_id) VALUES (%s, %s)", [reviewer.pk, editors.pk]
        )
        cursor.execute(
            f"INSERT INTO {group_permissions} (group_id, permission_id) VALUES (%s, %s)",
            [reviewers.pk, sign_off.pk],
        )

    audit()

    assert found_by_audit() == [
        ("rita", "groups: +editor", True),
        ("group reviewer", "permissions: +claims.sign_off_claim", True),
    ]
    assert audit() == []


def test_rank_taken_away_in_the_database_is_kept_but_nobody_is_mailed(editor):
    editor.groups.through.objects.filter(user=editor).delete()  # a bulk delete sends no signal

    audit()

    assert found_by_audit() == [("erin", "groups: -editor", False)]
    assert mail_promotions() == 0


def test_the_command_records_what_it_finds_and_says_so_in_one_line(reviewer):
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)

    first, again = run_command(), run_command()

    assert first.splitlines() == [
        "Role audit: 1 change held without a record, now recorded: rita: superuser: no -> yes."
    ]
    assert again.splitlines() == ["Role audit: every rank held is on record."]


def test_a_dry_run_says_what_it_would_record_and_records_nothing(reviewer):
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)

    said = run_command("--dry-run")

    assert said.splitlines() == [
        "Role audit (dry run): 1 change held without a record, not recorded: rita: superuser: no -> yes."
    ]
    assert found_by_audit() == []


def test_recording_without_mail_keeps_the_finding_and_mails_nobody(reviewer):
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)

    run_command("--no-mail")

    assert found_by_audit() == [("rita", "superuser: no -> yes", True)]
    assert mail_promotions() == 0


def test_from_the_shell_a_bad_argument_exits_2_with_one_line():
    done = subprocess.run(
        [sys.executable, "manage.py", "audit_roles", "--everything"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 2
    (line,) = [line for line in done.stderr.splitlines() if "--everything" in line]
    assert line == "audit_roles: unrecognized arguments: --everything (see manage.py audit_roles --help)"
    assert "usage:" not in done.stderr and "Traceback" not in done.stderr


def upgraded_database(reviewer, editor) -> None:
    """A database upgraded from before role grants were recorded: ranks held, none on record,
    no audit run yet."""
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)
    RoleGrant.objects.all().delete()


def test_the_first_audit_of_an_upgraded_database_keeps_the_ranks_held_as_its_baseline_and_mails_nobody(
    client, reviewer, editor
):
    upgraded_database(reviewer, editor)

    audit_roles()

    assert mail_promotions() == 0
    assert mail.outbox == []
    assert RoleGrant.objects.filter(baseline=False).count() == 0
    listed = grants_listed(client, editor)
    assert ["rita", "superuser: no -> yes", "held before grants were recorded"] in listed
    assert ["erin", "groups: +editor", "held before grants were recorded"] in listed
    assert front_page_grants(client.get(reverse("admin:index"))) == []


def test_after_the_baseline_the_audit_mails_what_it_finds_again(client, reviewer, editor, other_editor):
    upgraded_database(reviewer, editor)
    audit_roles()
    get_user_model().objects.filter(pk=other_editor.pk).update(is_superuser=True)

    assert audit_roles() == 1
    assert mail_promotions() == 1
    assert mail.outbox[0].subject == "[factcheck] eddie: superuser: no -> yes (found by the role audit)"
    assert audit_roles() == 0


def test_the_first_run_of_the_command_says_it_recorded_a_baseline(reviewer, editor):
    upgraded_database(reviewer, editor)

    said = run_command()

    assert said.startswith("Role audit: first run, ")
    assert "kept as the baseline, nobody mailed" in said
    assert mail_promotions() == 0


def test_a_fresh_database_takes_its_baseline_on_the_first_audit_even_with_nothing_found(reviewer):
    RoleGrant.objects.filter(baseline=True).delete()

    assert audit() == []
    get_user_model().objects.filter(pk=reviewer.pk).update(is_superuser=True)

    assert [str(found) for found in audit()] == ["rita: superuser: no -> yes"]
    assert mail_promotions() == 1


def test_renaming_a_group_in_the_admin_is_recorded_and_the_audit_finds_nothing(
    client, newsroom_admin, editor
):
    desk = Group.objects.create(name="desk")
    editor.groups.add(desk)
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw-for-tests-123")
    RoleGrant.objects.update(mailed_at="2026-01-01T00:00Z")
    client.force_login(admin)
    page = client.get(reverse("admin:auth_group_change", args=[desk.pk]))
    submit(client, page, "Save", {"name": "night desk"})

    assert Group.objects.get(pk=desk.pk).name == "night desk"
    assert audit() == []
    assert mail_promotions() == 0
    assert ["group night desk", "renamed from: desk", "root"] in grants_listed(client, newsroom_admin)


def test_a_role_group_renamed_in_code_is_no_promotion_to_the_audit(editor):
    group = Group.objects.get(name=Role.EDITOR)
    group.name = "editors (old)"
    group.save()

    assert audit() == []


def test_a_group_with_the_longest_name_django_allows_is_renamed_and_kept(editor):
    """Its grants are kept as "group NAME": 6 characters more than a group's name may have."""
    desk = Group.objects.create(name="d" * 150)
    editor.groups.add(desk)
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))
    desk.name = "n" * 150
    desk.save()

    assert RoleGrant.objects.filter(
        username="group " + "n" * 150, change="renamed from: " + "d" * 150
    ).exists()
    assert audit() == []


def grants_of_group(name: str) -> list[tuple[str, str | None, bool, bool]]:
    return list(
        RoleGrant.objects.filter(username=f"group {name}")
        .order_by("pk")
        .values_list("change", "granted_by__username", "promotion", "found_by_audit")
    )


def mailed_subjects() -> list[str]:
    mail_promotions()
    return sorted(message.subject for message in mail.outbox)


def test_a_group_given_powers_while_nobody_is_in_it_is_told_once_when_its_first_member_joins(
    client, reviewer
):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    RoleGrant.objects.update(mailed_at="2026-01-01T00:00Z")  # boss: told already
    desk = Group.objects.create(name="night desk")
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))
    assert audit() == [] and mailed_subjects() == []  # nobody may do more yet
    client.force_login(boss)
    page = client.get(reverse("admin:auth_user_change", args=[reviewer.pk]))
    groups = [str(pk) for pk in reviewer.groups.values_list("pk", flat=True)] + [str(desk.pk)]

    submit(client, page, "Save", {"groups": groups})

    assert grants_of_group("night desk") == [("permissions: +claims.sign_off_claim", "boss", True, False)]
    assert audit() == []
    assert mailed_subjects() == [
        "[factcheck] group night desk: permissions: +claims.sign_off_claim",
        "[factcheck] rita: groups: +night desk",
    ]
    assert audit() == [] and mail_promotions() == 0


def test_a_group_emptied_and_changed_tells_only_what_changed_while_it_was_empty(reviewer, other_reviewer):
    desk = Group.objects.create(name="night desk")
    desk.user_set.add(reviewer)
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))
    desk.user_set.remove(reviewer)
    desk.permissions.remove(Permission.objects.get(codename="sign_off_claim"))
    desk.permissions.add(Permission.objects.get(codename="correct_claim"))
    RoleGrant.objects.update(mailed_at="2026-01-01T00:00Z")

    other_reviewer.groups.add(desk)

    assert grants_of_group("night desk")[1:] == [
        ("permissions: +claims.correct_claim", None, True, False),
        ("permissions: -claims.sign_off_claim", None, False, False),
    ]
    assert audit() == []
    assert mailed_subjects() == [
        "[factcheck] group night desk: permissions: +claims.correct_claim",
        "[factcheck] ravi: groups: +night desk",
    ]
