"""Processes of a benchmark run: the shared link farm, and a measured child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from processes import stop_process  # sibling module: bench/ is on sys.path

REPO = Path(__file__).resolve().parent.parent


def default_farm() -> Path:
    for candidate in (REPO.parent / "shared/bench/linkfarm.py", Path("/work/shared/bench/linkfarm.py")):
        if candidate.exists():
            return candidate
    return REPO.parent / "shared/bench/linkfarm.py"


class Farm:
    def __init__(self, args, rundir: Path):
        self.rundir = rundir
        port_file = rundir / "port"
        cmd = [
            sys.executable,
            str(args.farm),
            "--n",
            str(args.n),
            "--seed",
            str(args.seed),
            "--hosts",
            str(args.hosts),
            "--hang-seconds",
            str(args.hang_seconds),
            "--manifest",
            str(rundir / "manifest.json"),
            "--urls",
            str(rundir / "urls.txt"),
            "--port-file",
            str(port_file),
            "--max-seconds",
            str(args.per_run_timeout + 60),
            "--limit-timeout",
            str(args.timeout),
            "--limit-concurrency",
            str(args.concurrency),
            "--quiet",
        ]
        # A session of its own: the farm stands in for servers elsewhere, so it should not
        # share the checker's CPU share (Linux groups CPU time by session under autogroup).
        self.proc = subprocess.Popen(
            cmd, stdout=open(rundir / "farm.log", "w"), stderr=subprocess.STDOUT, start_new_session=True
        )
        started = time.monotonic()
        while not port_file.exists():
            if self.proc.poll() is not None or time.monotonic() - started > 20:
                raise SystemExit(f"the link farm did not start; see {rundir / 'farm.log'}")
            time.sleep(0.05)
        self.port = int(port_file.read_text())
        self.manifest = json.loads((rundir / "manifest.json").read_text())

    def stats(self) -> dict:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__stats", timeout=5) as resp:
            return json.load(resp)

    def stop(self) -> None:
        stop_process(self.proc, timeout=10)


def run_measured(cmd: list[str], rundir: Path, limit_s: float) -> dict:
    """Run one process; wall time and its own peak RSS / CPU from wait4()."""
    with open(rundir / "stdout.txt", "w") as out, open(rundir / "stderr.txt", "w") as err:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        killer = threading.Timer(limit_s, proc.kill)
        killer.start()
        # wait4, not Popen.wait: it returns the rusage of this one child.
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - started
        killer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "rc": proc.returncode,
        "wall_s": round(wall, 3),
        "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
    }
