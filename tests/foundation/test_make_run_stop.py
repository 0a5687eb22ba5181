"""`make run` shows web, worker and beat starting as they start (the server's address too), and
Ctrl-C stops them cleanly: exit status 0, no ERROR line;
so does a SIGTERM to make (a supervisor, `kill`), which leaves nothing running behind it.

The terminal sends Ctrl-C's SIGINT to its foreground process group, which factcheck.devrun
takes for itself (make stays out of it); here the runner gets it directly.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


STOPS = {
    # how it is started, the signal, and the exit status of what was started
    "ctrl-c": ([sys.executable, "-m", "factcheck.devrun", "Procfile.dev"], signal.SIGINT, 0),
    "sigterm-to-make": (["make", "--no-print-directory", "run"], signal.SIGTERM, -signal.SIGTERM),
}


@pytest.mark.slow
@pytest.mark.parametrize("stop", STOPS)
def test_a_stop_ends_web_worker_and_beat_cleanly_with_no_error_and_nothing_left_running(tmp_path, stop):
    command, signum, status = STOPS[stop]
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"}}
    env.update(DEBUG="1", FACTCHECK_VAR_DIR=str(tmp_path), PORT=str(free_port()))
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input"], cwd=ROOT, env=env, check=True,
                   capture_output=True)  # fmt: skip
    runner = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    output = []
    started = False  # each process said so while running, not only once stopped
    deadline = time.monotonic() + 120
    while not started and time.monotonic() < deadline:
        output.append(runner.stdout.readline())
        text = "".join(output)
        started = (
            "ready." in text
            and f"server at http://127.0.0.1:{env['PORT']}/" in text
            and "beat: Starting" in text
        )
    runner.send_signal(signum)
    rest, _ = runner.communicate(timeout=60)  # the output ends when the last process has
    log = "".join(output) + rest

    assert started, log[-3000:]
    assert runner.returncode == status, log[-3000:]
    assert "ERROR" not in log and "SIGKILL" not in log, log[-3000:]
    for name in ("web.1", "worker.1", "beat.1"):
        assert f"{name} stopped (rc=0)" in log, log[-3000:]
    assert "Warning" not in log and "WARNING" not in log, log[-3000:]
