"""The default report schedules, kept in the database so editors can change them in the admin
(Periodic tasks). Who receives each digest is decided by Subscriptions, whose defaults give
editors the daily digest and every newsroom member the weekly one (reports.subscriptions)."""

from django.conf import settings
from django.db import migrations

SCHEDULES = [
    # name, task, kwargs, crontab (minute, hour, day_of_week) or interval minutes, description
    ("Daily digest (editors)", "reports.tasks.plan_digests", '{"frequency": "daily"}',
     ("0", "7", "*"), "Yesterday's digest, e-mailed at 07:00 to daily subscribers (editors by default)."),
    ("Weekly digest (everyone)", "reports.tasks.plan_digests", '{"frequency": "weekly"}',
     ("0", "7", "1"), "Last week's digest, e-mailed Monday 07:00 to weekly subscribers (everyone by default)."),
    ("Retry stalled report e-mails", "reports.tasks.retry_stalled_deliveries", "{}",
     5, "Re-sends deliveries whose task was lost or whose worker died mid-send."),
]


def create_schedules(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    for name, task, kwargs, when, description in SCHEDULES:
        if isinstance(when, int):
            schedule = {"interval": IntervalSchedule.objects.get_or_create(every=when, period="minutes")[0]}
        else:
            minute, hour, day_of_week = when
            schedule = {
                "crontab": CrontabSchedule.objects.get_or_create(
                    minute=minute, hour=hour, day_of_week=day_of_week, day_of_month="*", month_of_year="*",
                    timezone=settings.TIME_ZONE,
                )[0]
            }
        PeriodicTask.objects.get_or_create(
            name=name, defaults={"task": task, "kwargs": kwargs, "description": description, **schedule}
        )


def remove_schedules(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    PeriodicTask.objects.filter(name__in=[name for name, *_ in SCHEDULES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
