import base64
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from tests.api.conftest import post_token_form, token_client, token_from_the_admin

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


def with_header(value: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=value)
    return client


def test_a_token_is_stored_only_as_a_hash(editor):
    row, token = AuthToken.objects.create(user=editor)

    assert token not in {row.digest, row.token_key}
    assert len(row.digest) == 128  # SHA-512


def test_a_token_expires(editor, settings):
    row, token = AuthToken.objects.create(user=editor, expiry=timedelta(seconds=1))
    AuthToken.objects.filter(pk=row.pk).update(expiry=timezone.now() - timedelta(seconds=1))

    response = with_header(f"Token {token}").get(URL)

    assert response.status_code == 401


def test_new_tokens_expire_after_the_configured_lifetime(editor):
    row, _ = AuthToken.objects.create(user=editor)

    assert timedelta(days=89) < row.expiry - timezone.now() <= timedelta(days=90)


@pytest.mark.parametrize(
    "header",
    ["Token nonsense", "Token " + "f" * 64, "Token", "Token a b", "Token caf\u00e9", "Bearer " + "a" * 64],
)
def test_a_bad_token_is_a_401_not_a_server_error(db, header):
    response = with_header(header).get(URL)

    assert response.status_code in (200, 401)  # an unknown scheme is simply anonymous
    if header.startswith("Token"):
        assert response.status_code == 401


def test_basic_auth_is_not_accepted(editor):
    credentials = base64.b64encode(b"erin:pw-for-tests-123").decode()

    response = with_header(f"Basic {credentials}").get("/api/v1/articles/")

    assert response.status_code == 401


def test_an_inactive_users_token_is_refused(editor):
    client = token_client(editor)
    editor.is_active = False
    editor.save()

    assert client.get(URL).status_code == 401


def test_an_admin_creates_a_token_in_the_admin_and_sees_it_once(client, reviewer):
    token = token_from_the_admin(client, reviewer)

    row = AuthToken.objects.get(user=reviewer)
    assert with_header(f"Token {token}").get(URL).status_code == 200
    assert row.digest != token and token not in client.get("/admin/knox/authtoken/").content.decode()
    # the form proposes the configured lifetime, so a token never silently lasts for ever
    assert timedelta(days=89) < row.expiry - timezone.now() < timedelta(days=91)


def test_a_new_token_is_shown_in_the_page_and_never_travels_in_a_cookie(client, reviewer):
    response = post_token_form(client, reviewer)

    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    page = response.content.decode()
    (token,) = set(re.findall(r"\b[0-9a-f]{64}\b", page))
    assert "copy it now" in page.lower()
    assert not any(token in cookie.value for cookie in response.cookies.values())
    assert not any(token in cookie.value for cookie in client.cookies.values())
    assert not any(token in str(m) for m in client.get("/admin/").context["messages"])


@pytest.mark.parametrize(
    ("expiry", "error"),
    [
        (("", ""), "This field is required."),
        (("2001-01-01", "00:00:00"), "must be in the future"),
        (((timezone.now() + timedelta(days=400)).strftime("%Y-%m-%d"), "12:00:00"), "at most 365 days"),
    ],
)
def test_a_token_must_expire_within_the_maximum_lifetime(client, reviewer, expiry, error):
    response = post_token_form(client, reviewer, expiry)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not AuthToken.objects.filter(user=reviewer).exists()


def test_an_existing_tokens_expiry_cannot_be_cleared(client, reviewer):
    token_from_the_admin(client, reviewer)
    row = AuthToken.objects.get(user=reviewer)

    response = client.post(f"/admin/knox/authtoken/{row.pk}/change/", {"expiry_0": "", "expiry_1": ""})

    assert "This field is required." in response.content.decode()
    row.refresh_from_db()
    assert row.expiry is not None
