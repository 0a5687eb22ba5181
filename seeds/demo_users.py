"""Demo log-ins for development (README "Getting started"), never created with DEBUG off:
one per role, and a second reviewer so that an editor has someone to assign work to."""

from django.contrib.auth import get_user_model

from reviewers.models import Reviewer, Role

DEMO_USERS = [
    ("reviewer", "reviewer-demo-pass", Role.REVIEWER),
    ("reviewer2", "reviewer-demo-pass", Role.REVIEWER),
    ("editor", "editor-demo-pass", Role.EDITOR),
    ("admin", "admin-demo-pass", Role.ADMIN),
]


def create_demo_users() -> None:
    User = get_user_model()
    for username, password, role in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "is_staff": True,
                "is_superuser": role == Role.ADMIN,
                "email": f"{username}@example.org",
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        Reviewer.objects.get_or_create(user=user, defaults={"role": role})
