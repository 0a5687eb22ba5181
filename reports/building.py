"""Building a Report: compute its data once, render every format from it, store it all.

Used by the Celery task, the admin (through the task) and `manage.py build_report`.
"""

import json
from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from reports import digest
from reports.article_report import build_article_report
from reports.models import Report, ReportFile, ReportKind, ReportStatus
from reports.periods import Period
from reports.render import html, table, text
from reports.render.charts import charts_for

Progress = Callable[[str], None]

# name, content type, renderer of (data, charts); charts are rendered first, once.
FORMATS = [
    (
        "report.html",
        "text/html; charset=utf-8",
        lambda data, charts: html.render(data, html.inline_images(charts)),
    ),
    ("report.txt", "text/plain; charset=utf-8", lambda data, charts: text.render(data)),
    ("report.csv", "text/csv; charset=utf-8", lambda data, charts: table.render(data)),
    ("report.json", "application/json", lambda data, charts: json.dumps(data, indent=2, ensure_ascii=False)),
]
FORMAT_NAMES = {"html": "report.html", "text": "report.txt", "csv": "report.csv", "json": "report.json"}


def new_digest(period: Period, *, requested_by=None) -> Report:
    return Report.objects.create(
        kind=ReportKind.DIGEST,
        period_start=period.start,
        period_end=period.end,
        title=f"Digest, {period.label()}",
        requested_by=requested_by,
    )


def new_article_report(article, *, requested_by=None) -> Report:
    return Report.objects.create(
        kind=ReportKind.ARTICLE,
        article=article,
        title=f"Article report: {article}",
        requested_by=requested_by,
    )


def step_count(report: Report) -> int:
    """How many times `build` calls `progress` for this report (for a progress bar's total)."""
    if report.kind == ReportKind.DIGEST:
        data_steps = len(digest.SECTIONS)
    else:
        data_steps = Claim.objects.filter(article_id=report.article_id).count()
    return data_steps + 1 + len(FORMATS) + 1  # + charts, formats, save


def compute(report: Report, *, now: datetime, progress: Progress | None = None) -> dict:
    if report.kind == ReportKind.DIGEST:
        return digest.build_digest(
            report.period,
            now=now,
            tz=timezone.get_current_timezone(),
            list_limit=settings.REPORTS_LIST_LIMIT,
            progress=progress,
        )
    if report.article_id is None:
        raise ValueError("this article report's article was deleted")
    return build_article_report(report.article_id, now=now, progress=progress)


def build(report: Report, *, progress: Progress | None = None) -> Report:
    """Compute, render and store `report`; its files are replaced if it was built before."""
    step = progress or (lambda name: None)
    data = compute(report, now=timezone.now(), progress=step)
    charts = charts_for(data)
    step("charts")
    files = [ReportFile(report=report, name=c.name, content_type="image/png", content=c.png) for c in charts]
    for name, content_type, render in FORMATS:
        files.append(
            ReportFile(
                report=report, name=name, content_type=content_type, content=render(data, charts).encode()
            )
        )
        step(name)
    for f in files:
        f.size = len(f.content)
    with transaction.atomic():
        report.files.all().delete()
        ReportFile.objects.bulk_create(files)
        report.data, report.title, report.error = data, data["title"], ""
        report.status, report.built_at = ReportStatus.BUILT, timezone.now()
        report.save(update_fields=["data", "title", "error", "status", "built_at"])
    step("save")
    return report


def latest_or_build(period: Period) -> Report:
    """The newest built digest of `period`, building one when there is none yet."""
    report = Report.objects.built_for(ReportKind.DIGEST, period).first()
    return report or build(new_digest(period))
