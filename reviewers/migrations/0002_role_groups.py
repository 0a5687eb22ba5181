"""Groups reviewer, editor and admin with exactly the permissions in reviewers.roles."""

from django.db import migrations

from reviewers.roles import migrate_groups


def remove_groups(apps, schema_editor):
    from reviewers.roles import ROLE_PERMISSIONS

    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviewers", "0001_initial"),
        ("claims", "0003_workflow"),
        ("reports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(migrate_groups, remove_groups)]
