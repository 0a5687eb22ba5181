"""Development mail: with no SMTP server, e-mails are stored and read in the admin."""

import pytest
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.urls import reverse

from tests.reports.test_admin import built, editor_client, tasks_inline  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def mailbox_in(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.EMAIL_BACKEND = "reports.mailbox.MailboxBackend"
    return tmp_path / "mail"


@pytest.fixture
def sent(editor_client, built, django_capture_on_commit_callbacks):  # noqa: F811
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("admin:reports_report_email", args=[built.pk]))


def test_the_digest_e_mail_is_stored_as_one_eml_file(sent, mailbox_in):
    [stored] = mailbox_in.iterdir()
    assert stored.suffix == ".eml"
    content = stored.read_bytes()
    assert b"To: erin@example.org" in content and b"Content-ID: <verdicts.png>" in content


def test_an_editor_reads_the_stored_digest_in_the_admin_with_its_charts_inline(sent, editor_client):  # noqa: F811
    listing = editor_client.get(reverse("admin:reports_delivery_changelist")).content.decode()
    mails = editor_client.get(reverse("admin:reports_mailbox")).content.decode()
    [name] = [line.split("/mailbox/")[1].split("/")[0] for line in mails.splitlines() if "/mailbox/2" in line]
    page = editor_client.get(reverse("admin:reports_mailbox_detail", args=[name])).content.decode()

    assert "Stored e-mails" in listing
    assert "Digest, 2025-03-04" in mails and "erin@example.org" in mails
    assert '<iframe sandbox="" srcdoc="' in page
    assert page.count("data:image/png;base64,") == 3 and "cid:" not in page
    assert "&lt;table" in page  # the HTML is the frame's document, escaped in the attribute


def test_an_e_mail_to_bcc_recipients_alone_says_who_gets_it(editor_client, mailbox_in):  # noqa: F811
    EmailMessage(
        "[factcheck] rita: role: none -> Editor", "Body.", bcc=["erin@example.org", "ed@example.org"]
    ).send()
    mails = editor_client.get(reverse("admin:reports_mailbox")).content.decode()
    [name] = [path.name for path in mailbox_in.iterdir()]
    page = editor_client.get(reverse("admin:reports_mailbox_detail", args=[name])).content.decode()

    assert "<td>Bcc: erin@example.org, ed@example.org</td>" in mails and "None" not in mails
    assert "<th>Bcc</th><td>erin@example.org, ed@example.org</td>" in page


def test_a_reviewer_cannot_read_stored_mail(sent, client, reviewer):
    reviewer.user_permissions.add(*Permission.objects.filter(codename="view_delivery"))
    client.force_login(reviewer)

    assert client.get(reverse("admin:reports_mailbox")).status_code == 403


def test_only_a_stored_e_mail_opens(sent, editor_client, settings, mailbox_in):  # noqa: F811
    (mailbox_in.parent / "secret.eml").write_text("Subject: not mail\n\nx")

    for name in ("secret.eml", "20250101-000000-0123456789ab.eml"):
        assert editor_client.get(f"/admin/reports/delivery/mailbox/{name}/").status_code == 404
    traversal = editor_client.get("/admin/reports/delivery/mailbox/..%2Fsecret.eml/", follow=True)
    assert b"not mail" not in traversal.content
