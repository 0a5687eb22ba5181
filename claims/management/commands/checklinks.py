"""Check a list of URLs by hand, storing nothing.

Runs the same checker with the same LINKCHECK_* / SSRF settings as the scheduled
source checks, so "why is this source marked broken?" can be asked of any URL:

    manage.py checklinks urls.txt
    some-command | manage.py checklinks --json -

One line per distinct URL, in input order, then a summary. With --json the lines
are JSON Lines (url, class, http_status, final_url, redirects, elapsed_ms, error)
and the summary goes to stderr, so stdout stays machine-readable.
"""

from __future__ import annotations

import collections
import json
import sys
import time

from django.core.management.base import BaseCommand, CommandError

from claims.link_class import LinkClass
from claims.linkcheck.checker import check_urls_sync
from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.result import LinkResult

JSON_FIELDS = ("url", "class", "http_status", "final_url", "redirects", "elapsed_ms", "error")


def read_urls(path: str, stdin) -> list[str]:
    """Distinct URLs in order of first appearance; blank lines and # comments skipped."""
    try:
        if path == "-":
            text = stdin.read()
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read URL list {path}: {exc}", returncode=2) from exc
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def as_json_line(result: LinkResult) -> str:
    data = result.as_dict()
    return json.dumps({name: data[name] for name in JSON_FIELDS})


class Command(BaseCommand):
    help = "Check the URLs in FILE (one per line, - for stdin) and print each one's link class."
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", help="file with one URL per line, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print JSON Lines instead of text")

    def handle(self, *args, **options):
        urls = read_urls(options["file"], options.get("stdin") or sys.stdin)
        config = LinkCheckConfig.from_settings()
        started = time.monotonic()
        results = check_urls_sync(urls, config)
        elapsed = time.monotonic() - started
        for url in urls:
            result = results[url]
            self.stdout.write(as_json_line(result) if options["json"] else self.text_line(result))
        counts = collections.Counter(results[url].link_class for url in urls)
        summary = f"{len(urls)} URLs in {elapsed:.1f} s: " + ", ".join(
            f"{counts[c]} {c}" for c in LinkClass if counts[c]
        )
        (self.stderr if options["json"] else self.stdout).write(summary if urls else "no URLs to check")

    def text_line(self, result: LinkResult) -> str:
        style = {
            LinkClass.OK: self.style.SUCCESS,
            LinkClass.REDIRECT: self.style.SUCCESS,
            LinkClass.TRANSIENT: self.style.WARNING,
            LinkClass.TIMEOUT: self.style.WARNING,
        }.get(result.link_class, self.style.ERROR)
        line = f"{style(f'{result.link_class:<9}')} {result.http_status or '-':>3} {result.url}"
        if result.final_url and result.final_url != result.url:
            line += f" -> {result.final_url}"
        if result.error:
            line += f"  ({result.error})"
        return line
