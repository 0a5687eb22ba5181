"""Build a report from the shell, as the Celery task does, and print it in one format.

    manage.py build_report digest yesterday --format html --output digest.html
    manage.py build_report digest 2025-03-01..2025-03-31 --format csv
    manage.py build_report article --article 17 --format json

The report is stored like one built from the admin (Reports > Reports), so it can be
viewed, downloaded and mailed from there. A progress bar on stderr follows long builds.
Bad arguments stop with one line and exit status 2.
"""

import sys
from argparse import ArgumentParser

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from claims.models import Article
from reports import building
from reports.models import ReportKind
from reports.periods import parse_period


class Command(BaseCommand):
    help = "Build a digest (for a period) or an article report, store it, and print one format."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs) -> ArgumentParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        # argparse prints its usage before the error; one line is easier to read in scripts.
        default_error = parser.error

        def one_line_error(message: str):
            if not parser.called_from_command_line:
                return default_error(message)
            parser.exit(2, f"{parser.prog}: error: {message}\n")

        parser.error = one_line_error
        return parser

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("kind", choices=[k.value for k in ReportKind], help="digest or article")
        parser.add_argument(
            "period",
            nargs="?",
            help="digests: today, yesterday (default), this-week, last-week, YYYY-MM-DD, YYYY-Www, "
            "or YYYY-MM-DD..YYYY-MM-DD",
        )
        parser.add_argument("--article", type=int, help="article reports: the article's id")
        parser.add_argument("--format", choices=list(building.FORMAT_NAMES), default="text")
        parser.add_argument("--output", "-o", help="write the format to this file instead of stdout")

    def handle(
        self,
        *args,
        kind: str,
        period: str | None,
        article: int | None,
        format: str,
        output: str | None,
        **options,
    ) -> None:
        report = self._new_report(kind, period, article)
        with tqdm(
            total=building.step_count(report),
            desc=report.title[:40],
            unit="step",
            file=sys.stderr,
            disable=None,
            leave=False,
        ) as bar:
            building.build(report, progress=lambda step: bar.update(1))
        content = report.files.get(name=building.FORMAT_NAMES[format]).content
        if output:
            with open(output, "wb") as f:
                f.write(content)
        else:
            self.stdout.write(bytes(content).decode(), ending="")
        self.stderr.write(
            self.style.SUCCESS(
                f"Built report {report.pk}: {report.title} ({report.files.count()} files; "
                f"admin: /admin/reports/report/{report.pk}/change/)"
            )
        )

    def _new_report(self, kind: str, period: str | None, article_id: int | None):
        if kind == ReportKind.ARTICLE:
            if article_id is None or period:
                raise CommandError("an article report takes --article ID and no period", returncode=2)
            article = Article.objects.filter(pk=article_id).first()
            if article is None:
                raise CommandError(f"there is no article {article_id}", returncode=2)
            return building.new_article_report(article)
        if article_id is not None:
            raise CommandError("--article is for article reports only", returncode=2)
        try:
            span = parse_period(period or "yesterday", timezone.now(), timezone.get_current_timezone())
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        return building.new_digest(span)
