"""The default report schedules, kept in the database so editors can change them in the admin
(Periodic tasks). Who receives each digest is decided by Subscriptions, whose defaults give
editors the daily digest and every newsroom member the weekly one (reports.subscriptions).
Declared with every other periodic task in factcheck/periodic.py."""

from django.db import migrations

from factcheck import periodic


def create_schedules(apps, schema_editor):
    periodic.store_defaults(apps, "reports.")


def remove_schedules(apps, schema_editor):
    periodic.remove_defaults(apps, "reports.")


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedules, remove_schedules)]
