"""Celery's safety settings, and the start-up refusal of a Redis visibility timeout that is
too short for a task's time limit, countdown or retry backoff."""

import subprocess

import pytest
from django.conf import settings

from factcheck.celery import app
from factcheck.counted_task import CountedTask
from factcheck.visibility import longest_waits, visibility_problems
from tests.faults.processes import var_dir
from tests.workers import ROOT, celery_command


@pytest.fixture
def redis_conf():
    """The app's configuration as with REDIS_URL set, restored afterwards."""
    saved = {k: app.conf[k] for k in ("broker_url", "broker_transport_options")}
    app.conf.broker_url = "redis://127.0.0.1:6379/15"
    app.conf.broker_transport_options = {"visibility_timeout": 3 * 3600}
    yield app.conf
    app.conf.update(saved)


def test_tasks_are_json_only_acked_late_and_rejected_on_worker_loss():
    conf = app.conf
    assert conf.task_serializer == "json" and conf.accept_content == ["json"]
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_time_limit and conf.task_soft_time_limit < conf.task_time_limit


def test_the_configured_visibility_timeout_outlasts_every_wait(redis_conf):
    app.loader.import_default_modules()
    waits = longest_waits(app)
    assert waits["reports.tasks.send_delivery.retry_backoff_max"] == 3600
    assert waits["REPORTS_SEND_LEASE_SECONDS"] == settings.REPORTS_SEND_LEASE_SECONDS + 1
    assert visibility_problems(app) == []


def test_a_visibility_timeout_shorter_than_a_retry_backoff_is_named(redis_conf):
    redis_conf.broker_transport_options = {"visibility_timeout": 1800}
    problems = visibility_problems(app)
    assert any("send_delivery.retry_backoff_max = 3600 s" in p for p in problems)


def test_redis_without_a_visibility_timeout_is_refused(redis_conf):
    redis_conf.broker_transport_options = {}
    assert visibility_problems(app) == [
        "broker_transport_options has no visibility_timeout (Redis's default is one hour)"
    ]


@pytest.mark.slow
@pytest.mark.faults
def test_a_worker_refuses_to_start_when_a_time_limit_outlasts_the_visibility_timeout():
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "1",
        "SECRET_KEY": "test-only-secret-key-not-for-anything-else",
        "FACTCHECK_VAR_DIR": str(var_dir()),
        # Never reached: the worker stops before it connects.
        "CELERY_BROKER_URL": "redis://127.0.0.1:1/0",
        "CELERY_TASK_TIME_LIMIT": str(4 * 3600),
        "CELERY_TASK_SOFT_TIME_LIMIT": str(3 * 3600),
    }
    cmd = celery_command("worker")
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "task_time_limit = 14400 s" in done.stdout + done.stderr


def test_every_project_task_counts_its_deliveries():
    app.loader.import_default_modules()
    ours = [task for name, task in app.tasks.items() if not name.startswith("celery.")]
    assert ours and all(isinstance(task, CountedTask) for task in ours)


def test_tasks_that_touch_the_database_retry_when_it_is_unreachable():
    """A database restart must not drop the work a task was doing (tests/faults/test_postgres_restart.py)."""
    from django.db import OperationalError

    app.loader.import_default_modules()
    for name in (
        "claims.tasks.extract_article",
        "claims.linkcheck.tasks.check_source",
        "claims.linkcheck.tasks.check_sources",
        "reports.tasks.build_report",
    ):
        task = app.tasks[name]
        assert OperationalError in task.autoretry_for and task.max_retries >= 5, name
