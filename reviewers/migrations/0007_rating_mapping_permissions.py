"""Admins edit imported fact-checks and the rating mapping table (reviewers.roles)."""

from django.db import migrations

from reviewers.roles import migrate_groups


class Migration(migrations.Migration):
    dependencies = [
        ("reviewers", "0006_reviewer_credit_publicly"),
        ("claims", "0018_fact_check_ratings_and_mapping"),
    ]
    operations = [migrations.RunPython(migrate_groups, migrations.RunPython.noop)]
