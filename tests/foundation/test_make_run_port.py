"""`make run PORT=...` (README "Getting started") serves on that port, and the links it
writes (e-mails, ClaimReview, webhooks: SITE_URL) point there too, not at 8000."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_command(**env: str) -> str:
    """The line `make run` would start web, worker and beat with (make -n runs nothing)."""
    clean = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "run", "PORT=8053"],
        cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return next(line for line in result.stdout.splitlines() if "factcheck.devrun" in line)


def test_make_run_on_another_port_links_to_that_port():
    command = run_command()
    assert "PORT=8053" in command and 'SITE_URL="http://127.0.0.1:8053"' in command


def test_a_site_url_set_in_the_environment_is_kept():
    assert 'SITE_URL="https://news.example.org"' in run_command(SITE_URL="https://news.example.org")
