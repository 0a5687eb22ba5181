"""factcheck/periodic.py declares every periodic task; the database and beat take them from there."""

import pytest
from django.apps import apps as registry
from django_celery_beat.models import PeriodicTask

from factcheck import periodic
from factcheck.celery import app


def test_every_periodic_task_names_a_task_the_workers_have():
    app.loader.import_default_modules()
    declared = {p.task for p in periodic.EDITABLE + periodic.FROM_SETTINGS}

    assert declared <= set(app.tasks), declared - set(app.tasks)


@pytest.mark.django_db
def test_after_migrating_the_database_holds_every_editable_task_and_no_other_default():
    stored = dict(PeriodicTask.objects.values_list("name", "task"))

    assert stored == {p.name: p.task for p in periodic.EDITABLE}


@pytest.mark.django_db
def test_storing_the_defaults_again_keeps_what_an_editor_changed():
    PeriodicTask.objects.filter(name="Daily digest (editors)").update(enabled=False)

    periodic.store_defaults(registry, "reports.")

    assert not PeriodicTask.objects.get(name="Daily digest (editors)").enabled
    assert PeriodicTask.objects.filter(name="Daily digest (editors)").count() == 1


def test_the_sweeps_run_as_often_as_their_settings_say(settings):
    settings.PENDING_WORK_SWEEP_SECONDS = 45
    settings.MATCHING_SWEEP_SECONDS = 900

    schedule = {entry["task"]: entry["schedule"] for entry in periodic.beat_schedule().values()}

    assert schedule == {
        "claims.sweeper.sweep_pending_work": 45.0,
        "claims.matching.tasks.embed_missing": 900.0,
        "webhooks.sweeper.send_overdue_deliveries": 45.0,
        "reports.tasks.rebuild_stalled_reports": 45.0,
        "reviewers.tasks.mail_promotions": 45.0,
        "reviewers.tasks.audit_roles": 45.0,
    }
