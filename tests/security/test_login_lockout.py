import pytest

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


def attempt(client, username: str, password: str, ip: str = "203.0.113.5", **headers):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip, **headers)


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "erin", "wrong-password")
    response = attempt(client, "erin", "pw-for-tests-123")
    assert response.status_code == 429  # even the right password is refused during the cool-off
    assert "_auth_user_id" not in client.session


def test_a_locked_account_can_still_log_in_from_another_address(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "erin", "wrong-password")
    response = attempt(client, "erin", "pw-for-tests-123", ip="198.51.100.7")
    assert response.status_code == 302


def test_a_forged_forwarded_for_header_does_not_dodge_the_lockout(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "erin", "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    response = attempt(client, "erin", "pw-for-tests-123", HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429


def test_a_few_mistakes_then_the_right_password_logs_in(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "erin", "wrong-password")
    assert attempt(client, "erin", "pw-for-tests-123").status_code == 302
