"""`make run PORT=...` (README "Getting started") serves on that port, and the links it
writes (e-mails, ClaimReview, webhooks: SITE_URL) point there too, not at 8000; a port
already taken is said at once, with what to type instead."""

import os
import socket
import subprocess
import sys
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


def test_a_port_already_in_use_stops_make_run_before_anything_starts_and_says_what_to_type():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "factcheck.devrun", "Procfile.dev"],
            cwd=ROOT, env={**os.environ, "PORT": str(port)}, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert result.returncode == 1
    assert f"port {port} is in use" in result.stderr and f"make run PORT={port + 1}" in result.stderr
    assert "started" not in result.stdout  # neither web nor worker nor beat
