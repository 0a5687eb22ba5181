"""What a recorded check leaves behind: backoff, link rot and evidence snapshots."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import workflow
from claims.linkcheck.tasks import check_source, request_check
from claims.models import LinkClass, Source, SourceSnapshot
from tests.guarded_http.site import redirect
from tests.linkcheck.sites import serve
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def check_now(source: Source) -> Source:
    request_check(source)
    check_source(source.pk)
    source.refresh_from_db()
    return source


@pytest.fixture
def source(evidence) -> Source:
    return Source.objects.create(claim=make_claim(), url=serve(evidence, "/survey"))


def test_each_failure_in_a_row_backs_off_and_a_good_check_resets_to_weekly(evidence, source, settings):
    settings.LINKCHECK_RECHECK_FAILING_HOURS = 1
    serve(evidence, "/survey", status=500)
    waits = []
    for _ in range(3):
        check_now(source)
        waits.append(source.next_check_at - source.last_checked_at)
    assert waits == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=4)]

    serve(evidence, "/survey")
    check_now(source)
    assert source.consecutive_failures == 0
    assert source.next_check_at - source.last_checked_at == timedelta(days=7)


def test_failing_rot_after_checks_in_a_row_is_link_rot_until_a_good_check(evidence, source, settings):
    settings.LINKCHECK_ROT_AFTER = 3
    serve(evidence, "/survey", status=404)
    check_now(source)
    check_now(source)
    assert not source.link_rot and not Source.objects.rotten().exists()
    check_now(source)
    assert source.link_rot and list(Source.objects.rotten()) == [source]

    serve(evidence, "/survey")
    check_now(source)
    assert not source.link_rot and not Source.objects.rotten().exists()


def test_the_first_good_check_keeps_a_snapshot_and_the_same_page_adds_none(evidence, source):
    check_now(source)
    check_now(source)
    snapshot = source.snapshots.get()
    assert "Unemployment was 7% in March." in snapshot.text
    assert len(snapshot.sha256) == 64 and snapshot.url == source.url
    assert not source.changed_since_cited


def test_changed_content_flags_the_source_and_keeps_both_versions(evidence, source):
    check_now(source)
    serve(evidence, "/survey", text="Unemployment was 3% in March.")
    check_now(source)
    assert source.changed_since_cited
    texts = list(source.snapshots.order_by("taken_at", "pk").values_list("text", flat=True))
    assert len(texts) == 2 and "7%" in texts[0] and "3%" in texts[1]


def test_a_broken_page_keeps_no_snapshot(evidence, source):
    serve(evidence, "/survey", status=410)
    check_now(source)
    assert not SourceSnapshot.objects.exists()


def test_a_snapshot_is_capped(evidence, source, settings):
    settings.LINKCHECK_CONTENT_MAX_BYTES = 2048
    serve(evidence, "/survey", text="x" * 50_000)
    check_now(source)
    assert len(source.snapshots.get().text) <= 2048


def test_a_new_url_starts_unchecked_and_its_first_snapshot_is_not_a_change(evidence, source):
    serve(evidence, "/survey", status=404)
    check_now(source)
    source.url = serve(evidence, "/survey-2024", text="Another page altogether.")
    source.save()
    request_check(source, url_changed=True)
    source.refresh_from_db()
    assert (source.link_status, source.consecutive_failures, source.http_status) == (
        LinkClass.UNCHECKED,
        0,
        None,
    )

    check_source(source.pk)
    source.refresh_from_db()
    assert source.link_status == LinkClass.OK and not source.changed_since_cited
    assert source.snapshots.get().url == source.url
    assert [c.url for c in source.checks.order_by("checked_at", "pk")] == [
        evidence.url("/survey"),
        source.url,
    ]


def test_request_check_marks_the_source_and_sends_after_commit(source, django_capture_on_commit_callbacks):
    before = timezone.now()
    with django_capture_on_commit_callbacks() as sent:
        request_check(source)
    source.refresh_from_db()
    assert source.check_requested_at >= before
    assert [(cb.args[0].name, cb.args[1]) for cb in sent] == [
        ("claims.linkcheck.tasks.check_source", source.pk)
    ]


def test_a_cited_source_whose_page_moved_keeps_the_address_the_verdict_cites(evidence, reviewer, editor):
    """The checker follows a redirect and records where it ended, but the evidence on the
    public record stays the address the reviewer cited and the editor approved."""
    claim = claim_in_review(reviewer)
    cited = claim.sources.get()
    cited_url = serve(evidence, "/table")
    Source.objects.filter(pk=cited.pk).update(url=cited_url)
    workflow.apply(workflow.apply(claim, "submit", reviewer), "publish", editor, publish_reason="Read it.")
    moved = serve(evidence, "/elsewhere", "A different page altogether.")
    evidence.routes["/table"] = lambda r: redirect(moved, 301)

    cited = check_now(Source.objects.get(pk=cited.pk))

    assert (cited.url, cited.final_url, cited.link_status) == (cited_url, moved, LinkClass.REDIRECT)
    assert list(claim.published_verdict().sources.values_list("url", flat=True)) == [cited_url]
