"""Processes working on the same claims at the same moment, on PostgreSQL: 8 take claims
from one queue (SELECT ... FOR UPDATE SKIP LOCKED) and every claim goes to exactly one;
8 edit one claim 250 times each and no edit that was reported saved is lost (the losers
of each race get a conflict)."""

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
EDITS = 250


@pytest.fixture(scope="module")
def database():
    """One migrated PostgreSQL database for the module, with the claims and reviewers."""
    require(POSTGRES_ADDR, "PostgreSQL")
    with migrated_database(prefix="factcheck_faults") as url:
        setup = _run(url, "setup", str(CLAIMS), str(PROCESSES))
        assert setup.wait(timeout=120) == 0, setup.stderr.read().decode()[-2000:]
        yield url


def _run(database_url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url}
    cmd = [sys.executable, "-m", "tests.faults.claimers", *args]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _together(database_url: str, start, commands: list[list[str]]) -> list[dict]:
    """Start every process, let them go at once, and read each one's JSON line."""
    processes = [_run(database_url, *command, str(start)) for command in commands]
    start.touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err.decode()[-2000:]
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    return results


def test_eight_processes_taking_a_thousand_claims_get_a_thousand_distinct_claims(database, tmp_path):
    results = _together(database, tmp_path / "start", [["take", f"claimer{n}"] for n in range(PROCESSES)])

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


def test_eight_processes_editing_one_claim_lose_no_saved_edit(database, tmp_path):
    import psycopg

    commands = [["edit", f"p{n}", str(EDITS)] for n in range(PROCESSES)]
    results = _together(database, tmp_path / "start", commands)
    with psycopg.connect(database) as conn:
        note, version = conn.execute(
            "SELECT review_note, version FROM claims_claim WHERE normalized_hash = 'edit-target'"
        ).fetchone()

    landed = [line for result in results for line in result["landed"]]
    conflicts = sum(result["conflicts"] for result in results)
    kept = note.splitlines()
    print(
        f"\n{PROCESSES} x {EDITS} edits of one claim: {len(landed)} saved, {conflicts} conflicts, "
        f"{len(kept)} in the final text, {len(set(landed) - set(kept))} lost"
    )
    assert len(landed) + conflicts == PROCESSES * EDITS
    assert sorted(kept) == sorted(landed), "a saved edit was overwritten"
    assert version == 1 + len(landed)
    assert conflicts > 0, "the processes never raced"
