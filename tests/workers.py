"""Start a real Celery worker process for a test, against the test database."""

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

from bench.processes import stop_process

ROOT = Path(__file__).resolve().parent.parent


def test_database_url() -> str:
    """The URL of the database this test runs on, for a worker process to share."""
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    host, port = s.get("HOST") or "127.0.0.1", s.get("PORT") or 5432
    return f"postgres://{s['USER']}@{host}:{port}/{s['NAME']}"


@contextlib.contextmanager
def running_process(cmd: list[str], label: str, *, env: dict | None = None):
    """Run `cmd` from the project root on the test database, logging to var/; stop it after.

    The log's tail is printed when the process stops, so a failing test shows what it said.
    """
    env = {**os.environ, "DATABASE_URL": test_database_url(), **(env or {})}
    log = open(Path(os.environ["FACTCHECK_VAR_DIR"]) / f"{label}-{time.monotonic_ns()}.log", "w+")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        stop_process(proc)
        log.seek(0)
        sys.stdout.write(f"--- {label} ---\n{log.read()[-3000:]}\n")
        log.close()


def celery_command(*args: str) -> list[str]:
    """`celery -A factcheck <args>` with this interpreter, logging at INFO."""
    return [sys.executable, "-m", "celery", "-A", "factcheck", *args, "--loglevel", "INFO"]


def running_worker(
    *, broker_url: str | None = None, queues: str = "default,extraction,linkchecks,reports,email,webhooks"
):
    """A real `celery worker` process (one pool child) on the test database."""
    cmd = celery_command(
        "worker",
        "-Q",
        queues,
        "--concurrency",
        "1",
        "--without-gossip",
        "--without-mingle",
        "--loglevel",
        "INFO",
    )
    return running_process(cmd, "worker", env={"CELERY_BROKER_URL": broker_url} if broker_url else None)


def wait_for(predicate, *, timeout: float = 90.0, interval: float = 0.2) -> bool:
    """Poll until `predicate()` is true; generous, because a worker starts slowly on a busy machine."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
