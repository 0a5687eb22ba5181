"""Each workflow step that newsrooms care about records one event and its deliveries, in
the step's own transaction, and sends the deliveries only after it commits."""

import json

import pytest
from django.db import transaction

from claims import workflow
from claims.article_claims import extract_claims
from claims.ingest import ingest_text
from claims.models import ClaimStatus
from tests.webhooks.conftest import subscribe
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    draft_verdict,
    make_claim,
    published_claim,
)
from webhooks.models import Delivery, EventType, WebhookEvent

pytestmark = pytest.mark.django_db


def test_publishing_records_one_event_and_one_delivery_per_listening_active_subscription(
    reviewer, editor, owner, django_capture_on_commit_callbacks
):
    listening = subscribe(owner, "http://127.0.0.1:9/a", [EventType.VERDICT_PUBLISHED])
    subscribe(owner, "http://127.0.0.1:9/b", [EventType.CLAIM_QUEUED])
    subscribe(owner, "http://127.0.0.1:9/c", [EventType.VERDICT_PUBLISHED], is_active=False)
    claim = claim_awaiting_sign_off(reviewer)

    with django_capture_on_commit_callbacks() as sent:
        workflow.apply(claim, "publish", editor)

    event = WebhookEvent.objects.get(type=EventType.VERDICT_PUBLISHED)
    assert [d.subscription for d in Delivery.objects.filter(event=event)] == [listening]
    assert len(sent) == 1  # the delivery task, after commit


def test_a_publication_rolled_back_announces_nothing(reviewer, editor, owner):
    subscribe(owner, "http://127.0.0.1:9/a")
    claim = claim_awaiting_sign_off(reviewer)
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.apply(claim, "publish", editor)
        raise RuntimeError("the request failed after the step")
    assert not WebhookEvent.objects.filter(type=EventType.VERDICT_PUBLISHED).exists()
    assert not Delivery.objects.exists()


def test_the_verdict_payload_holds_public_fields_and_no_usernames_or_notes(reviewer, editor, owner):
    subscribe(owner, "http://127.0.0.1:9/a")
    claim = published_claim(reviewer, editor)
    verdict = claim.published_verdict()

    payload = WebhookEvent.objects.get(type=EventType.VERDICT_PUBLISHED).payload
    assert payload["type"] == "verdict.published"
    assert payload["data"]["verdict"]["id"] == verdict.pk
    claim.refresh_from_db()
    assert payload["data"]["verdict"]["url"] == f"http://127.0.0.1:8000/checks/{claim.public_slug}/"
    assert payload["data"]["verdict"]["rating"]["slug"] == "false"
    assert payload["data"]["claim"]["text"] == claim.text
    assert payload["data"]["correction"] is None
    text = json.dumps(payload)
    for private in (reviewer.username, editor.username, reviewer.email, editor.email):
        assert private not in text


def test_publishing_a_correction_sends_verdict_corrected_with_what_changed(
    reviewer, editor, other_editor, owner
):
    subscribe(owner, "http://127.0.0.1:9/a")
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="The ministry revised its figures.")
    source = add_source(claim, reviewer, url="https://stats.example.org/revised")
    draft_verdict(claim, reviewer, slug="mostly-true", summary="Revised figures back it.", sources=[source])
    claim = workflow.apply(claim, "submit", reviewer)
    workflow.apply(claim, "publish", other_editor)

    event = WebhookEvent.objects.get(type=EventType.VERDICT_CORRECTED)
    correction = event.payload["data"]["correction"]
    assert event.payload["data"]["verdict"]["rating"]["slug"] == "mostly-true"
    assert correction["reason"] == "The ministry revised its figures."
    assert "False" in correction["what_changed"]


def test_queueing_a_claim_by_hand_sends_claim_queued(editor, owner):
    subscribe(owner, "http://127.0.0.1:9/a", [EventType.CLAIM_QUEUED])
    claim = make_claim(status=ClaimStatus.NEW)
    workflow.apply(claim, "promote", editor)

    event = WebhookEvent.objects.get()
    assert event.type == EventType.CLAIM_QUEUED
    assert event.payload["data"]["claim"]["id"] == claim.pk
    assert Delivery.objects.filter(event=event).count() == 1


def test_every_event_gets_an_id_of_its_own(reviewer, editor):
    published_claim(reviewer, editor)
    published_claim(reviewer, editor)
    ids = list(WebhookEvent.objects.values_list("event_id", flat=True))
    assert len(ids) == 2 and len(set(ids)) == 2


def test_extraction_announces_the_article_and_each_claim_it_queued(owner, seed_text):
    subscribe(owner, "http://127.0.0.1:9/a")
    article = ingest_text(seed_text).article
    extract_claims(article)

    extracted = WebhookEvent.objects.get(type=EventType.ARTICLE_EXTRACTED)
    queued = set(article.claims.filter(status=ClaimStatus.QUEUED).values_list("pk", flat=True))
    announced = {
        e.payload["data"]["claim"]["id"] for e in WebhookEvent.objects.filter(type=EventType.CLAIM_QUEUED)
    }
    assert queued and announced == queued
    assert extracted.payload["data"]["claims"]["queued"] == len(queued)
    assert extracted.payload["data"]["article"]["id"] == article.pk


def test_extracting_again_announces_no_claim_twice(owner, seed_text):
    subscribe(owner, "http://127.0.0.1:9/a")
    article = ingest_text(seed_text).article
    extract_claims(article)
    before = WebhookEvent.objects.filter(type=EventType.CLAIM_QUEUED).count()
    extract_claims(article)
    assert WebhookEvent.objects.filter(type=EventType.CLAIM_QUEUED).count() == before
