"""The link-check schedule, kept in the database so it can be changed in the admin
(Periodic tasks). Every run requests checks of the sources that are due: healthy ones
LINKCHECK_RECHECK_OK_DAYS after their last check, failing ones sooner with backoff
(claims.linkcheck.policy)."""

from django.db import migrations

NAME = "Check the sources that are due"
EVERY_MINUTES = 10


def create_schedule(apps, schema_editor):
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    interval, _ = IntervalSchedule.objects.get_or_create(every=EVERY_MINUTES, period="minutes")
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={
            "task": "claims.linkcheck.tasks.check_due_sources",
            "interval": interval,
            "kwargs": "{}",
            "description": "Requests link checks of due sources (new, failing with backoff, weekly rechecks).",
        },
    )


def remove_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_linkcheck_fields"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
