"""8 processes take claims from one queue at the same moment, on PostgreSQL
(SELECT ... FOR UPDATE SKIP LOCKED): every claim goes to exactly one of them."""

import json
import os
import subprocess
import sys

import pytest

from bench.load_test import migrated_database
from tests.services import POSTGRES_ADDR, require
from tests.workers import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.faults, pytest.mark.services]

PROCESSES = 8
CLAIMS = 1000


def _run(database_url: str, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url}
    cmd = [sys.executable, "-m", "tests.faults.claimers", *args]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)


def test_eight_processes_taking_a_thousand_claims_get_a_thousand_distinct_claims(tmp_path):
    require(POSTGRES_ADDR, "PostgreSQL")
    start = tmp_path / "start"
    with migrated_database(prefix="factcheck_faults") as url:
        setup = _run(url, "setup", str(CLAIMS), str(PROCESSES))
        assert setup.wait(timeout=120) == 0, setup.stderr.read().decode()[-2000:]
        takers = [_run(url, "take", f"claimer{n}", str(start)) for n in range(PROCESSES)]
        start.touch()
        results = []
        for taker in takers:
            out, err = taker.communicate(timeout=240)
            assert taker.returncode == 0, err.decode()[-2000:]
            results.append(json.loads(out.decode().strip().splitlines()[-1]))

    taken = [pk for result in results for pk in result["ids"]]
    slowest = max(result["seconds"] for result in results)
    busy = sum(result["busy"] for result in results)
    print(
        f"\n{PROCESSES} processes took {len(taken)} claims ({len(set(taken))} distinct) in {slowest:.1f} s, "
        f"{len(taken) / slowest:.0f} claims/s; per process {sorted(len(r['ids']) for r in results)}; "
        f"queue-busy retries {busy}"
    )
    assert len(taken) == CLAIMS
    assert len(set(taken)) == CLAIMS
    assert all(result["ids"] for result in results), "a process got nothing: they did not run side by side"
