"""Every command the README and docs/ show runs as written in a fresh shell after `make run`,
and every link between them leads somewhere.

A fresh shell has neither DEBUG nor SECRET_KEY. Each command runs in a copy of the
checkout made of links (so files it writes, `-o march.csv`, land there) with its own
var/ folder, set up as `make run` leaves it: migrated, seed article and demo users loaded.
A command is left out only for one of the reasons in SKIPPED, matched on its text.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.dependency_audit import DEFAULT_ADVISORIES
from seeds.demo_logins import DEMO_LOGINS
from tests.foundation.readme import README, anchors, documents, local_links, shell_commands

ROOT = Path(__file__).resolve().parents[2]

SKIPPED = [
    (r"^make run\b|celery .*\b(worker|beat)\b|runserver", "serves until stopped"),
    (r"127\.0\.0\.1:8000|^TOKEN=", "needs the server `make run` starts and a token from its admin"),
    (r"^make test|pytest|bench/|^make (bench|evaluate|load)", "a test suite or benchmark that takes minutes"),
    (
        r"evaluate_extraction --labels tests/extraction/labelled/dev",
        "scores the whole dev set; `make evaluate-extraction` runs it with the floors in CI",
    ),
    (r"pip install", "installs into the virtualenv"),
    (r"https?://(?!127\.0\.0\.1|localhost)", "fetches from the internet"),
    (r"\bbatch\.jsonl\b", "needs a file of your own"),
]


def skip_reason(command: str) -> str | None:
    for pattern, reason in SKIPPED:
        if re.search(pattern, command, flags=re.M):
            return reason
    if "dependency_audit" in command and not advisories_found():
        return "needs the offline advisory database (../shared/data/advisories or FACTCHECK_ADVISORIES)"
    return None


def advisories_found() -> bool:
    """CI (FACTCHECK_REQUIRE_SERVICES=1) runs the audit whatever: it fails there without the data."""
    where = Path(os.environ.get("FACTCHECK_ADVISORIES", DEFAULT_ADVISORIES))
    return where.is_dir() or os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1"


def fresh_shell(var_dir: Path) -> dict[str, str]:
    """A login shell's environment: no DEBUG, no SECRET_KEY, no service URLs."""
    keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}
    return {**{k: v for k, v in os.environ.items() if k in keep}, "FACTCHECK_VAR_DIR": str(var_dir)}


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """The checkout as `make run` leaves it, in a folder of links to the real files."""
    copy = tmp_path_factory.mktemp("checkout")
    for entry in ROOT.iterdir():
        if entry.name not in {"var", ".git"}:
            (copy / entry.name).symlink_to(entry)
    env = {**fresh_shell(copy / "var"), "DEBUG": "1"}
    for step in (["migrate", "--no-input"], ["load_seeds"]):
        subprocess.run(
            [sys.executable, "manage.py", *step], cwd=copy, env=env, check=True, capture_output=True
        )
    return copy


RUNNABLE = [c for c in shell_commands() if skip_reason(c) is None]


def test_the_readme_has_commands_to_try_and_every_left_out_one_has_a_reason():
    assert len(RUNNABLE) >= 5, RUNNABLE
    assert any("ingest --dry-run" in command for command in RUNNABLE)


@pytest.mark.slow
@pytest.mark.parametrize("command", RUNNABLE)
def test_a_readme_command_runs_as_written_in_a_fresh_shell(checkout, command):
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=checkout,
        env=fresh_shell(checkout / "var"),
        capture_output=True,
        text=True,
        timeout=900,  # a hang guard, not a speed check: the dev evaluation takes minutes when busy
    )
    assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"


def test_every_demo_log_in_that_make_run_prints_is_explained_in_getting_started():
    section = README.read_text(encoding="utf-8").split("## Getting started\n", 1)[1].split("\n## ", 1)[0]
    for username, password, _role in DEMO_LOGINS:
        assert f"`{username}`" in section and f"`{password}`" in section, username


def test_every_link_in_the_readme_and_docs_leads_to_a_file_and_heading_that_exist():
    broken = []
    for page in documents():
        for link in local_links(page.read_text(encoding="utf-8")):
            path, _, anchor = link.partition("#")
            target = (page.parent / path).resolve() if path else page
            if not target.exists():
                broken.append(f"{page.name}: {link} (no such file)")
            elif anchor and anchor not in anchors(target.read_text(encoding="utf-8")):
                broken.append(f"{page.name}: {link} (no such heading)")
    assert broken == []


def test_every_page_under_docs_is_linked_from_the_readme():
    linked = {(README.parent / link.partition("#")[0]).resolve() for link in local_links(README.read_text())}
    assert [page.name for page in documents()[1:] if page.resolve() not in linked] == []


def test_the_readme_stays_a_newcomers_page_with_the_detail_under_docs():
    """Figures, history and every setting belong in docs/; the README links to them."""
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 300
