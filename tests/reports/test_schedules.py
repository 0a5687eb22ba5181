"""The default schedules come from a data migration and live in the database (editable in the admin)."""

import json

import pytest
from django_celery_beat.models import PeriodicTask

pytestmark = pytest.mark.django_db


def test_a_daily_and_a_weekly_digest_and_the_sweeper_are_scheduled():
    tasks = {t.name: t for t in PeriodicTask.objects.select_related("crontab", "interval")}

    daily, weekly = tasks["Daily digest (editors)"], tasks["Weekly digest (everyone)"]
    assert (daily.task, json.loads(daily.kwargs)) == ("reports.tasks.plan_digests", {"frequency": "daily"})
    assert (daily.crontab.hour, daily.crontab.day_of_week) == ("7", "*")
    assert json.loads(weekly.kwargs) == {"frequency": "weekly"} and weekly.crontab.day_of_week == "1"
    assert tasks["Retry stalled report e-mails"].interval.every == 5


def test_every_scheduled_report_task_exists():
    from factcheck.celery import app

    app.loader.import_default_modules()
    names = PeriodicTask.objects.filter(task__startswith="reports.").values_list("task", flat=True)

    assert set(names) <= set(app.tasks)


def test_beat_rebuilds_reports_left_pending_as_often_as_it_sweeps_other_work():
    from factcheck.celery import app

    entries = {entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()}
    assert entries["reports.tasks.rebuild_stalled_reports"] == entries["claims.sweeper.sweep_pending_work"]
    assert "reports.tasks.rebuild_stalled_reports" in app.tasks
