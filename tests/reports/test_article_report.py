"""The article report: each claim with its state, verdict, sources and corrections, in five queries."""

import csv
import io
from datetime import UTC, datetime

import pytest

from claims.models import Article
from reports.article_report import build_article_report
from reports.render import html, table, text
from reports.render.charts import charts_for
from tests.reports import factories as make

pytestmark = pytest.mark.django_db
DAY = datetime(2025, 3, 4, tzinfo=UTC)


def test_it_shows_every_claim_with_its_verdict_sources_and_corrections(reviewer, editor):
    piece = make.busy_day(DAY, claims=4, reviewer=reviewer, editor=editor)

    data = build_article_report(piece.pk, now=DAY)

    assert data["summary"]["claims"] == 4 and data["summary"]["corrections"] == 1
    first = data["claims"][0]
    assert first["verdict"]["rating_label"] == "False" and first["verdict"]["approved_by"] == "erin"
    assert first["sources"][0]["url"] == "https://example.org/0" and first["corrections"][0]["by"] == "erin"
    assert data["claims"][1]["verdict"] is None


def test_every_format_renders_from_the_same_data(reviewer, editor):
    piece = make.busy_day(DAY, claims=4, reviewer=reviewer, editor=editor)
    data = build_article_report(piece.pk, now=DAY)
    charts = charts_for(data)

    page = html.render(data, html.inline_images(charts))

    assert [c.name for c in charts] == ["verdicts.png", "link_status.png"]
    assert page.count('src="data:image/png;base64,') == 2
    assert data["claims"][0]["text"] in page and data["claims"][0]["text"] in text.render(data)
    assert table.render(data).splitlines()[0].startswith("claim_id,text,speaker,status")


def test_a_source_with_a_script_url_gets_no_link(reviewer, editor):
    piece = make.article()
    claim = make.claim(piece, at=DAY)
    make.source(claim, url="javascript:alert(1)")

    page = html.render(build_article_report(piece.pk, now=DAY), [])

    assert 'href="javascript' not in page


FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_claim_a_spreadsheet_would_run_as_a_formula_is_downloaded_as_text(formula, reviewer, editor):
    piece = make.article()
    made = make.claim(piece, at=DAY, text=formula, speaker=formula)
    make.verdict(made, rating="false", author=reviewer, approved_by=editor, published_at=DAY)

    rows = list(csv.DictReader(io.StringIO(table.render(build_article_report(piece.pk, now=DAY)))))

    assert (rows[0]["text"], rows[0]["speaker"]) == ("'" + formula, "'" + formula)
    assert rows[0]["claim_id"] == str(made.pk) and rows[0]["sources"] == "0"  # numbers stay numbers


@pytest.mark.parametrize("claims", [2, 50])
def test_it_is_built_with_a_constant_number_of_queries(claims, reviewer, editor, django_assert_num_queries):
    piece = make.busy_day(DAY, claims=claims, reviewer=reviewer, editor=editor)
    # the article; its claims with assignees; current verdicts with rating, author, approver;
    # sources; corrections with their author
    with django_assert_num_queries(5):
        build_article_report(piece.pk, now=DAY)


def test_an_unknown_article_is_an_error():
    with pytest.raises(Article.DoesNotExist):
        build_article_report(999, now=DAY)


def test_a_reworded_claim_shows_as_checked_beside_the_articles_sentence_in_every_format():
    piece = make.article()
    checked = "The number of homes at risk of flooding has risen to 4,100."
    made = make.claim(piece, at=DAY, text="She added that it had risen to 4,100.", checked_text=checked)

    data = build_article_report(piece.pk, now=DAY)

    shown = "As checked: The number of homes at risk of flooding has risen to 4,100."
    assert shown in text.render(data)
    assert (
        "As checked: <strong>The number of homes at risk of flooding has risen to 4,100.</strong>"
        in html.render(data, [])
    )
    [row] = list(csv.DictReader(io.StringIO(table.render(data))))
    assert (row["text"], row["checked_text"]) == (made.text, made.checked_text)
