"""The checker against the shared link farm (every behaviour it has), small and fast."""

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claims.linkcheck.checker import check_urls_sync
from claims.linkcheck.config import LinkCheckConfig
from tests.services import missing

REPO = Path(__file__).resolve().parents[2]
CANDIDATES = [
    os.environ.get("LINKFARM", ""),
    REPO.parent / "shared/bench/linkfarm.py",
    "/work/shared/bench/linkfarm.py",
]
FARM = next((Path(p) for p in CANDIDATES if p and Path(p).exists()), None)


@pytest.fixture
def farm(tmp_path):
    if FARM is None:
        missing("linkfarm.py not found in ../shared/bench (set LINKFARM)")
    port_file = tmp_path / "port"
    cmd = [sys.executable, str(FARM), "--n", "200", "--hosts", "2", "--hang-seconds", "3",
           "--retry-after-429", "1", "--manifest", str(tmp_path / "manifest.json"),
           "--port-file", str(port_file), "--max-seconds", "60", "--quiet"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not port_file.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "link farm did not start"
        time.sleep(0.05)
    yield json.loads((tmp_path / "manifest.json").read_text()), int(port_file.read_text())
    proc.send_signal(signal.SIGTERM)
    proc.wait(10)


def test_every_farm_url_gets_the_class_the_manifest_expects_within_the_host_limits(farm):
    manifest, port = farm
    config = LinkCheckConfig(
        concurrency=32,
        per_host_concurrency=6,
        per_host_interval=0.0,
        timeout=1.0,
        allowed_networks=("127.0.0.0/8",),
    )
    results = check_urls_sync([e["url"] for e in manifest["urls"]], config)
    wrong = {
        e["url"]: (e["kind"], e["expected"], results[e["url"]].link_class, results[e["url"]].error)
        for e in manifest["urls"]
        if results[e["url"]].link_class != e["expected"]
    }
    assert wrong == {}
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=5) as resp:
        stats = json.load(resp)
    assert max(h["peak_inflight_requests"] for h in stats["by_host"].values()) <= 6
    assert stats["misrouted_requests"] == 0
