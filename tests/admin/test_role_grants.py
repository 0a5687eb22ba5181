"""Role grants are no secret: who was made an editor, admin or superuser, or given a group or
permission, by whom and when, is listed for every editor, on their front page too, and
e-mailed to the other editors. An admin who makes an account an editor to sign off their own
verdicts with it is seen doing so."""

import smtplib

import lxml.html
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from reviewers.models import Reviewer, Role, RoleGrant
from reviewers.tasks import mail_promotions
from tests.admin.pages import submit

pytestmark = pytest.mark.django_db
GRANTS = reverse("admin:reviewers_rolegrant_changelist")


@pytest.fixture(autouse=True)
def cast_granted_already(reviewer, editor, other_editor, newsroom_admin):
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
