"""The reports admin: build a digest, see its charts, download every format, e-mail it to oneself."""

from datetime import UTC, date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError

from reports import tasks
from reports.models import Delivery, Report, ReportStatus
from reports.periods import day_period
from tests.reports import factories as make

pytestmark = pytest.mark.django_db
DAY = day_period(date(2025, 3, 4), UTC)


@pytest.fixture
def tasks_inline(monkeypatch):
    """Run what the admin enqueues right away, in this process (the worker test covers the real path)."""
    monkeypatch.setattr(tasks.build_report, "delay", lambda pk: tasks.build_report(pk))
    monkeypatch.setattr(tasks.send_delivery, "delay", lambda pk: tasks.send_delivery(pk))


@pytest.fixture
def editor_client(client, editor):
    wanted = ["view_report", "add_report", "view_subscription", "view_delivery"]
    editor.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="reports", codename__in=wanted)
    )
    client.force_login(editor)
    return client


@pytest.fixture
def built(editor_client, tasks_inline, reviewer, editor, django_capture_on_commit_callbacks) -> Report:
    make.busy_day(DAY.start, claims=6, reviewer=reviewer, editor=editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:reports_report_add"), {"kind": "digest", "first_day": "2025-03-04", "last_day": ""}
        )
    report = Report.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "admin:reports_report_change", args=[report.pk]
    )
    return report


def test_an_editor_builds_the_digest_of_a_day_and_sees_its_charts(editor_client, built):
    page = editor_client.get(reverse("admin:reports_report_change", args=[built.pk])).content.decode()

    assert built.status == ReportStatus.BUILT and built.title == "Digest, 2025-03-04"
    for chart in ("verdicts.png", "queue_age.png", "link_health.png"):
        assert f'src="/admin/reports/report/{built.pk}/files/{chart}"' in page
    assert "<iframe" in page
    # The e-mail button's form stands before the change form: nested, it would submit the outer one.
    assert page.index(reverse("admin:reports_report_email", args=[built.pk])) < page.index('id="report_form"')


def test_the_html_report_may_be_framed_by_the_admin_only(editor_client, built):
    response = editor_client.get(reverse("admin:reports_report_file", args=[built.pk, "report.html"]))

    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_every_format_downloads_with_its_type_and_no_scripts_allowed(editor_client, built):
    types = {}
    for name in ("report.html", "report.txt", "report.csv", "report.json", "verdicts.png"):
        response = editor_client.get(
            reverse("admin:reports_report_file", args=[built.pk, name]) + "?download=1"
        )
        assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")
        assert "default-src 'none'" in response["Content-Security-Policy"]
        types[name] = response["Content-Type"].split(";")[0]

    assert types == {
        "report.html": "text/html",
        "report.txt": "text/plain",
        "report.csv": "text/csv",
        "report.json": "application/json",
        "verdicts.png": "image/png",
    }


def test_a_staff_member_without_the_permission_cannot_download(client, stranger, built):
    client.force_login(stranger)

    response = client.get(reverse("admin:reports_report_file", args=[built.pk, "report.html"]))

    assert response.status_code == 403


def test_e_mail_to_me_sends_the_digest_once(
    editor_client, built, mail_server, django_capture_on_commit_callbacks
):
    url = reverse("admin:reports_report_email", args=[built.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(url)
    with django_capture_on_commit_callbacks(execute=True):
        second = editor_client.post(url, follow=True)

    assert [r.rcpt_tos for r in mail_server.mailbox.received] == [["erin@example.org"]]
    assert "was already sent to erin@example.org" in second.content.decode()
    assert Delivery.objects.get().status == "sent"


def test_a_digest_needs_a_day(editor_client):
    response = editor_client.post(reverse("admin:reports_report_add"), {"kind": "digest"})

    assert response.status_code == 200 and "Choose the day the digest covers." in response.content.decode()
    assert not Report.objects.exists()


@pytest.mark.parametrize("reports", [2, 20])
def test_the_report_list_costs_the_same_queries_for_2_or_20_reports(
    admin_client, reports, django_assert_num_queries
):
    for i in range(reports):
        Report.objects.create(kind="digest", period_start=DAY.start, period_end=DAY.end, title=f"r{i}")
    # session, user, count, filtered count, the page of reports, their files (one prefetch),
    # the date hierarchy's range and days, and the unread notifications in the header
    with django_assert_num_queries(9):
        assert admin_client.get(reverse("admin:reports_report_changelist")).status_code == 200


def _broker_down(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def test_asking_for_a_report_while_the_broker_is_down_is_not_an_error_and_the_sweep_builds_it_later(
    editor_client, reviewer, editor, monkeypatch, django_capture_on_commit_callbacks
):
    make.busy_day(DAY.start, claims=2, reviewer=reviewer, editor=editor)
    monkeypatch.setattr(tasks.build_report, "apply_async", _broker_down)  # delay calls it
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:reports_report_add"), {"kind": "digest", "first_day": "2025-03-04", "last_day": ""}
        )
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.status == ReportStatus.PENDING

    monkeypatch.setattr(tasks, "queue_length", lambda queue: 0)
    monkeypatch.setattr(tasks.build_report, "delay", lambda pk: tasks.build_report(pk))
    assert tasks.rebuild_stalled_reports(older_than_seconds=60) == 0  # too fresh to count as lost
    Report.objects.filter(pk=report.pk).update(requested_at=timezone.now() - timedelta(minutes=2))
    assert tasks.rebuild_stalled_reports(older_than_seconds=60) == 1
    report.refresh_from_db()
    assert report.status == ReportStatus.BUILT
