"""A PostgreSQL server of the test's own (the machine's shared one is never restarted).

initdb into a temporary folder owned by the `postgres` system user, then the server
on a free loopback port, which the test may stop abruptly and start again.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator

import pytest

from bench.processes import stop_process
from tests.faults.processes import free_port, listening
from tests.workers import wait_for


def _binaries() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))
    return os.path.dirname(found[-1]) if found else None


class PrivatePostgres:
    def __init__(self, bindir: str) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="factcheck-pg-")
        shutil.chown(self.dir, "postgres", "postgres")
        self.server_url = f"postgres://postgres@127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        cmd = [f"{bindir}/initdb", "-D", self.dir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]
        subprocess.run(cmd, check=True, capture_output=True, user="postgres")

    def start(self) -> None:
        cmd = [f"{self.bindir}/postgres", "-D", self.dir, "-p", str(self.port), "-h", "127.0.0.1",
               "-k", self.dir, "-c", "fsync=off"]  # fmt: skip
        self.proc = subprocess.Popen(
            cmd, user="postgres", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if not wait_for(self.accepting, timeout=30, interval=0.1):
            raise RuntimeError("the private PostgreSQL did not start")

    def accepting(self) -> bool:
        """Listening and past start-up (or crash recovery): a connection succeeds."""
        import psycopg

        if not listening(self.port):
            return False
        try:
            psycopg.connect(f"{self.server_url}/postgres", connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    def crash(self) -> None:
        """Immediate shutdown (SIGQUIT): every backend dies, the next start runs crash recovery."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            self.proc.wait(timeout=30)

    def close(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, sig=signal.SIGINT, timeout=30)  # SIGINT: fast shutdown
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    bindir = _binaries()
    if bindir is None or os.geteuid() != 0:
        reason = "needs PostgreSQL's server binaries and root (to run them as the postgres user)"
        if os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    server = PrivatePostgres(bindir)
    server.start()
    try:
        yield server
    finally:
        server.close()
