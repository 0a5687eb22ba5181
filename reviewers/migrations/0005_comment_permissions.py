"""Every role reads and adds comments on claims (reviewers.roles)."""

from django.db import migrations

from reviewers.roles import migrate_groups


class Migration(migrations.Migration):
    dependencies = [
        ("reviewers", "0004_notification_preferences"),
        ("claims", "0014_comments_and_notifications"),
    ]
    operations = [migrations.RunPython(migrate_groups, migrations.RunPython.noop)]
