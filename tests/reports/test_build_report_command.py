"""manage.py build_report: builds and stores a report, prints one format,
refuses bad arguments in one line."""

import csv
import io
import json
import subprocess
import sys
from datetime import UTC, date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from reports.models import Report
from reports.periods import day_period
from tests.reports import factories as make
from tests.workers import ROOT

DAY = day_period(date(2025, 3, 4), UTC)


def _run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("build_report", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_it_builds_and_stores_the_digest_of_a_day_and_prints_its_text(reviewer, editor):
    make.busy_day(DAY.start, claims=6, reviewer=reviewer, editor=editor)

    out, err = _run("digest", "2025-03-04")

    report = Report.objects.get()
    assert out.startswith("factcheck newsroom\nDigest, 2025-03-04\n")
    assert f"Built report {report.pk}" in err
    assert sorted(report.files.values_list("name", flat=True)) == [
        "link_health.png",
        "queue_age.png",
        "report.csv",
        "report.html",
        "report.json",
        "report.txt",
        "verdicts.png",
    ]


@pytest.mark.django_db
def test_it_prints_csv_and_json_from_the_same_data(reviewer, editor):
    make.busy_day(DAY.start, claims=6, reviewer=reviewer, editor=editor)

    rows = list(csv.reader(io.StringIO(_run("digest", "2025-03-04", "--format", "csv")[0])))
    data = json.loads(_run("digest", "2025-03-04", "--format", "json")[0])

    assert rows[0] == ["section", "item", "metric", "value"]
    assert ["claims", "", "extracted", "6"] in rows
    assert data["claims"]["extracted"] == 6 and data["period"]["label"] == "2025-03-04"


@pytest.mark.django_db
def test_it_builds_an_article_report_into_a_file(tmp_path, reviewer, editor):
    piece = make.busy_day(DAY.start, claims=3, reviewer=reviewer, editor=editor)

    _run("article", "--article", str(piece.pk), "--format", "html", "--output", str(tmp_path / "a.html"))

    assert "Article report: Article" in (tmp_path / "a.html").read_text()


@pytest.mark.django_db
def test_an_unknown_article_or_an_unreadable_period_is_refused():
    with pytest.raises(CommandError, match="there is no article 999"):
        _run("article", "--article", "999")
    with pytest.raises(CommandError, match="cannot read the period 'last-tuesday'"):
        _run("digest", "last-tuesday")


@pytest.mark.parametrize("args", [["weekly"], ["digest", "2025-13-01"], ["digest", "--format", "pdf"]])
def test_bad_arguments_exit_2_with_one_line_from_the_shell(args):
    done = subprocess.run(
        [sys.executable, "manage.py", "build_report", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )

    # Other apps may log at start-up; the command itself says one line and no traceback.
    errors = [line for line in done.stderr.splitlines() if "error" in line.lower()]
    assert done.returncode == 2
    assert len(errors) == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout == ""
