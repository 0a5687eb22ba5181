"""Ingest articles from a file, a URL, standard input or a JSON Lines batch.

    manage.py ingest seeds/000_5e1c3ae6a570970f.txt
    manage.py ingest https://news.example.org/story
    manage.py ingest --dry-run --format json article.html
    manage.py ingest batch.jsonl          # a {"text"|"html": ..., "url": ...} object a line

Stored articles go to the extraction queue (a Celery worker extracts their claims).
`--dry-run` runs the extractor here and prints what it would create, writing nothing.
Bad input exits 2 with one line; a batch is checked whole before anything is stored.
"""

import json
import sys
from pathlib import Path
from typing import NamedTuple

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.extraction.pipeline import extract, extract_html
from claims.ingest import IngestError, Submission, decode_upload, fetch_page, validate_text


class Item(NamedTuple):
    """One article to ingest and where it was read (the file, its line, or the URL)."""

    origin: str
    article: Submission


class Command(BaseCommand):
    help = "Ingest articles (text, HTML, a URL, or JSON Lines) and queue their claims for review."

    def add_arguments(self, parser):
        parser.add_argument("source", help="a file path, an http(s) URL, or - for standard input")
        parser.add_argument("--dry-run", action="store_true", help="extract and print; store nothing")
        parser.add_argument("--format", choices=["text", "json"], default="text", help="output format")
        parser.add_argument(
            "--batch", action="store_true", help="treat the input as JSON Lines (implied by .jsonl)"
        )

    def handle(self, *args, source: str, dry_run: bool, format: str, batch: bool, **options) -> None:
        items = read_items(source, batch=batch or source.endswith((".jsonl", ".ndjson")))
        if dry_run:
            for item in items:
                self.stdout.write(
                    json.dumps(
                        dry_run_document(item), ensure_ascii=False, indent=None if len(items) > 1 else 2
                    )
                )
            return
        results = []
        progress = tqdm(items, desc="ingesting", unit="article", disable=len(items) < 2, file=sys.stderr)
        for item in progress:
            try:
                results.append((item, item.article.ingest()))
            except IngestError as exc:
                raise CommandError(blame(item.origin, exc), returncode=2) from None
        for item, result in results:
            self.report(item, result, format)

    def report(self, item: Item, result, format: str) -> None:
        article = result.article
        if format == "json":
            line = {
                "origin": item.origin,
                "article_id": article.pk,
                "created": result.created,
                "status": article.status,
            }
            self.stdout.write(json.dumps(line))
        else:
            verb = "stored; claims are being extracted" if result.created else "already stored"
            self.stdout.write(self.style.SUCCESS(f"{item.origin}: article {article.pk} {verb}"))


def blame(origin: str, exc: IngestError) -> str:
    """The error after the input it is about, unless it names that input already (a URL's fetch)."""
    message = str(exc)
    return message if origin in message else f"{origin}: {message}"


def read_items(source: str, *, batch: bool) -> list[Item]:
    if source.startswith(("http://", "https://")):
        return [Item(source, Submission(url=source))]
    raw = _read_bytes(source)
    try:
        text = decode_upload(raw)
    except IngestError as exc:
        raise CommandError(f"{source}: {exc}", returncode=2) from None
    if not batch:
        article = Submission(html=text) if _looks_like_html(text) else Submission(text=text)
        return [Item(source, article)]
    items = [
        _parse_line(line, f"{source}:{number}")
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]
    if not items:
        raise CommandError(f"{source}: the batch has no articles", returncode=2)
    return items


def _read_bytes(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.is_file():
        raise CommandError(f"{source}: no such file", returncode=2)
    return path.read_bytes()


def _parse_line(line: str, origin: str) -> Item:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{origin}: not valid JSON ({exc.msg})", returncode=2) from None
    if not isinstance(data, dict):
        raise CommandError(f"{origin}: each line must be a JSON object", returncode=2)
    given = {key: data[key] for key in ("text", "html", "url") if data.get(key) is not None}
    if not all(isinstance(value, str) for value in given.values()):
        raise CommandError(f"{origin}: text, html and url must be strings", returncode=2)
    article = Submission(**given)
    try:
        article.check()
    except IngestError as exc:
        raise CommandError(f"{origin}: {exc}", returncode=2) from None
    return Item(origin, article)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def dry_run_document(item: Item) -> dict:
    """Extract without storing; the same validation and fetching as a real run."""
    article = item.article
    try:
        if article.check() == "url":
            page = fetch_page(article.url)
            if page.content_type == "text/html":
                return extract_html(page.text, url=page.final_url).to_json_dict()
            return extract(validate_text(page.text)).to_json_dict()
        if article.html:
            return extract_html(article.html, url=article.url or None).to_json_dict()
        return extract(validate_text(article.text)).to_json_dict()
    except IngestError as exc:
        raise CommandError(f"{item.origin}: {exc}", returncode=2) from None
