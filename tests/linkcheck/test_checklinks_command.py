import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.guarded_http.site import html, page, redirect

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def loopback_allowed(settings):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.LINKCHECK_TIMEOUT = 2.0
    settings.LINKCHECK_PER_HOST_INTERVAL = 0.0


def run(*args, stdin=None):
    out, err = io.StringIO(), io.StringIO()
    call_command("checklinks", *args, stdout=out, stderr=err, stdin=stdin)
    return out.getvalue(), err.getvalue()


def test_it_prints_one_line_per_url_and_a_summary(site, tmp_path, loopback_allowed):
    site.routes["/ok"] = lambda r: html(page("Fine"))
    site.routes["/old"] = lambda r: redirect("/ok", 301)
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# sources\n{site.url('/ok')}\n\n{site.url('/old')}\n{site.url('/nope')}\nmailto:x@example.org\n"
    )
    out, _err = run(str(urls))
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ok", "200", site.url("/ok")]
    assert lines[1].split()[:5] == ["redirect", "200", site.url("/old"), "->", site.url("/ok")]
    assert lines[2].split()[:2] == ["broken", "404"]
    assert lines[3].split()[:2] == ["invalid", "-"]
    assert lines[4].startswith("4 URLs in ") and lines[4].endswith("1 ok, 1 redirect, 1 broken, 1 invalid")


def test_json_lines_carry_the_documented_fields(site, loopback_allowed):
    site.routes["/old"] = lambda r: redirect("/new", 308)
    site.routes["/new"] = lambda r: html(page("New"))
    out, err = run("--json", "-", stdin=io.StringIO(site.url("/old") + "\n"))
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert list(row) == ["url", "class", "http_status", "final_url", "redirects", "elapsed_ms", "error"]
    assert row["class"] == "redirect" and row["redirects"] == [[308, site.url("/new")]]
    assert err.startswith("1 URLs in ")


def test_it_stores_nothing_and_uses_the_ssrf_settings(site, canary, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    out, _err = run("--json", "-", stdin=io.StringIO(f"http://127.0.0.1:{canary.port}/\n"))
    assert json.loads(out)["class"] == "blocked"
    assert canary.connections == 0


def test_a_missing_file_is_a_command_error_with_exit_code_2(tmp_path):
    with pytest.raises(CommandError, match="cannot read URL list") as caught:
        run(str(tmp_path / "missing.txt"))
    assert caught.value.returncode == 2


def test_a_binary_file_is_a_command_error(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(CommandError):
        run(str(junk))


def test_from_the_shell_a_bad_file_exits_2_with_one_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "manage.py", "checklinks", str(tmp_path / "missing.txt")],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
        timeout=60,
    )
    assert done.returncode == 2
    # Other apps may log at start-up; the command's own output is the one CommandError line.
    (line,) = [line for line in done.stderr.splitlines() if "URL list" in line]
    assert line.startswith("CommandError: cannot read URL list") and "Traceback" not in done.stderr
