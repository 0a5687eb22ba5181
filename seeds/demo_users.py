"""The demo accounts (seeds.demo_logins) for development, never created with DEBUG off."""

from django.contrib.auth import get_user_model

from reviewers.granting import granting
from reviewers.models import Reviewer, Role
from seeds.demo_logins import DEMO_LOGINS


def create_demo_users() -> None:
    """Their roles and superuser status are kept as role grants, but mailed to nobody: every
    `make run` on a fresh database would otherwise mail the demo editors about each other."""
    with granting(announce=False):
        _create_demo_users()


def _create_demo_users() -> None:
    User = get_user_model()
    for username, password, role in DEMO_LOGINS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "is_staff": True,
                "is_superuser": role == Role.ADMIN.value,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        Reviewer.objects.get_or_create(user=user, defaults={"role": Role(role)})
