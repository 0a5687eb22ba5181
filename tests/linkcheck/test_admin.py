"""Link checks in the admin: requested on add and URL change, rechecked on demand, shown with
their history, snapshots and flags."""

import pytest
from django.core import checks
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.linkcheck.tasks import check_source, check_sources
from claims.models import LinkCheck, LinkClass, Source, SourceSnapshot
from tests.admin.pages import claim_url, messages_of, submit
from tests.workflow.factories import add_source, claim_in_review, make_claim

pytestmark = pytest.mark.django_db


def sent_tasks(callbacks) -> list[tuple[str, object]]:
    return [(cb.args[0].name, cb.args[1]) for cb in callbacks]


def edit_first_source(client, claim, capture, **fields) -> list[tuple[str, object]]:
    """Post the claim page with the first source's fields changed; the tasks sent after commit."""
    page = client.get(claim_url(claim))
    with capture() as sent:
        submit(client, page, "Save", {f"sources-0-{name}": value for name, value in fields.items()})
    return sent_tasks(sent)


def test_a_source_added_on_the_claim_page_has_its_check_sent_after_commit(
    client, reviewer, django_capture_on_commit_callbacks
):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    new_source = {"sources-0-url": "https://stats.example.org/march", "sources-0-title": "Labour survey"}
    with django_capture_on_commit_callbacks() as sent:
        response = submit(client, page, "Save", new_source, follow=True)
    assert messages_of(response) == ["Saved."]
    source = claim.sources.get()
    assert source.check_requested_at is not None
    assert ("claims.linkcheck.tasks.check_source", source.pk) in sent_tasks(sent)


def test_changing_a_source_url_forgets_the_old_state_and_sends_a_check(
    client, reviewer, django_capture_on_commit_callbacks
):
    claim = claim_in_review(reviewer, with_source=False)
    source = add_source(claim, reviewer, link_status=LinkClass.BROKEN)
    Source.objects.filter(pk=source.pk).update(consecutive_failures=4, http_status=404)
    client.force_login(reviewer)
    sent = edit_first_source(
        client, claim, django_capture_on_commit_callbacks, url="https://stats.example.org/moved-here"
    )
    source.refresh_from_db()
    assert (source.url, source.link_status, source.consecutive_failures) == (
        "https://stats.example.org/moved-here",
        LinkClass.UNCHECKED,
        0,
    )
    assert sent == [("claims.linkcheck.tasks.check_source", source.pk)]


def test_editing_only_a_source_title_sends_no_check(client, reviewer, django_capture_on_commit_callbacks):
    claim = claim_in_review(reviewer, with_source=False)
    source = add_source(claim, reviewer)
    client.force_login(reviewer)
    sent = edit_first_source(client, claim, django_capture_on_commit_callbacks, title="A better title")
    source.refresh_from_db()
    assert source.title == "A better title" and source.check_requested_at is None
    assert sent == []


def test_the_recheck_action_sends_checks_for_the_selected_sources(
    client, reviewer, django_capture_on_commit_callbacks
):
    claim = make_claim()
    sources = [add_source(claim) for _ in range(3)]
    client.force_login(reviewer)
    picked = [sources[0].pk, sources[2].pk]
    with django_capture_on_commit_callbacks() as sent:
        response = client.post(
            reverse("admin:claims_source_changelist"),
            {"action": "recheck_selected", "_selected_action": picked},
            follow=True,
        )
    assert "Link checks requested for 2 source(s)" in messages_of(response)[0]
    assert sent_tasks(sent) == [("claims.linkcheck.tasks.check_sources", picked)]
    assert Source.objects.filter(check_requested_at__isnull=False).count() == 2


def test_recheck_all_sources_of_an_article(client, editor, django_capture_on_commit_callbacks):
    claim = make_claim()
    other = make_claim()
    second = make_claim(article=claim.article, text="Paragraph one")
    mine = [add_source(claim), add_source(second)]
    add_source(other)
    client.force_login(editor)
    with django_capture_on_commit_callbacks() as sent:
        response = client.post(
            reverse("admin:claims_article_changelist"),
            {"action": "recheck_sources", "_selected_action": [claim.article_id]},
            follow=True,
        )
    assert "Link checks requested for 2 source(s)" in messages_of(response)[0]
    assert sent_tasks(sent) == [("claims.linkcheck.tasks.check_sources", sorted(s.pk for s in mine))]


