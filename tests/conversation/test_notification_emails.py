"""Notification e-mails: sent after commit by a task, through a real SMTP server on loopback,
only to people whose choice (or the default) says e-mail."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import sweeper, workflow
from claims.conversation import post_comment
from claims.models import Notification
from claims.models.notification import EmailStatus
from claims.notifications.tasks import TryAgainLater, send_notification_email
from reviewers.models import NotificationEvent as E
from reviewers.models import NotificationPreference
from tests.workflow.factories import claim_awaiting_sign_off, make_claim

pytestmark = pytest.mark.django_db


def queued_mails(callbacks) -> list[int]:
    """The notification ids whose e-mail task the transaction queued for after commit."""
    return [cb.args[1] for cb in callbacks if cb.args[0] is send_notification_email]


def test_a_send_back_mails_the_reviewer_once_after_commit(
    mail_server, reviewer, editor, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://desk.example.org"
    claim = claim_awaiting_sign_off(reviewer)
    with django_capture_on_commit_callbacks() as callbacks:
        workflow.apply(claim, "send_back", editor, reason="Cite the March table.")
    [notification_id] = queued_mails(callbacks)
    assert mail_server.mailbox.received == []  # nothing before the commit

    assert send_notification_email(notification_id) == "sent"
    assert send_notification_email(notification_id) == "not pending"
    [got] = mail_server.mailbox.received
    assert got.rcpt_tos == ["rita@example.org"]
    assert (
        got.message["Subject"]
        == f"[factcheck newsroom] erin sent claim #{claim.pk} back: Cite the March table."
    )
    body = got.message.get_body(("plain",)).get_content()
    assert f"https://desk.example.org/admin/claims/claim/{claim.pk}/change/" in body
    assert "https://desk.example.org/admin/claims/notification/settings/" in body
    assert Notification.objects.get(pk=notification_id).email_status == EmailStatus.SENT


def test_assignment_is_not_mailed_by_default(
    mail_server, reviewer, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        workflow.assign([make_claim()], reviewer, editor)
    assert queued_mails(callbacks) == []
    assert reviewer.notifications.get().email_status == EmailStatus.NOT_WANTED


def test_with_e_mail_turned_off_a_mention_sends_no_mail(
    mail_server, reviewer, editor, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=editor, event=E.MENTIONED, in_admin=True, by_email=False)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post_comment(make_claim(), reviewer, "@erin have a look")
    assert queued_mails(callbacks) == []
    notification = editor.notifications.get()
    assert send_notification_email(notification.pk) == "not pending"
    assert mail_server.mailbox.received == [] and mail_server.mailbox.attempts == 0


def test_a_server_asking_to_come_back_later_leaves_the_mail_to_send_again(mail_server, reviewer, editor):
    post_comment(make_claim(), reviewer, "@erin have a look")
    notification = editor.notifications.get()
    mail_server.mailbox.replies = ["451 4.3.0 try again later"]
    with pytest.raises(TryAgainLater, match="451"):
        send_notification_email(notification.pk)
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.PENDING
    assert send_notification_email(notification.pk) == "sent"
    assert len(mail_server.mailbox.received) == 1


def test_a_refused_mail_is_marked_failed_and_not_retried(mail_server, reviewer, editor):
    post_comment(make_claim(), reviewer, "@erin have a look")
    notification = editor.notifications.get()
    mail_server.mailbox.replies = ["550 5.1.1 no such mailbox"]
    assert send_notification_email(notification.pk) == "failed"
    notification.refresh_from_db()
    assert notification.email_status == EmailStatus.FAILED


def test_the_sweeper_resends_a_mail_whose_message_was_lost_and_leaves_fresh_and_retrying_ones(
    monkeypatch, reviewer, editor, other_editor
):
    sent = []
    monkeypatch.setattr(sweeper, "queue_length", lambda queue: 0)
    monkeypatch.setattr(sweeper, "send_quietly", lambda task, pk: sent.append((task.name, pk)) or True)
    now = timezone.now()
    post_comment(make_claim(), reviewer, "@erin @eddie have a look")
    lost, fresh = editor.notifications.get(), other_editor.notifications.get()
    Notification.objects.filter(pk=lost.pk).update(email_due_at=now - timedelta(minutes=10))

    assert sweeper.sweep(now=now, age=timedelta(minutes=5))["notification_mails"] == 1
    assert sent == [("claims.notifications.tasks.send_notification_email", lost.pk)]
    assert sweeper.sweep(now=now + timedelta(minutes=1), age=timedelta(minutes=5))["notification_mails"] == 0
    assert Notification.objects.get(pk=fresh.pk).email_status == EmailStatus.PENDING


def test_a_mail_waiting_for_its_retry_is_not_swept(mail_server, reviewer, editor):
    post_comment(make_claim(), reviewer, "@erin have a look")
    notification = editor.notifications.get()
    mail_server.mailbox.replies = ["421 4.3.2 shutting down"]
    with pytest.raises(TryAgainLater):
        send_notification_email(notification.pk)
    later = timezone.now() + timedelta(minutes=20)
    assert sweeper.stalled_notification_mails(later, timedelta(minutes=5)) == []
    assert sweeper.stalled_notification_mails(later + timedelta(hours=1), timedelta(minutes=5)) == [
        notification.pk
    ]


def test_the_worker_knows_the_task_and_routes_it_to_the_email_queue():
    from django.db import OperationalError

    from factcheck.celery import app

    app.loader.import_default_modules()
    task = app.tasks["claims.notifications.tasks.send_notification_email"]
    assert sweeper.queue_of(task.name) == "email"
    assert OperationalError in task.autoretry_for and TryAgainLater in task.autoretry_for
