"""The link-check tasks, called in-process against pages on loopback hosts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.linkcheck.policy import RecheckPolicy
from claims.linkcheck.record import pending_requests, record
from claims.linkcheck.result import LinkResult
from claims.linkcheck.tasks import check_due_sources, check_source, check_sources, request_check
from claims.models import LinkCheck, LinkClass, Source
from factcheck.enqueue import send_quietly
from tests.guarded_http.site import redirect
from tests.linkcheck.sites import serve
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db


def requested_source(url: str, **fields) -> Source:
    return Source.objects.create(claim=make_claim(), url=url, check_requested_at=timezone.now(), **fields)


def test_a_requested_check_is_recorded_as_history_and_latest_state(evidence):
    source = requested_source(serve(evidence, "/survey"))
    assert check_source(source.pk) == {"pending": 1, "recorded": 1}

    source.refresh_from_db()
    check = source.checks.get()
    assert (check.link_class, check.http_status, check.url, check.final_url) == (
        LinkClass.OK,
        200,
        source.url,
        source.url,
    )
    assert check.attempts == 1 and check.error == ""
    assert (source.link_status, source.http_status, source.consecutive_failures) == (LinkClass.OK, 200, 0)
    assert source.check_requested_at is None and source.last_checked_at is not None
    assert source.next_check_at - source.last_checked_at == timedelta(days=7)


def test_a_second_delivery_of_the_same_check_records_nothing_and_fetches_nothing(evidence):
    source = requested_source(serve(evidence, "/survey"))
    check_source(source.pk)
    assert check_source(source.pk) == {"pending": 0, "recorded": 0}
    assert LinkCheck.objects.count() == 1
    assert evidence.hits["/survey"] == 1


def test_a_check_made_stale_by_a_newer_request_is_not_recorded(evidence):
    source = requested_source(serve(evidence, "/survey"))
    [request] = pending_requests([source.pk])
    request_check(source)  # "Recheck" again while the first check was running
    result = LinkResult(source.url, LinkClass.OK, http_status=200, final_url=source.url)
    assert record(request, result, now=timezone.now(), policy=RecheckPolicy()) is None
    assert not LinkCheck.objects.exists()


def test_a_deleted_source_is_skipped():
    assert check_source(987654) == {"pending": 0, "recorded": 0}


def test_a_batch_fetches_identical_urls_once_and_records_each_source(evidence, other_evidence):
    shared = serve(evidence, "/shared")
    sources = [requested_source(shared) for _ in range(3)] + [requested_source(serve(other_evidence, "/b"))]
    assert check_sources([s.pk for s in sources]) == {"pending": 4, "recorded": 4}
    assert evidence.hits["/shared"] == 1
    assert LinkCheck.objects.filter(link_class=LinkClass.OK).count() == 4


def test_a_redirect_chain_and_a_broken_link_are_recorded(evidence):
    evidence.routes["/old"] = lambda h: redirect("/new", 301)
    serve(evidence, "/new")
    moved = requested_source(evidence.url("/old"))
    gone = requested_source(serve(evidence, "/gone", status=404))
    check_sources([moved.pk, gone.pk])

    hop = moved.checks.get()
    assert hop.link_class == LinkClass.REDIRECT
    assert hop.redirect_chain == [[301, evidence.url("/new")]] and hop.final_url == evidence.url("/new")
    gone.refresh_from_db()
    assert (gone.link_status, gone.http_status, gone.consecutive_failures) == (LinkClass.BROKEN, 404, 1)
    assert gone.checks.get().error == "HTTP 404"


def test_an_address_the_guard_refuses_is_recorded_as_blocked(settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    source = requested_source("http://127.0.0.2:9/evidence")
    check_source(source.pk)
    source.refresh_from_db()
    assert source.link_status == LinkClass.BLOCKED
    assert source.checks.get().error


def test_due_sources_are_claimed_once_and_sent_in_batches(settings, django_capture_on_commit_callbacks):
    settings.LINKCHECK_BATCH_SIZE = 2
    now = timezone.now()
    claim = make_claim()
    due = [
        Source.objects.create(claim=claim, url=f"https://example.org/due/{n}", next_check_at=now)
        for n in range(3)
    ]
    never = Source.objects.create(claim=claim, url="https://example.org/never-checked")
    Source.objects.create(claim=claim, url="https://example.org/later", next_check_at=now + timedelta(days=1))
    Source.objects.create(
        claim=claim, url="https://example.org/pending", next_check_at=now, check_requested_at=now
    )

    with django_capture_on_commit_callbacks() as sent:
        assert check_due_sources() == 4
    assert check_due_sources() == 0  # all claimed: nothing is requested twice
    batches = [cb.args[1] for cb in sent]
    assert all(cb.func is send_quietly and cb.args[0] is check_sources for cb in sent)
    assert sorted(pk for batch in batches for pk in batch) == sorted([s.pk for s in due] + [never.pk])
    assert [len(b) for b in batches] == [2, 2]
