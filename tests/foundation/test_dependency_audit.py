"""`python -m factcheck.dependency_audit`: pinned requirements against OSV advisory records."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from factcheck.dependency_audit import DEFAULT_ADVISORIES, REPO, load_database, main
from tests.services import missing


def advisory(
    root: Path, package: str, ident: str, body: str, modified: str = "2024-03-01T00:00:00Z", top: str = ""
) -> None:
    """One OSV record in the layout of pypa/advisory-database; `top` adds top-level fields."""
    folder = root / "vulns" / package.lower()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{ident}.yaml").write_text(
        f"id: {ident}\nmodified: '{modified}'\n{top}"
        f"affected:\n- package:\n    name: {package}\n    ecosystem: PyPI\n"
        + textwrap.indent(textwrap.dedent(body).strip(), "  ")
        + "\n"
    )


def ranged(*events: str) -> str:
    return "ranges:\n- type: ECOSYSTEM\n  events:\n" + "".join(f"  - {event}\n" for event in events)


def requirements(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "requirements.txt"
    path.write_text("# pinned\n" + "\n".join(lines) + "\n")
    return path


def run(tmp_path, capsys, *lines: str) -> tuple[int, str, str]:
    status = main(["--advisories", str(tmp_path / "db"), str(requirements(tmp_path, *lines))])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_pin_inside_an_affected_range_is_named_with_the_advisory_its_range_and_the_fix(tmp_path, capsys):
    advisory(
        tmp_path / "db",
        "aiohttp",
        "PYSEC-2021-76",
        ranged('introduced: "0"', "fixed: 3.7.4"),
        top="aliases:\n- CVE-2021-21330\n",
    )

    status, out, _ = run(tmp_path, capsys, "aiohttp==3.7.3", "idna==3.20")

    assert status == 1
    assert out.splitlines() == [
        "requirements.txt:2 aiohttp==3.7.3: PYSEC-2021-76 (CVE-2021-21330) affects >=0,<3.7.4; fixed in 3.7.4"
    ]


def test_pins_at_or_above_the_fix_and_below_the_introduction_pass(tmp_path, capsys):
    advisory(
        tmp_path / "db",
        "Django",
        "PYSEC-1",
        ranged("introduced: 3.2.0", "fixed: 3.2.5", "introduced: 4.0", "fixed: 4.0.2"),
    )
    for version in ("3.1.9", "3.2.5", "3.9", "4.0.2", "5.2.19"):
        status, out, _ = run(tmp_path, capsys, f"Django=={version}")
        assert (status, out.startswith("No known vulnerability")) == (0, True), version

    for version, fixed in (("3.2.0", "3.2.5"), ("3.2.4", "3.2.5"), ("4.0.1", "4.0.2"), ("4.0.2rc1", "4.0.2")):
        status, out, _ = run(tmp_path, capsys, f"django=={version}")
        assert status == 1 and out.rstrip().endswith(f"fixed in {fixed}"), (version, out)


def test_last_affected_includes_that_version_and_no_later_one(tmp_path, capsys):
    advisory(tmp_path / "db", "torch", "PYSEC-2", ranged('introduced: "0"', "last_affected: 1.11.0"))

    status, out, _ = run(tmp_path, capsys, "torch==1.11.0")
    assert status == 1
    assert "PYSEC-2 affects >=0,<=1.11.0; no fixed version" in out
    assert run(tmp_path, capsys, "torch==1.11.1")[0] == 0


def test_a_version_only_in_the_explicit_list_is_vulnerable(tmp_path, capsys):
    advisory(tmp_path / "db", "lxml", "PYSEC-3", 'versions:\n- "4.6.0"\n- 4.6.1\n')

    status, out, _ = run(tmp_path, capsys, "lxml==4.6.1")
    assert status == 1
    assert "lxml==4.6.1: PYSEC-3 affects the listed versions; no fixed version" in out
    assert run(tmp_path, capsys, "lxml==4.6.2")[0] == 0


def test_package_names_match_whatever_their_spelling(tmp_path, capsys):
    advisory(tmp_path / "db", "PyYAML", "PYSEC-4", ranged('introduced: "0"', "fixed: 5.4"))

    status, out, _ = run(tmp_path, capsys, "pyyaml==5.3")
    assert status == 1 and "pyyaml==5.3: PYSEC-4" in out


def test_a_withdrawn_advisory_is_ignored(tmp_path, capsys):
    advisory(
        tmp_path / "db",
        "loguru",
        "PYSEC-5",
        ranged('introduced: "0"', "fixed: 1.0"),
        top="withdrawn: '2022-02-22T16:15:07Z'\n",
    )

    assert run(tmp_path, capsys, "loguru==0.5")[0] == 0


def test_it_states_the_database_date_from_the_newest_record(tmp_path, capsys):
    advisory(
        tmp_path / "db", "celery", "PYSEC-6", ranged('introduced: "0"', "fixed: 1"), "2024-10-10T17:22:00Z"
    )
    advisory(
        tmp_path / "db", "redis", "PYSEC-7", ranged('introduced: "0"', "fixed: 1"), "2023-01-01T00:00:00Z"
    )

    status, out, _ = run(tmp_path, capsys, "celery==5.7.0", "redis==8.1.0")

    assert status == 0
    assert (
        out.strip() == "No known vulnerability: 2 pins in requirements.txt against 2 advisories of 2024-10-10"
    )


def test_a_missing_database_fails_with_one_line_instead_of_passing(tmp_path, capsys):
    status, out, err = run(tmp_path, capsys, "Django==5.2.19")

    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and "no advisory database at" in err


def test_a_malformed_advisory_fails_with_one_line_naming_it(tmp_path, capsys):
    advisory(tmp_path / "db", "celery", "PYSEC-6", ranged('introduced: "0"', "fixed: 1"))
    (tmp_path / "db/vulns/celery/PYSEC-9.yaml").write_text("id: [\n")

    status, _, err = run(tmp_path, capsys, "celery==5.7.0")

    assert status == 2
    assert err.count("\n") == 1 and "malformed advisory" in err and "PYSEC-9.yaml" in err


def test_a_requirement_that_is_not_pinned_to_one_version_fails(tmp_path, capsys):
    advisory(tmp_path / "db", "celery", "PYSEC-6", ranged('introduced: "0"', "fixed: 1"))

    for line in ("Django>=5.2", "Django==5.*", "Django"):
        status, _, err = run(tmp_path, capsys, line)
        assert status == 2 and "is not pinned to one version" in err, line


def real_database() -> Path:
    root = Path(os.environ.get("FACTCHECK_ADVISORIES", DEFAULT_ADVISORIES))
    if not (root / "vulns").is_dir():
        missing(f"no advisory database at {root} (set FACTCHECK_ADVISORIES)")
    return root


def test_the_readme_states_the_date_of_the_database_it_audits_against():
    date = load_database(real_database()).date.isoformat()

    assert f"The database is dated **{date}**" in (REPO / "README.md").read_text()


def test_it_reads_the_real_advisory_database_and_flags_an_old_django(tmp_path):
    """The records as pypa/advisory-database writes them (quoted and unquoted dates, GIT ranges)."""
    root = real_database()
    pins = requirements(tmp_path, "Django==3.2.0", "Django==5.2.19")
    command = [sys.executable, "-m", "factcheck.dependency_audit", "--advisories", str(root), str(pins)]

    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)

    assert result.returncode == 1, result.stderr
    assert "requirements.txt:2 Django==3.2.0: PYSEC-2021-7 (CVE-2021-31542" in result.stdout
    assert "affects >=3.2,<3.2.1; fixed in 3.2.1" in result.stdout
    assert "Django==5.2.19" not in result.stdout
