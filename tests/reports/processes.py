"""Real beat processes for the end-to-end tests, next to tests/workers.py's real worker."""

import os
import signal
import subprocess
from pathlib import Path

from tests.workers import celery_command, running_process


def running_beat(name: str):
    """`celery beat` with the project's scheduler, on the test database, logging to var/."""
    var = Path(os.environ["FACTCHECK_VAR_DIR"])
    cmd = celery_command(
        "beat",
        "--loglevel",
        "INFO",
        "--pidfile",
        str(var / f"beat-{name}.pid"),
        "--schedule",
        str(var / f"beat-{name}.db"),
    )
    return running_process(cmd, f"beat-{name}")


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (a prefork worker's pool), read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def kill_pool_children(worker: subprocess.Popen) -> list[int]:
    killed = children(worker.pid)
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    return killed
