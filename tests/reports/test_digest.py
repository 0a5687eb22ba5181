"""The period digest: what it counts, and that it costs the same few queries at any size."""

import csv
import io
from datetime import UTC, date, timedelta

import pytest

from reports.digest import build_digest
from reports.periods import day_period
from reports.render import table
from tests.reports import factories as make

pytestmark = pytest.mark.django_db
DAY = day_period(date(2025, 3, 4), UTC)
NOW = DAY.end + timedelta(hours=7)


def _build(**kwargs):
    return build_digest(DAY, now=NOW, tz=UTC, **kwargs)


def test_it_counts_claims_verdicts_and_corrections_of_the_period_only(reviewer, editor):
    make.busy_day(DAY.start, claims=6, reviewer=reviewer, editor=editor)
    make.busy_day(DAY.start - timedelta(days=1), claims=3, reviewer=reviewer, editor=editor)

    data = _build()

    assert data["claims"] == {"extracted": 6, "articles": 1}
    assert data["verdicts"]["published"] == 2
    by_rating = {r["slug"]: r["count"] for r in data["verdicts"]["by_rating"]}
    assert by_rating["false"] == 1 and by_rating["mostly-true"] == 1 and by_rating["true"] == 0
    assert data["corrections"]["total"] == 1
    assert data["corrections"]["items"][0]["by"] == "erin"


def test_a_correction_note_starting_like_a_formula_is_downloaded_as_text(reviewer, editor):
    piece = make.busy_day(DAY.start, claims=1, reviewer=reviewer, editor=editor)
    piece.claims.get().corrections.update(what_changed="=cmd|' /C calc'!A0")

    rows = list(csv.reader(io.StringIO(table.render(_build()))))

    assert [row[3] for row in rows if row[2] == "what_changed"] == ["'=cmd|' /C calc'!A0"]


def test_it_reports_the_queue_by_state_and_age_with_the_oldest_waiting_claim(reviewer, editor):
    piece = make.article()
    old = make.claim(piece, at=NOW - timedelta(days=10), status="in_review", text="The oldest one.")
    make.claim(piece, at=NOW - timedelta(hours=2), status="queued")
    make.claim(piece, at=NOW - timedelta(days=20), status="published")

    queue = _build()["queue"]

    assert queue["waiting"] == 2
    assert {r["status"]: r["count"] for r in queue["by_status"]}["in_review"] == 1
    assert [b["count"] for b in queue["age_buckets"]] == [1, 0, 0, 1, 0]
    assert queue["oldest_waiting"]["claim_id"] == old.pk
    assert queue["oldest_waiting"]["age_hours"] == 240.0


def test_it_gives_the_median_time_to_verdict_and_throughput_per_reviewer(reviewer, other_reviewer, editor):
    piece = make.article()
    for author, waited in ((reviewer, 2), (reviewer, 4), (other_reviewer, 20)):
        c = make.claim(piece, at=DAY.start, status="published")
        make.verdict(
            c,
            rating="false",
            author=author,
            approved_by=editor,
            published_at=DAY.start + timedelta(hours=waited),
        )

    data = _build()

    assert data["time_to_verdict"] == {"median_hours": 4.0, "verdicts": 3}
    people = {p["username"]: (p["authored"], p["approved"]) for p in data["reviewers"]}
    assert people == {"rita": (2, 0), "ravi": (1, 0), "erin": (0, 3)}


def test_it_lists_sources_that_broke_or_changed_in_the_period_with_link_checks_over_time(reviewer, editor):
    piece = make.article()
    c = make.claim(piece, at=DAY.start)
    checked = DAY.start + timedelta(hours=9)
    broken = make.source(
        c, url="https://example.org/gone", link_status="broken", checked_at=checked, consecutive_failures=3
    )
    make.source(
        c, url="https://example.org/edited", link_status="ok", checked_at=checked, changed_since_cited=True
    )
    make.source(c, url="https://example.org/fine", link_status="ok", checked_at=checked)
    make.source(
        c, url="https://example.org/old-break", link_status="broken", checked_at=DAY.start - timedelta(days=3)
    )
    make.link_check(broken, at=checked, link_class="broken")

    data = _build()

    assert data["sources"]["total"] == 2
    assert [s["url"] for s in data["sources"]["items"]] == [
        "https://example.org/gone",
        "https://example.org/edited",
    ]
    rows = data["link_health"]["over_time"]["rows"]
    assert data["link_health"]["over_time"]["bucket"] == "hour" and len(rows) == 24
    assert rows[9] == {"at": "2025-03-04T09:00:00+00:00", "broken": 1}
    assert {r["status"]: r["count"] for r in data["link_health"]["by_status"]}["broken"] == 2


def test_it_caps_lists_but_keeps_exact_totals(reviewer, editor):
    piece = make.article()
    c = make.claim(piece, at=DAY.start)
    for i in range(5):
        make.source(
            c,
            url=f"https://example.org/{i}",
            link_status="timeout",
            checked_at=DAY.start + timedelta(hours=1),
        )

    sources = _build(list_limit=2)["sources"]

    assert sources["total"] == 5 and len(sources["items"]) == 2


@pytest.mark.parametrize("claims", [2, 50])
def test_it_is_built_with_a_constant_number_of_queries(claims, reviewer, editor, django_assert_num_queries):
    make.busy_day(DAY.start, claims=claims, reviewer=reviewer, editor=editor)
    # claims 1, ratings 1, queue 2 (aggregate, oldest), time to verdict 1, reviewers 2,
    # link health 2 (by state, over time), sources 2 (count, list), corrections 2 (count, list)
    with django_assert_num_queries(13):
        data = _build()
    assert data["claims"]["extracted"] == claims
