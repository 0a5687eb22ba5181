import pytest

from tests.reports.smtp import MailServer


@pytest.fixture
def mail_server(settings):
    """A real SMTP server on 127.0.0.1 and Django's SMTP backend pointed at it."""
    with MailServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = server.host, server.port
        settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_TIMEOUT = False, "", 5
        yield server


def told(user) -> list[tuple[str, str]]:
    """(event, message) of each notification `user` has, oldest first."""
    return list(user.notifications.order_by("pk").values_list("event", "message"))
