"""Real processes for the fault suite: a private Redis to kill, workers, beat and gunicorn.

The machine's shared Redis is never killed: each test that needs a broker gets its own
redis-server on a free loopback port (no persistence, so a restart also wipes its data).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.load_test import gunicorn_command
from tests.reports.processes import children  # noqa: F401  (the fault tests kill pool processes too)
from tests.workers import celery_command, running_process, wait_for

REDIS_SERVER = "redis-server"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def listening(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


# The sweeper every 2 s for work pending over 1 s, so a fault test sees it act within seconds.
SWEEPER = {"PENDING_WORK_SWEEP_SECONDS": "2", "PENDING_WORK_AGE_SECONDS": "1"}
# The web server as deployed: DEBUG off (no technical 500 pages), plain HTTP on loopback.
PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "fault-suite-" + "k" * 40, "SECURE_SSL_REDIRECT": "0"}


def var_dir() -> Path:
    return Path(os.environ["FACTCHECK_VAR_DIR"])


def _log(name: str):
    return open(var_dir() / f"{name}-{time.monotonic_ns()}.log", "w+")


class PrivateRedis:
    """A redis-server of this test's own, which the test may kill and start again.

    By default it keeps nothing on disk, so a restart also wipes its data; with
    `persistent` every write goes to an append-only file first and survives a SIGKILL.
    """

    def __init__(self, *, persistent: bool = False) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None
        self.log = _log(f"redis-{self.port}")
        self.dir = var_dir() / f"redis-{self.port}"
        self.dir.mkdir()
        self.persistent = persistent

    def start(self) -> None:
        durability = "--appendonly yes --appendfsync always" if self.persistent else "--appendonly no"
        cmd = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir)]
        cmd += ["--save", "", "--daemonize", "no", *durability.split()]
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        if not wait_for(lambda: listening(self.port), timeout=10, interval=0.05):
            raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self) -> None:
        """SIGKILL: no shutdown save; unless persistent, its data is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        wait_for(lambda: not listening(self.port), timeout=5, interval=0.05)

    def close(self) -> None:
        self.kill()
        self.log.close()


@contextlib.contextmanager
def private_redis(*, persistent: bool = False) -> Iterator[PrivateRedis]:
    if subprocess.run(["which", REDIS_SERVER], capture_output=True).returncode != 0:
        reason = "redis-server is not installed (the fault suite starts its own)"
        if os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    redis = PrivateRedis(persistent=persistent)
    redis.start()
    try:
        yield redis
    finally:
        redis.close()


@contextlib.contextmanager
def worker(
    broker_url: str,
    *,
    queues: str,
    concurrency: int = 1,
    include: str = "",
    env: dict[str, str] | None = None,
    name: str = "worker",
) -> Iterator[subprocess.Popen]:
    """A prefork `celery worker`; `include` imports an extra module (fault injection) in it."""
    cmd = celery_command("worker", "-Q", queues, "-n", f"{name}-{time.monotonic_ns()}@%h", "--concurrency",
                  str(concurrency), "--without-gossip", "--without-mingle")  # fmt: skip
    if include:
        cmd += ["--include", include]
    with running_process(cmd, name, env={"CELERY_BROKER_URL": broker_url, **(env or {})}) as proc:
        yield proc


@contextlib.contextmanager
def beat(broker_url: str, *, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen]:
    """`celery beat` with the project's scheduler (settings.CELERY_BEAT_SCHEDULER)."""
    stamp = var_dir() / f"beat-{time.monotonic_ns()}"
    cmd = celery_command("beat", "--pidfile", f"{stamp}.pid", "--schedule", f"{stamp}.db")
    with running_process(cmd, "beat", env={"CELERY_BROKER_URL": broker_url, **(env or {})}) as proc:
        yield proc


@contextlib.contextmanager
def gunicorn(broker_url: str, *, workers: int = 2, env: dict[str, str] | None = None) -> Iterator[str]:
    """gunicorn serving the project on a free loopback port; yields its base URL."""
    port = free_port()
    cmd = gunicorn_command(port, workers) + ["--access-logfile", "-"]
    extra = {"CELERY_BROKER_URL": broker_url, "ALLOWED_HOSTS": "127.0.0.1,localhost", **(env or {})}
    with running_process(cmd, "gunicorn", env=extra):
        if not wait_for(lambda: listening(port), timeout=30, interval=0.1):
            raise RuntimeError("gunicorn did not start")
        yield f"http://127.0.0.1:{port}"


def sigkill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
