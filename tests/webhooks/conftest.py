import pytest

from claims import workflow
from tests.reports.smtp import MailServer
from tests.webhooks.receiver import Receiver
from tests.workflow.factories import claim_awaiting_sign_off
from webhooks.models import EventType, Subscription, WebhookEvent


@pytest.fixture(autouse=True)
def loopback_allowed(settings):
    """Receivers in tests listen on 127.0.0.x: the guard's allow-list lets requests reach them."""
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.WEBHOOK_TIMEOUT = 5.0
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_PAUSE_AFTER_FAILURES = 4


def subscribe(owner, url: str, events=tuple(EventType.values), **fields) -> Subscription:
    return Subscription.objects.create(url=url, owner=owner, events=list(events), **fields)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "owen", "owen@example.org", "pw-for-tests-123", is_staff=True, is_superuser=True
    )


@pytest.fixture
def subscription(owner):
    """Subscribed to every event, at a port nothing listens on until `receiver` starts."""
    return subscribe(owner, "http://127.0.0.1:9/hooks")


@pytest.fixture
def receiver(subscription):
    """A verifying receiver, running, at the subscription's URL."""
    with Receiver(subscription.secret) as running:
        subscription.url = running.url
        subscription.save(update_fields=["url"])
        yield running


@pytest.fixture
def mail_server(settings):
    """A real SMTP server on 127.0.0.1 and Django's SMTP backend pointed at it."""
    with MailServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = server.host, server.port
        settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_TIMEOUT = False, "", 5
        yield server


@pytest.fixture
def eager_celery():
    """Tasks run inline when sent, retries included (their countdown skipped)."""
    from celery import current_app

    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = False


@pytest.fixture
def publish(reviewer, editor, django_capture_on_commit_callbacks):
    """Publish a new verdict through the workflow; its deliveries are sent as the step commits."""

    def publish_one():
        claim = claim_awaiting_sign_off(reviewer)
        with django_capture_on_commit_callbacks(execute=True):
            claim = workflow.apply(claim, "publish", editor)
        return WebhookEvent.objects.get(type=EventType.VERDICT_PUBLISHED, payload__data__claim__id=claim.pk)

    return publish_one
