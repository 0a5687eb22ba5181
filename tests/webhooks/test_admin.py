"""Webhooks in the admin, as a browser posts them: only superusers and holders of
webhooks.manage_webhooks manage them; the secret is shown once; the guard checks the URL."""

import lxml.html
import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tests.admin.pages import errors_of, messages_of, submit
from tests.webhooks.conftest import subscribe
from webhooks.models import Delivery, DeliveryAttempt, DeliveryStatus, Subscription, WebhookEvent

pytestmark = pytest.mark.django_db
SUBSCRIPTIONS = "/admin/webhooks/subscription/"
DELIVERIES = "/admin/webhooks/delivery/"


def secret_on(response) -> str | None:
    found = lxml.html.fromstring(response.content.decode()).xpath("//input[@id='webhook-secret']/@value")
    return found[0] if found else None


def test_adding_a_subscription_shows_its_secret_once_then_only_masked(client, owner):
    client.force_login(owner)
    page = client.get(SUBSCRIPTIONS + "add/")
    response = submit(
        client,
        page,
        "Save",
        {"url": "http://127.0.0.1:8089/hooks", "events": ["verdict.published", "verdict.corrected"]},
        follow=True,
    )

    subscription = Subscription.objects.get()
    assert subscription.events == ["verdict.published", "verdict.corrected"]
    assert subscription.owner == owner  # the one adding it, unless changed
    assert secret_on(response) == subscription.secret
    assert subscription.secret.startswith("whsec_")
    assert messages_of(response) == ["Subscription added. Copy its signing secret below."]

    again = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")
    assert secret_on(again) is None
    assert subscription.secret not in again.content.decode()


def test_a_loopback_url_is_refused_where_the_guard_allows_no_private_networks(client, owner, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    client.force_login(owner)
    page = client.get(SUBSCRIPTIONS + "add/")
    response = submit(
        client, page, "Save", {"url": "http://127.0.0.1:8089/hooks", "events": ["claim.queued"]}
    )

    assert errors_of(response) == ["This URL cannot receive webhooks: 127.0.0.1 is a loopback address."]
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("who", ["reviewer", "editor", "newsroom_admin", "stranger"])
def test_no_newsroom_role_sees_webhooks(client, request, who, owner):
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks")
    client.force_login(request.getfixturevalue(who))
    assert client.get(SUBSCRIPTIONS).status_code == 403
    assert client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/").status_code == 403
    assert client.get(DELIVERIES).status_code == 403
    assert "Webhooks" not in client.get("/admin/").content.decode()


def test_the_manage_permission_alone_opens_webhooks(client, stranger):
    stranger.user_permissions.add(Permission.objects.get(codename="manage_webhooks"))
    client.force_login(stranger)
    assert client.get(SUBSCRIPTIONS).status_code == 200
    assert client.get(SUBSCRIPTIONS + "add/").status_code == 200


def failed_delivery(owner) -> Delivery:
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks")
    event = WebhookEvent.objects.create(type="claim.queued", payload={"type": "claim.queued", "data": {}})
    delivery = Delivery.objects.create(event=event, subscription=subscription, status=DeliveryStatus.FAILED)
    DeliveryAttempt.objects.create(
        delivery=delivery, number=1, status_code=502, latency_ms=41, response_excerpt="<b>Bad gateway</b>"
    )
    return delivery


def test_a_delivery_page_lists_each_attempt_with_status_latency_and_escaped_excerpt(client, owner):
    delivery = failed_delivery(owner)
    client.force_login(owner)
    page = client.get(f"{DELIVERIES}{delivery.pk}/change/").content.decode()

    assert delivery.event.event_id in page
    assert "502" in page and "41" in page
    assert "&lt;b&gt;Bad gateway&lt;/b&gt;" in page and "<b>Bad gateway</b>" not in page


def test_resend_puts_a_failed_delivery_back_with_the_same_event(
    client, owner, django_capture_on_commit_callbacks
):
    delivery = failed_delivery(owner)
    client.force_login(owner)
    with django_capture_on_commit_callbacks() as sent:
        response = client.post(
            DELIVERIES, {"action": "resend", "_selected_action": [delivery.pk]}, follow=True
        )

    assert "Resending 1 delivery(ies)." in messages_of(response)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.round_attempts) == (DeliveryStatus.PENDING, 0)
    assert len(sent) == 1


