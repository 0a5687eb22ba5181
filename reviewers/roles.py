"""Newsroom roles as Django groups, with exactly the permissions each role needs.

A Reviewer profile's `role` decides its user's group (`Reviewer.save()` calls
`put_in_role_group`); a staff user with no role is in no group and sees nothing.
When ROLE_PERMISSIONS changes, add a data migration that calls `sync_groups` again.
This module sits below reviewers.models: it imports no model of ours.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import models


class Role(models.TextChoices):
    REVIEWER = "reviewer", "Reviewer"
    EDITOR = "editor", "Editor"
    ADMIN = "admin", "Admin"


READ_CLAIMS = [
    "claims.view_article",
    "claims.view_claim",
    "claims.view_source",
    "claims.view_linkcheck",
    "claims.view_sourcesnapshot",
    "claims.view_verdict",
    "claims.view_rating",
    "claims.view_correction",
]

# Works the claims assigned to them: takes claims, gathers sources, drafts and submits verdicts.
REVIEWER = READ_CLAIMS + [
    "reports.view_report",
    "claims.change_claim",
    "claims.take_claim",
    "claims.submit_claim",
    "claims.add_source",
    "claims.change_source",
    "claims.delete_source",
    "claims.add_verdict",
    "claims.change_verdict",
    # The conversation on a claim: read it and add to it (nobody edits a comment).
    "claims.view_comment",
    "claims.add_comment",
]

# Runs the desk: ingests articles, assigns, approves and publishes, corrects.
EDITOR = REVIEWER + [
    "claims.add_article",
    "claims.change_article",
    "claims.assign_claim",
    "claims.triage_claim",
    "claims.sign_off_claim",
    "claims.correct_claim",
    "reviewers.view_reviewer",
    "reports.add_report",
    "reports.view_subscription",
    "reports.add_subscription",
    "reports.change_subscription",
    "reports.view_delivery",
]

# Everything an editor does, plus the verdict scale and the people.
ADMIN = EDITOR + [
    "claims.add_rating",
    "claims.change_rating",
    "claims.delete_rating",
    # Imported fact-checks and how their ratings map to our scale (import_claimreview).
    "claims.view_factcheck",
    "claims.change_factcheck",
    "claims.view_ratingmapping",
    "claims.add_ratingmapping",
    "claims.change_ratingmapping",
    "claims.delete_ratingmapping",
    "claims.delete_article",
    "claims.delete_claim",
    "reviewers.add_reviewer",
    "reviewers.change_reviewer",
    "reviewers.delete_reviewer",
    # Accounts but not rank: only superusers grant superuser status, groups or permissions,
    # change a superuser, or set another user's password (reviewers.admin.NewsroomUserAdmin).
    "auth.view_user",
    "auth.add_user",
    "auth.change_user",
    "reports.delete_report",
    "reports.delete_subscription",
    "reports.delete_delivery",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {Role.REVIEWER: REVIEWER, Role.EDITOR: EDITOR, Role.ADMIN: ADMIN}


def _permission_objects(permission_model, names: list[str]):
    wanted = {tuple(name.split(".", 1)) for name in names}
    found = [
        p
        for p in permission_model.objects.select_related("content_type")
        if (p.content_type.app_label, p.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise LookupError(f"permissions not found (run migrate?): {sorted('.'.join(m) for m in missing)}")
    return found


def sync_groups(group_model, permission_model) -> None:
    """Create each role's group and set its permissions to exactly ROLE_PERMISSIONS.

    Takes the model classes so a data migration can pass its historical models."""
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=role)
        group.permissions.set(_permission_objects(permission_model, names))


def role_group(role: str):
    """The role's group; recreated with the default permissions if someone deleted it."""
    group, created = Group.objects.get_or_create(name=role)
    if created:
        group.permissions.set(_permission_objects(Permission, ROLE_PERMISSIONS[role]))
    return group


def put_in_role_group(user, role: str) -> None:
    """Make `role`'s group the user's only newsroom group; other groups are left alone."""
    newsroom = Group.objects.filter(name__in=ROLE_PERMISSIONS).exclude(name=role)
    user.groups.remove(*newsroom)
    user.groups.add(role_group(role))


def migrate_groups(apps, schema_editor) -> None:
    """RunPython step: create the permissions now (Django makes them after all migrations) and sync."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def leave_role_groups(user) -> None:
    """Take the user out of every newsroom group: staff with no role see nothing."""
    user.groups.remove(*Group.objects.filter(name__in=ROLE_PERMISSIONS))
