"""Role grants are no secret: who was made an editor, admin or superuser, or given a group or
permission, by whom and when, is listed for every editor, on their front page too, and
e-mailed to the other editors. An admin who makes an account an editor to sign off their own
verdicts with it is seen doing so."""

import smtplib
from io import StringIO

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from reviewers.models import Reviewer, Role, RoleGrant
from reviewers.tasks import mail_promotions
from tests.admin.pages import submit

pytestmark = pytest.mark.django_db
GRANTS = reverse("admin:reviewers_rolegrant_changelist")


@pytest.fixture(autouse=True)
def cast_granted_already(reviewer, other_reviewer, editor, other_editor, newsroom_admin):
    """The cast's roles were given (outside the admin) before each test, and told."""
    RoleGrant.objects.all().delete()


def rows(response) -> list[list[str]]:
    page = lxml.html.fromstring(response.content.decode())
    return [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./td|./th")]
        for row in page.xpath("//table[@id='result_list']/tbody/tr")
    ]


def front_page_grants(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [" ".join(item.text_content().split()) for item in page.find_class("role-grant")]


def editor_account_made_by(client, admin_user) -> "get_user_model()":
    """The admin adds an account "sock" and gives it the editor role, on the admin's pages."""
    client.force_login(admin_user)
    password = {"password1": "a-long-pass-phrase-9", "password2": "a-long-pass-phrase-9"}
    submit(client, client.get(reverse("admin:auth_user_add")), "Save", {"username": "sock", **password})
    sock = get_user_model().objects.get(username="sock")
    page = client.get(reverse("admin:reviewers_reviewer_add"))
    submit(client, page, "Save", {"user": str(sock.pk), "role": Role.EDITOR})
    assert Reviewer.objects.get(user=sock).role == Role.EDITOR
    return sock


def test_an_editor_account_an_admin_makes_is_listed_for_every_editor_and_on_their_front_page(
    client, newsroom_admin, editor
):
    editor_account_made_by(client, newsroom_admin)

    client.force_login(editor)
    listed = rows(client.get(GRANTS))
    front = front_page_grants(client.get(reverse("admin:index")))

    assert [row[1:4] for row in listed] == [["sock", "role: none -> Editor", "ada"]]
    assert len(front) == 1 and front[0].startswith("sock — role: none -> Editor, by ada, ")


def test_reviewers_do_not_read_role_grants_and_nobody_edits_them(client, newsroom_admin, reviewer):
    sock = editor_account_made_by(client, newsroom_admin)
    grant = RoleGrant.objects.get(user=sock)

    client.force_login(reviewer)
    assert client.get(GRANTS).status_code == 403
    client.force_login(newsroom_admin)
    assert client.get(reverse("admin:reviewers_rolegrant_delete", args=[grant.pk])).status_code == 403
    page = client.get(reverse("admin:reviewers_rolegrant_change", args=[grant.pk])).content.decode()
    assert "sock" in page and 'name="_save"' not in page  # shown, read-only


def test_a_superuser_making_someone_superuser_and_an_editor_by_group_is_kept(client, reviewer, editor):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    RoleGrant.objects.filter(user=boss).delete()  # told already
    client.force_login(boss)
    page = client.get(reverse("admin:auth_user_change", args=[reviewer.pk]))
    groups = [str(Group.objects.get(name=Role.REVIEWER).pk), str(Group.objects.get(name=Role.EDITOR).pk)]

    submit(client, page, "Save", {"is_superuser": True, "groups": groups})

    changes = sorted(RoleGrant.objects.filter(user=reviewer).values_list("change", "granted_by__username"))
    assert changes == [("groups: +editor", "boss"), ("superuser: no -> yes", "boss")]
    client.force_login(editor)
    assert len(front_page_grants(client.get(reverse("admin:index")))) == 2


def test_a_role_given_outside_the_admin_is_kept_too(client, editor):
    sock = get_user_model().objects.create_user("sock", "sock@example.org", "pw-for-tests-123", is_staff=True)

    Reviewer.objects.create(user=sock, role=Role.ADMIN)

    client.force_login(editor)
    assert [row[1:4] for row in rows(client.get(GRANTS))] == [
        ["sock", "role: none -> Admin", "outside the admin"]
    ]


def test_a_new_reviewer_is_kept_but_not_announced_as_a_promotion(client, editor):
    sock = get_user_model().objects.create_user("sock", "sock@example.org", "pw-for-tests-123", is_staff=True)

    Reviewer.objects.create(user=sock, role=Role.REVIEWER)

    client.force_login(editor)
    assert front_page_grants(client.get(reverse("admin:index"))) == []
    assert [row[2] for row in rows(client.get(GRANTS))] == ["role: none -> Reviewer"]


def test_the_other_editors_are_e_mailed_once_and_neither_the_granter_nor_the_grantee(
    client, newsroom_admin, editor, other_editor, reviewer
):
    editor_account_made_by(client, newsroom_admin)
    get_user_model().objects.filter(username="sock").update(email="sock@example.org")

    assert mail_promotions() == 1
    assert mail_promotions() == 0

    (message,) = mail.outbox
    assert sorted(message.bcc) == ["eddie@example.org", "erin@example.org"]
    assert message.subject == "[factcheck] sock: role: none -> Editor"
    assert "ada changed what sock may do: role: none -> Editor." in message.body


def test_a_failing_mail_server_leaves_the_promotion_for_the_next_sweep(client, newsroom_admin, monkeypatch):
    editor_account_made_by(client, newsroom_admin)

    def down(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("gone")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", down)
    assert mail_promotions() == 0
    monkeypatch.undo()

    assert mail_promotions() == 1
    assert sorted(mail.outbox[0].bcc) == ["eddie@example.org", "erin@example.org"]


def grants_listed(client, editor) -> list[list[str]]:
    client.force_login(editor)
    return [row[1:4] for row in rows(client.get(GRANTS))]


def promotions_on_front_page(client, editor) -> list[str]:
    client.force_login(editor)
    return sorted(grant.split(", by ")[0] for grant in front_page_grants(client.get(reverse("admin:index"))))


def test_a_superuser_made_with_createsuperuser_is_listed_and_mailed_to_the_editors(
    client, editor, other_editor, monkeypatch
):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-pass-phrase-9")
    call_command("createsuperuser", interactive=False, username="boss", email="boss@example.org", verbosity=0)

    assert grants_listed(client, editor) == [["boss", "superuser: no -> yes", "outside the admin"]]
    assert mail_promotions() == 1
    assert sorted(mail.outbox[0].bcc) == ["ada@example.org", "eddie@example.org", "erin@example.org"]
    assert "someone outside the admin (a script or a shell) changed what boss may do" in mail.outbox[0].body


def test_rank_given_in_a_shell_is_listed_for_every_editor(client, editor, reviewer, other_reviewer):
    User = get_user_model()
    User.objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    reviewer.is_superuser = True
    reviewer.save()
    other_reviewer.groups.add(Group.objects.get(name=Role.EDITOR))
    Group.objects.get(name=Role.ADMIN).user_set.add(reviewer)
    other_reviewer.user_permissions.add(Permission.objects.get(codename="sign_off_claim"))

    assert sorted(grants_listed(client, editor)) == [
        ["boss", "superuser: no -> yes", "outside the admin"],
        ["ravi", "groups: +editor", "outside the admin"],
        ["ravi", "permissions: +claims.sign_off_claim", "outside the admin"],
        ["rita", "groups: +admin", "outside the admin"],
        ["rita", "superuser: no -> yes", "outside the admin"],
    ]
    assert len(promotions_on_front_page(client, editor)) == 5


def test_rank_taken_away_in_a_shell_is_kept_but_not_announced(client, editor, other_reviewer):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    RoleGrant.objects.all().delete()

    boss.is_superuser = False
    boss.save()
    other_reviewer.groups.clear()

    assert sorted(grants_listed(client, editor)) == [
        ["boss", "superuser: yes -> no", "outside the admin"],
        ["ravi", "groups: -reviewer", "outside the admin"],
    ]
    assert promotions_on_front_page(client, editor) == []


def test_saving_a_user_without_changing_their_rank_records_nothing(client, editor, reviewer):
    reviewer.first_name = "Rita"
    reviewer.save()
    reviewer.groups.add(Group.objects.get(name=Role.REVIEWER))  # already in it
    client.force_login(reviewer)  # the last log-in is saved

    assert RoleGrant.objects.count() == 0


def test_the_demo_accounts_of_make_run_are_listed_but_nobody_is_mailed_about_them(settings):
    settings.DEBUG = True
    call_command("load_seeds", stdout=StringIO())

    changes = set(RoleGrant.objects.filter(username="admin").values_list("change", flat=True))
    assert changes == {"superuser: no -> yes", "role: none -> Admin"}
    assert mail_promotions() == 0
    assert mail.outbox == []


def test_a_permission_given_to_a_whole_group_is_kept_once_and_mailed(client, editor, other_editor):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    RoleGrant.objects.filter(user=boss).delete()  # told already
    reviewers = Group.objects.get(name=Role.REVIEWER)
    sign_off = Permission.objects.get(codename="sign_off_claim")
    client.force_login(boss)
    page = client.get(reverse("admin:auth_group_change", args=[reviewers.pk]))
    chosen = [str(pk) for pk in reviewers.permissions.values_list("pk", flat=True)] + [str(sign_off.pk)]

    submit(client, page, "Save", {"permissions": chosen})

    assert grants_listed(client, editor) == [
        ["group reviewer", "permissions: +claims.sign_off_claim", "boss"]
    ]
    assert mail_promotions() == 1
    assert sorted(mail.outbox[0].bcc) == ["ada@example.org", "eddie@example.org", "erin@example.org"]


def test_a_permission_given_to_a_group_in_a_shell_is_kept_too(client, editor):
    Group.objects.get(name=Role.REVIEWER).permissions.add(Permission.objects.get(codename="sign_off_claim"))

    assert grants_listed(client, editor) == [
        ["group reviewer", "permissions: +claims.sign_off_claim", "outside the admin"]
    ]


def dumped_people(tmp_path) -> str:
    """The accounts and groups as `dumpdata` writes them (a backup, another deployment's export)."""
    path = tmp_path / "people.json"
    call_command("dumpdata", "auth.user", "auth.group", output=str(path), verbosity=0)
    return str(path)


def test_loading_a_fixture_over_the_same_people_records_no_grant_and_mails_nobody(
    client, editor, reviewer, tmp_path
):
    get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    Group.objects.get(name=Role.REVIEWER).permissions.add(Permission.objects.get(codename="sign_off_claim"))
    fixture = dumped_people(tmp_path)
    RoleGrant.objects.all().delete()  # recorded and told when they were made

    call_command("loaddata", fixture, verbosity=0)

    assert grants_listed(client, editor) == []
    assert mail_promotions() == 0


def test_loading_people_into_an_empty_database_records_no_grant_and_mails_nobody(
    client, editor, other_reviewer, tmp_path
):
    get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    other_reviewer.groups.add(Group.objects.get(name=Role.EDITOR))
    other_reviewer.user_permissions.add(Permission.objects.get(codename="sign_off_claim"))
    fixture = dumped_people(tmp_path)
    get_user_model().objects.exclude(pk=editor.pk).delete()
    Group.objects.get(name=Role.REVIEWER).permissions.clear()
    RoleGrant.objects.all().delete()

    call_command("loaddata", fixture, verbosity=0)

    assert get_user_model().objects.get(username="boss").is_superuser
    assert get_user_model().objects.get(username="ravi").groups.filter(name=Role.EDITOR).exists()
    assert Group.objects.get(name=Role.REVIEWER).permissions.exists()
    assert grants_listed(client, editor) == []
    assert mail_promotions() == 0


def test_a_group_named_with_a_line_break_in_code_is_still_mailed_with_the_break_shown(editor, reviewer):
    desk = Group.objects.create(name="night\ndesk\r\nBcc: everyone@example.org")
    desk.user_set.add(reviewer)
    desk.permissions.add(Permission.objects.get(codename="sign_off_claim"))

    assert mail_promotions() == 2
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == [
        r"[factcheck] group night\ndesk\r\nBcc: everyone@example.org: permissions: +claims.sign_off_claim",
        r"[factcheck] rita: groups: +night\ndesk\r\nBcc: everyone@example.org",
    ]
    assert all("everyone@example.org" not in message.recipients() for message in mail.outbox)
    first_lines = [message.body.splitlines()[0] for message in mail.outbox]
    assert all(r"night\ndesk\r\nBcc" in line for line in first_lines)
