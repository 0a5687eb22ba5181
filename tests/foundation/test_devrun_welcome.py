"""`make run`'s runner prints where to open and the demo log-ins after web, worker and beat are up,
so their start-up banners do not scroll the log-ins away."""

import contextlib
import signal
import sys

import pytest

from factcheck import devrun
from seeds.demo_logins import login_lines


def starts(name: str, lines: list[str], delay: float) -> str:
    """A Procfile line for a process that prints `lines` after `delay` seconds, then idles."""
    program = f"import time; time.sleep({delay}); print(*{lines!r}, sep=chr(10)); time.sleep(3)"
    return f'{name}: {sys.executable} -c "{program}"'


@pytest.fixture
def quiet_runner(monkeypatch):
    """No terminal to take over, and the test process's own signal handlers back afterwards."""
    monkeypatch.setattr(devrun, "terminal_foreground", contextlib.nullcontext)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    yield
    for signum, handler in handlers.items():
        signal.signal(signum, handler)


def test_the_demo_log_ins_come_after_web_worker_and_beat_say_they_are_up(tmp_path, capfd, quiet_runner):
    procfile = tmp_path / "Procfile"
    procfile.write_text(
        "\n".join(
            [
                starts(
                    "web",
                    [
                        "Starting development server at http://127.0.0.1:8123/",
                        "Quit the server with CONTROL-C.",
                    ],
                    0.2,
                ),
                starts("worker", ["-------------- celery@here v5", "celery@here ready."], 1.0),
                starts("beat", ["beat: Starting..."], 0.0),
            ]
        )
    )

    devrun.run(procfile, 8123)

    lines = capfd.readouterr().out.splitlines()
    where = {
        text: i
        for i, line in enumerate(lines)
        for text in ("Quit the server", "celery@here ready.", "beat: Starting", "factcheck is ready")
        if text in line
    }
    assert where["factcheck is ready"] > max(
        where["Quit the server"], where["celery@here ready."], where["beat: Starting"]
    )
    assert "http://127.0.0.1:8123/admin/" in lines[where["factcheck is ready"]]
    log_ins = [i for i, line in enumerate(lines) for login in login_lines() if login in line]
    assert len(log_ins) == len(login_lines())
    assert min(log_ins) > where["factcheck is ready"]