def test_resend_leaves_a_delivery_whose_retry_is_scheduled_alone_so_it_is_not_sent_twice(
    client, owner, django_capture_on_commit_callbacks
):
    failed = failed_delivery(owner)
    retrying = Delivery.objects.create(
        event=WebhookEvent.objects.create(type="claim.queued", payload={"type": "claim.queued", "data": {}}),
        subscription=failed.subscription,
        attempts=2,
        round_attempts=2,
    )
    client.force_login(owner)
    with django_capture_on_commit_callbacks() as sent:
        response = client.post(
            DELIVERIES, {"action": "resend", "_selected_action": [failed.pk, retrying.pk]}, follow=True
        )

    assert messages_of(response) == [
        "Resending 1 delivery(ies). 1 still pending with a retry scheduled: left to it, not sent twice."
    ]
    assert len(sent) == 1
    retrying.refresh_from_db()
    assert retrying.round_attempts == 2


def test_pause_then_resume_from_the_list_resets_the_failures_and_sends_what_waited(
    client, owner, django_capture_on_commit_callbacks
):
    delivery = failed_delivery(owner)
    subscription = delivery.subscription
    Subscription.objects.filter(pk=subscription.pk).update(failure_count=3)
    client.force_login(owner)

    response = client.post(
        SUBSCRIPTIONS, {"action": "pause_subscriptions", "_selected_action": [subscription.pk]}, follow=True
    )
    assert messages_of(response) == ["Paused 1 subscription(s)."]
    subscription.refresh_from_db()
    assert (subscription.is_active, subscription.pause_reason) == (False, "paused by owen")

    with django_capture_on_commit_callbacks() as sent:
        response = client.post(
            SUBSCRIPTIONS,
            {"action": "resume_subscriptions", "_selected_action": [subscription.pk]},
            follow=True,
        )
    assert messages_of(response) == ["Resumed 1 subscription(s); 1 delivery(ies) sent."]
    subscription.refresh_from_db()
    assert (subscription.is_active, subscription.failure_count, subscription.paused_at) == (True, 0, None)
    assert len(sent) == 1


def test_rotating_the_secret_shows_the_new_one_once(client, owner):
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks", secret_shown=True)
    old = subscription.secret
    client.force_login(owner)
    client.post(SUBSCRIPTIONS, {"action": "rotate_secrets", "_selected_action": [subscription.pk]})

    subscription.refresh_from_db()
    page = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")
    assert secret_on(page) == subscription.secret != old
    assert secret_on(client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")) is None


def test_a_subscription_needs_at_least_one_event(client, owner):
    client.force_login(owner)
    page = client.get(SUBSCRIPTIONS + "add/")
    response = submit(client, page, "Save", {"url": "http://127.0.0.1:8089/hooks"})
    assert errors_of(response) == ["This field is required."]
    assert not Subscription.objects.exists()


@pytest.fixture
def other_manager(stranger):
    """Another person who manages webhooks, but did not add or rotate this subscription."""
    stranger.user_permissions.add(Permission.objects.get(codename="manage_webhooks"))
    return stranger


def test_another_manager_opening_a_new_subscription_first_never_sees_its_secret(client, owner, other_manager):
    client.force_login(owner)
    page = client.get(SUBSCRIPTIONS + "add/")
    added = submit(client, page, "Save", {"url": "http://127.0.0.1:8089/hooks", "events": ["claim.queued"]})
    subscription = Subscription.objects.get()

    colleague = Client()  # opens the page before the owner's browser follows the redirect
    colleague.force_login(other_manager)
    theirs = colleague.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")
    assert secret_on(theirs) is None
    assert subscription.secret not in theirs.content.decode()

    assert secret_on(client.get(added["Location"])) == subscription.secret


def test_a_rotated_secret_is_shown_only_to_whoever_rotated_it(client, owner, other_manager):
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks", secret_shown=True)
    client.force_login(owner)
    client.post(SUBSCRIPTIONS, {"action": "rotate_secrets", "_selected_action": [subscription.pk]})
    subscription.refresh_from_db()

    colleague = Client()
    colleague.force_login(other_manager)
    assert secret_on(colleague.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")) is None

    assert secret_on(client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")) == subscription.secret


def test_a_subscription_made_outside_the_admin_shows_its_secret_to_nobody(client, owner):
    subscription = subscribe(owner, "http://127.0.0.1:9/hooks")
    client.force_login(owner)
    page = client.get(f"{SUBSCRIPTIONS}{subscription.pk}/change/")
    assert secret_on(page) is None
    assert "Rotate secret" in page.content.decode()
