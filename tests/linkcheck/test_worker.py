"""From the claim page to a recorded check, through a real worker process."""

import time

import pytest

from claims.models import LinkClass
from tests.admin.pages import claim_url, submit
from tests.linkcheck.sites import serve
from tests.workers import running_worker, wait_for
from tests.workflow.factories import claim_in_review

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_a_source_added_on_the_claim_page_is_checked_by_a_worker_within_seconds(
    client, reviewer, evidence, monkeypatch
):
    monkeypatch.setenv("SSRF_ALLOWED_NETWORKS", "127.0.0.0/8")  # for the worker process
    url = serve(evidence, "/survey")
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)

    with running_worker(queues="linkchecks"):
        page = client.get(claim_url(claim))
        added = time.monotonic()
        submit(client, page, "Save", {"sources-0-url": url, "sources-0-title": "Labour survey"})
        source = claim.sources.get()
        assert wait_for(lambda: source.checks.exists(), timeout=30), "no check recorded"
        took = time.monotonic() - added

    source.refresh_from_db()
    print(f"\nsource added -> check recorded by the worker in {took:.1f} s (worker start-up included)")
    assert source.link_status == LinkClass.OK and source.check_requested_at is None
    assert source.snapshots.count() == 1
    assert took < 20