def test_a_stranger_cannot_recheck(client, stranger):
    source = add_source(make_claim())
    client.force_login(stranger)
    response = client.post(
        reverse("admin:claims_source_changelist"),
        {"action": "recheck_selected", "_selected_action": [source.pk]},
    )
    assert response.status_code == 403
    source.refresh_from_db()
    assert source.check_requested_at is None


def test_the_source_page_shows_its_checks_snapshots_and_flags(client, reviewer, settings):
    settings.LINKCHECK_ROT_AFTER = 2
    source = add_source(make_claim(), link_status=LinkClass.BROKEN)
    Source.objects.filter(pk=source.pk).update(consecutive_failures=2, changed_since_cited=True)
    LinkCheck.objects.create(
        source=source,
        url=source.url,
        link_class=LinkClass.BROKEN,
        http_status=404,
        redirect_chain=[[301, "https://stats.example.org/elsewhere"]],
        error="HTTP 404",
    )
    snapshot = SourceSnapshot.objects.create(source=source, url=source.url, sha256="a" * 64, text="As cited.")
    client.force_login(reviewer)

    page = client.get(reverse("admin:claims_source_change", args=[source.pk])).content.decode()
    assert "HTTP 404" in page and "301 https://stats.example.org/elsewhere" in page
    assert "link rot" in page and "changed since cited" in page
    assert reverse("admin:claims_sourcesnapshot_change", args=[snapshot.pk]) in page

    listing = client.get(reverse("admin:claims_source_changelist")).content.decode()
    assert "link rot" in listing


def test_the_claim_page_links_each_source_to_its_checks(client, reviewer):
    claim = claim_in_review(reviewer)
    source = add_source(claim, link_status=LinkClass.BROKEN)
    client.force_login(reviewer)

    page = client.get(claim_url(claim)).content.decode()
    assert f'href="{reverse("admin:claims_source_change", args=[source.pk])}">checks</a>' in page


def test_a_snapshot_opens_as_escaped_text(client, reviewer):
    source = add_source(make_claim())
    snapshot = SourceSnapshot.objects.create(
        source=source, url=source.url, sha256="b" * 64, text='<script>alert("x")</script> Rates rose.'
    )
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_sourcesnapshot_change", args=[snapshot.pk])).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Rates rose." in page
    assert '<script>alert("x")</script>' not in page


def test_the_verdict_form_flags_link_rot_and_changed_sources(client, reviewer, settings):
    settings.LINKCHECK_ROT_AFTER = 3
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    source = add_source(claim, reviewer, link_status=LinkClass.TIMEOUT)
    Source.objects.filter(pk=source.pk).update(consecutive_failures=3, changed_since_cited=True)
    client.force_login(reviewer)
    page = client.get(claim_url(claim)).content.decode()
    assert "link rot: 3 failed checks in a row" in page
    assert "changed since cited" in page


def test_bad_link_settings_fail_the_system_check(settings):
    settings.LINKCHECK_CONCURRENCY = 0
    errors = [e.id for e in checks.run_checks()]
    assert "claims.linkcheck.E001" in errors


def test_task_names_are_the_ones_the_sweeper_and_routes_use():
    assert check_source.name == "claims.linkcheck.tasks.check_source"
    assert check_sources.name == "claims.linkcheck.tasks.check_sources"


def test_reports_flag_link_rot(settings):
    from reports.article_report import _source

    settings.LINKCHECK_ROT_AFTER = 3
    source = add_source(make_claim(), link_status=LinkClass.BROKEN)
    source.consecutive_failures = 3
    assert _source(source)["link_rot"] is True
    source.consecutive_failures = 2
    assert _source(source)["link_rot"] is False


def test_the_sources_list_costs_the_same_queries_for_2_or_30_sources(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    counts = []
    for total in (2, 30):
        while claim.sources.count() < total:
            add_source(claim)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("admin:claims_source_changelist")).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_source_page_costs_the_same_queries_for_2_or_40_checks_and_snapshots(client, reviewer):
    source = add_source(make_claim())
    client.force_login(reviewer)
    counts = []
    for total in (2, 40):
        while source.checks.count() < total:
            n = source.checks.count()
            LinkCheck.objects.create(source=source, url=source.url, link_class=LinkClass.OK, http_status=200)
            SourceSnapshot.objects.create(
                source=source, url=source.url, sha256=f"{n:064x}", text=f"Version {n}."
            )
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse("admin:claims_source_change", args=[source.pk]))
        assert page.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], "\n".join(q["sql"][:150] for q in queries.captured_queries)
