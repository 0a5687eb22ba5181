"""The link-check schedule, kept in the database so it can be changed in the admin
(Periodic tasks). Every run requests checks of the sources that are due: healthy ones
LINKCHECK_RECHECK_OK_DAYS after their last check, failing ones sooner with backoff
(claims.linkcheck.policy). Declared with every other periodic task in factcheck/periodic.py."""

from django.db import migrations

from factcheck import periodic


def create_schedule(apps, schema_editor):
    periodic.store_defaults(apps, "claims.")


def remove_schedule(apps, schema_editor):
    periodic.remove_defaults(apps, "claims.")


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_linkcheck_fields"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, remove_schedule)]
