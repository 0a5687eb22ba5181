"""Every periodic task, declared here and nowhere else. Beat runs them with django-celery-beat's
database scheduler (factcheck/beat.py), so the admin lists them all under Periodic tasks.

Two kinds:
- EDITABLE: defaults stored once (by the owning app's data migration, `store_defaults`); an
  editor may change or disable them in the admin and the change is kept.
- FROM_SETTINGS: the sweeps, every so many seconds as a setting says; beat writes them into
  the database at each start (app.conf.beat_schedule), so a changed setting takes effect.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from django.conf import settings


@dataclass(frozen=True)
class Periodic:
    name: str  # the admin shows it; the key an editor's change is kept under
    task: str
    # An interval in minutes, a crontab (minute, hour, day_of_week) in TIME_ZONE, or the name
    # of the setting holding the interval in seconds.
    every: int | tuple[str, str, str] | str
    kwargs: dict = field(default_factory=dict)
    description: str = ""


# fmt: off
EDITABLE = [
    Periodic("Check the sources that are due", "claims.linkcheck.tasks.check_due_sources", 10,
             description="Requests link checks of due sources (new, failing with backoff, weekly rechecks)."),
    Periodic("Daily digest (editors)", "reports.tasks.plan_digests", ("0", "7", "*"), {"frequency": "daily"},
             "Yesterday's digest, e-mailed at 07:00 to daily subscribers (editors by default)."),
    Periodic("Weekly digest (everyone)", "reports.tasks.plan_digests", ("0", "7", "1"),
             {"frequency": "weekly"},
             "Last week's digest, e-mailed Monday 07:00 to weekly subscribers (everyone by default)."),
    Periodic("Retry stalled report e-mails", "reports.tasks.retry_stalled_deliveries", 5,
             description="Re-sends deliveries whose task was lost or whose worker died mid-send."),
]

FROM_SETTINGS = [
    Periodic("Re-enqueue work a broker outage left pending", "claims.sweeper.sweep_pending_work",
             "PENDING_WORK_SWEEP_SECONDS"),
    Periodic("Compute the matching vectors of claims and fact-checks that have none",
             "claims.matching.tasks.embed_missing", "MATCHING_SWEEP_SECONDS"),
    Periodic("Re-send webhook deliveries a broker outage left waiting",
             "webhooks.sweeper.send_overdue_deliveries", "PENDING_WORK_SWEEP_SECONDS"),
    Periodic("Rebuild reports a broker outage left pending", "reports.tasks.rebuild_stalled_reports",
             "PENDING_WORK_SWEEP_SECONDS"),
    Periodic("Tell the other editors of each promotion (role, superuser, group, permission)",
             "reviewers.tasks.mail_promotions", "PENDING_WORK_SWEEP_SECONDS"),
    Periodic("Record rank given in the database itself (an UPDATE, raw SQL), found by the role audit",
             "reviewers.tasks.audit_roles", "PENDING_WORK_SWEEP_SECONDS"),
]
# fmt: on


def beat_schedule() -> dict[str, dict]:
    """FROM_SETTINGS as Celery's beat_schedule."""
    return {p.name: {"task": p.task, "schedule": float(getattr(settings, p.every))} for p in FROM_SETTINGS}


def store_defaults(apps, task_prefix: str) -> None:
    """Store the EDITABLE entries whose task starts with `task_prefix` ("claims.", "reports.")
    unless an entry of that name exists. `apps`: a data migration's app registry."""
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for p in EDITABLE:
        if p.task.startswith(task_prefix):
            PeriodicTask.objects.get_or_create(
                name=p.name,
                defaults={
                    "task": p.task,
                    "kwargs": json.dumps(p.kwargs),
                    "description": p.description,
                    **_when(apps, p),
                },
            )


def remove_defaults(apps, task_prefix: str) -> None:
    names = [p.name for p in EDITABLE if p.task.startswith(task_prefix)]
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()


def _when(apps, p: Periodic) -> dict:
    if isinstance(p.every, tuple):
        minute, hour, day_of_week = p.every
        crontab, _ = apps.get_model("django_celery_beat", "CrontabSchedule").objects.get_or_create(
            minute=minute,
            hour=hour,
            day_of_week=day_of_week,
            day_of_month="*",
            month_of_year="*",
            timezone=settings.TIME_ZONE,
        )
        return {"crontab": crontab}
    interval, _ = apps.get_model("django_celery_beat", "IntervalSchedule").objects.get_or_create(
        every=p.every, period="minutes"
    )
    return {"interval": interval}
