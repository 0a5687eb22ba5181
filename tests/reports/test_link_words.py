"""Reports say link health in the admin's words (LinkClass labels), never "failing links"."""

from datetime import UTC, date, datetime, timedelta

import lxml.html
import pytest

from claims.models import Source
from reports.article_report import build_article_report
from reports.digest import build_digest
from reports.periods import day_period
from reports.render import html, text
from reports.render.charts import article_link_rows, charts_for, link_class_labels
from tests.reports import factories as make

pytestmark = pytest.mark.django_db
DAY = day_period(date(2025, 3, 4), UTC)
AT = datetime(2025, 3, 4, 9, tzinfo=UTC)


def article_with_links(*link_statuses: str):
    piece = make.article()
    claim = make.claim(piece, at=AT)
    for n, status in enumerate(link_statuses):
        make.source(claim, url=f"https://example.org/{n}", link_status=status, checked_at=AT)
    return piece


def test_the_article_report_counts_links_by_their_class_words(reviewer, editor):
    data = build_article_report(article_with_links("broken", "timeout", "timeout", "ok").pk, now=AT)

    page = lxml.html.fromstring(html.render(data, html.inline_images(charts_for(data))))
    figures = [" ".join(p.text_content().split()) for p in page.xpath("//p")]
    assert "1 Broken, 2 Timed out" in figures
    plain = text.render(data)
    assert "4 sources (1 Broken, 2 Timed out; 0 changed since cited)" in plain
    assert "failing link" not in plain.lower() and "failing link" not in " ".join(figures).lower()


def test_an_article_with_healthy_links_names_the_classes_it_has_none_of(reviewer, editor):
    data = build_article_report(article_with_links("ok").pk, now=AT)
    assert "1 sources (none Broken, Timed out or Temporarily failing;" in text.render(data)


def test_the_article_chart_labels_its_bars_with_the_class_words(reviewer, editor):
    data = build_article_report(article_with_links("transient", "ok", "timeout").pk, now=AT)
    assert article_link_rows(data) == [("OK", 1), ("Timed out", 1), ("Temporarily failing", 1)]


def test_the_digest_says_which_classes_its_sources_turned_and_labels_its_legend(reviewer, editor):
    article_with_links("broken")
    data = build_digest(DAY, now=DAY.end + timedelta(hours=7), tz=UTC)

    assert (
        "1 source(s) turned Broken, Timed out or Temporarily failing, or changed since cited"
        in text.render(data)
    )
    assert link_class_labels(data)["transient"] == "Temporarily failing"
    assert link_class_labels(data)["timeout"] == "Timed out"


def test_the_digest_charts_a_period_with_link_checks(reviewer, editor):
    """The chart of checks over time once overwrote its legend's words with its tick labels
    and failed the whole digest whenever the period had a link check."""
    piece = article_with_links("broken", "ok")
    for source in Source.objects.filter(claim__article=piece):
        make.link_check(source, at=AT, link_class=source.link_status)
    data = build_digest(DAY, now=DAY.end + timedelta(hours=7), tz=UTC)

    charts = {chart.name: chart for chart in charts_for(data)}

    assert charts["link_health.png"].png.startswith(b"\x89PNG")
