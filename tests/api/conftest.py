import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from knox.models import AuthToken
from rest_framework.test import APIClient

from claims.api.queries import forget_scale_bounds


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """The users of these tests need no slow password hashing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Throttle counters live in the cache, the scale's bounds in the process; each test
    starts with neither (a rolled-back Rating sends no signal)."""
    cache.clear()
    forget_scale_bounds()
    yield
    cache.clear()
    forget_scale_bounds()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def token_from_the_admin(client, user, expiry: tuple[str, str] | None = None) -> str:
    """Create a token for `user` on the admin's "Add auth token" page, as an admin would."""
    boss = get_user_model().objects.filter(
        is_superuser=True
    ).first() or get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    client.force_login(boss)
    form = client.get("/admin/knox/authtoken/add/")
    day, time = expiry or (form.context["adminform"].form.initial["expiry"].strftime("%Y-%m-%d"), "23:59:59")
    response = client.post(
        "/admin/knox/authtoken/add/", {"user": user.pk, "expiry_0": day, "expiry_1": time}, follow=True
    )
    shown = {
        t for message in response.context["messages"] for t in re.findall(r"\b[0-9a-f]{64}\b", str(message))
    }
    assert len(shown) == 1, [str(m) for m in response.context["messages"]]
    return shown.pop()


def token_client(user) -> APIClient:
    _, token = AuthToken.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


@pytest.fixture
def submitter(editor):
    """The editor, allowed to post articles through the API."""
    editor.user_permissions.add(
        Permission.objects.get(codename="add_article", content_type__app_label="claims")
    )
    return editor
