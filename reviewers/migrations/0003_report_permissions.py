"""Editors build and send reports; reviewers read them (reviewers.roles)."""

from django.db import migrations

from reviewers.roles import migrate_groups


class Migration(migrations.Migration):
    dependencies = [("reviewers", "0002_role_groups"), ("reports", "0001_initial")]
    operations = [migrations.RunPython(migrate_groups, migrations.RunPython.noop)]
