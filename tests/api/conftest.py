import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from knox.models import AuthToken
from rest_framework.test import APIClient

from claims.api.queries import forget_scale_bounds
from tests.admin.pages import form_data


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


def admin_client_for_tokens(client):
    """`client` logged in as a superuser (made once), who may issue tokens."""
    boss = get_user_model().objects.filter(
        is_superuser=True
    ).first() or get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    client.force_login(boss)
    return client


def post_token_form(client, user, expiry: tuple[str, str] | None = None):
    """Post the admin's "Add auth token" page as rendered, with another expiry if given."""
    page = form_data(admin_client_for_tokens(client).get("/admin/knox/authtoken/add/"))
    day, time = expiry or (page["expiry_0"], page["expiry_1"])
    # The user picker fills its options by script; the browser then sends the chosen user's id.
    sent = {**page, "user": user.pk, "expiry_0": day, "expiry_1": time, "_save": "Save"}
    return client.post("/admin/knox/authtoken/add/", sent)


def token_from_the_admin(client, user, expiry: tuple[str, str] | None = None) -> str:
    """Create a token for `user` on the admin's "Add auth token" page, as an admin would."""
    response = post_token_form(client, user, expiry)
    assert response.status_code == 200, response.status_code
    shown = set(re.findall(r"\b[0-9a-f]{64}\b", response.content.decode()))
    assert len(shown) == 1, response.content.decode()
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
