"""Import other fact-checkers' verdicts (schema.org ClaimReview) as FactCheck rows.

    manage.py import_claimreview feed.json          # JSON-LD: an object, an array, @graph, a DataFeed
    manage.py import_claimreview https://example.org/fact-check/123   # an HTML page carrying it
    manage.py import_claimreview - < feed.json
    manage.py import_claimreview --dry-run feed.json

Ratings are mapped to our scale by the admin's rating mapping table; a rating with no row is
kept as text and listed at the end. A URL imported before is updated in place when anything
changed and otherwise left alone; a field an admin corrected on the fact-check's page stays as
they saved it (listed as "kept as corrected in the admin"), and a page an admin opened before
the import cannot save over it. Everything is stored in one transaction; bad input exits 2
with one line and stores nothing. Imported fact-checks get their vectors from Celery.
URLs are fetched through the SSRF-guarded client (claims.guarded_http), as articles are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.guarded_http.fetch import FetchError, fetch
from claims.matching.claimreview import ClaimReviewError, claim_reviews
from claims.matching.importing import ImportReport, import_reviews

ACCEPTED_TYPES = ("text/html", "application/ld+json", "application/json", "text/plain")


class Command(BaseCommand):
    help = "Import ClaimReview JSON-LD (a file, an http(s) URL, or - for standard input) as fact-checks."

    def add_arguments(self, parser):
        parser.add_argument("source", help="a file path, an http(s) URL, or - for standard input")
        parser.add_argument("--dry-run", action="store_true", help="check and count; store nothing")

    def handle(self, *args, source: str, dry_run: bool, **options) -> None:
        try:
            objects = claim_reviews(read_source(source))
        except (ClaimReviewError, FetchError) as exc:
            raise CommandError(f"{source}: {exc}", returncode=2) from None
        self.print_report(import_reviews(objects, dry_run=dry_run), dry_run)

    def print_report(self, report: ImportReport, dry_run: bool) -> None:
        would = "would be " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.imported)} {would}imported, {len(report.updated)} {would}updated "
                f"(URL seen before, content changed), {len(report.unchanged)} unchanged "
                f"(URL seen before, nothing new), {len(report.skipped)} skipped"
            )
        )
        for skipped in report.skipped:
            self.stdout.write(self.style.WARNING(f"skipped {skipped.where}: {skipped.reason}"))
        for url, fields in report.kept_corrections:
            self.stdout.write(
                self.style.WARNING(f"kept as corrected in the admin: {url}: {', '.join(fields)}")
            )
        if report.unknown_ratings:
            self.stdout.write(
                self.style.WARNING(
                    "ratings with no mapping to our scale (kept as text; add them in the admin):"
                )
            )
            for text, count in report.unknown_ratings.most_common():
                self.stdout.write(f"  {text!r}: {count}")


def read_source(source: str) -> str:
    """The text of a file, of standard input, or of a page fetched through the SSRF guard."""
    if source.startswith(("http://", "https://")):
        page = fetch(
            source,
            max_bytes=settings.FETCH_MAX_BYTES,
            timeout=settings.FETCH_TIMEOUT,
            allowed_networks=settings.SSRF_ALLOWED_NETWORKS,
            accept=ACCEPTED_TYPES,
        )
        return page.text
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise ClaimReviewError(f"cannot read the file ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ClaimReviewError(f"not valid UTF-8 (byte {exc.start})") from None
