"""Stopping the processes a benchmark or a test starts (servers, workers, brokers)."""

from __future__ import annotations

import signal
import subprocess


def stop_process(proc: subprocess.Popen, *, sig: int = signal.SIGTERM, timeout: float = 15.0) -> None:
    """Send `sig` and wait up to `timeout` seconds, then SIGKILL; a process already gone is left be."""
    if proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
