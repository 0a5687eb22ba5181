"""Audit the pinned requirements against an offline copy of the PyPI advisory database.

This machine reaches neither PyPI's JSON API nor OSV, so pip-audit cannot run here. The
advisory database (pypa/advisory-database: one OSV record per advisory under
`vulns/<package>/`) is read from disk instead; an audit says "no known vulnerability as
of the database's date", which is the newest `modified` time among its records.

    .venv/bin/python -m factcheck.dependency_audit [--advisories DIR] [requirements files]

Exit 0: no pin is affected. Exit 1: one line per vulnerable pin (advisory id, affected
range, fixed version). Exit 2: the database or a requirements file is missing or
malformed (one line saying which): an audit that cannot read its data never passes.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ADVISORIES = REPO.parent / "shared" / "data" / "advisories"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AuditError(Exception):
    """Advisory data or a requirements file that cannot be read: the audit cannot vouch for anything."""


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line} {self.name}=={self.version}"


@dataclass(frozen=True)
class Finding:
    pin: Pin
    advisory_id: str
    aliases: tuple[str, ...]
    affected: str  # the range (or version list) that contains the pin, e.g. ">=0,<3.7.4"
    fixed: str | None  # the first fixed version above the pin, if the advisory names one

    def __str__(self) -> str:
        aliases = f" ({', '.join(self.aliases)})" if self.aliases else ""
        fixed = f"fixed in {self.fixed}" if self.fixed else "no fixed version"
        return f"{self.pin}: {self.advisory_id}{aliases} affects {self.affected}; {fixed}"


@dataclass
class Database:
    advisories: dict[str, list[dict]]  # canonical package name -> OSV records
    date: datetime.date

    @property
    def count(self) -> int:
        return len({record["id"] for records in self.advisories.values() for record in records})


def _timestamp(value: object) -> datetime.datetime:
    if isinstance(value, datetime.datetime):  # unquoted in the YAML
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def load_database(root: Path) -> Database:
    """Every advisory that is not withdrawn, by package; its date is the newest `modified`."""
    vulns = root / "vulns"
    if not vulns.is_dir():
        raise AuditError(f"no advisory database at {root} (expected {vulns}/<package>/*.yaml)")
    advisories: dict[str, list[dict]] = {}
    newest = None
    for path in sorted(vulns.glob("*/*.yaml")):
        try:
            record = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            modified = _timestamp(record["modified"])
        except (yaml.YAMLError, KeyError, TypeError, ValueError) as error:
            raise AuditError(f"malformed advisory {path}: {' '.join(str(error).split())}") from error
        newest = modified if newest is None or modified > newest else newest
        if record.get("withdrawn"):
            continue
        packages = {
            canonicalize_name(package["name"])
            for affected in record.get("affected") or ()
            if (package := affected.get("package") or {}).get("ecosystem") == "PyPI" and package.get("name")
        }
        for name in packages:
            advisories.setdefault(name, []).append(record)
    if newest is None:
        raise AuditError(f"the advisory database at {root} has no records under {vulns}")
    return Database(advisories=advisories, date=newest.date())


def read_pins(path: Path) -> list[Pin]:
    """The `name==version` lines of a requirements file; anything else that is not a comment is an error."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise AuditError(f"cannot read {path}: {error.strerror}") from error
    pins = []
    for number, raw in enumerate(lines, start=1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as error:
            raise AuditError(f"{path.name}:{number}: not a requirement: {line!r} ({error})") from error
        specifiers = list(requirement.specifier)
        if len(specifiers) != 1 or specifiers[0].operator != "==" or "*" in specifiers[0].version:
            raise AuditError(f"{path.name}:{number}: {line!r} is not pinned to one version (name==version)")
        pins.append(Pin(requirement.name, specifiers[0].version, path.name, number))
    return pins


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def _in_range(version: Version, events: list[dict]) -> tuple[str, str | None] | None:
    """(range text, fixed version) of the OSV ECOSYSTEM interval holding `version`, or None.

    The OSV evaluation: events sorted by version; an `introduced` at or below the version
    opens an interval, a `fixed` (or `limit`) at or below it, or a `last_affected` below
    it, closes it again.
    """
    known = sorted(
        (
            (v, event)
            for event in events
            if len(event) == 1 and (v := _version(str(next(iter(event.values()))))) is not None
        ),
        key=lambda pair: pair[0],
    )
    opened = None  # (version, text) of the introduced event of the interval holding `version`
    for at, event in known:
        if "introduced" in event and version >= at:
            opened = at, event["introduced"]
        elif ("fixed" in event or "limit" in event) and version >= at:
            opened = None
        elif "last_affected" in event and version > at:
            opened = None
    if opened is None:
        return None
    start, opened = opened
    for at, event in known:
        if at > start:
            if "fixed" in event and version < at:
                return f">={opened},<{event['fixed']}", str(event["fixed"])
            if "limit" in event and version < at:
                return f">={opened},<{event['limit']}", None
            if "last_affected" in event and version <= at:
                return f">={opened},<={event['last_affected']}", None
    return f">={opened}", None


def _matches(pin: Pin, record: dict) -> tuple[str, str | None] | None:
    version = _version(pin.version)
    for affected in record.get("affected") or ():
        package = affected.get("package") or {}
        name = canonicalize_name(package.get("name", ""))
        if package.get("ecosystem") != "PyPI" or name != canonicalize_name(pin.name):
            continue
        ranges = [r.get("events") or [] for r in affected.get("ranges") or () if r.get("type") == "ECOSYSTEM"]
        if version is not None:
            for events in ranges:
                if hit := _in_range(version, events):
                    return hit
        listed = [str(v) for v in affected.get("versions") or ()]
        if pin.version in listed or (version is not None and version in map(_version, listed)):
            fixes = [
                v for events in ranges for e in events if "fixed" in e and (v := _version(str(e["fixed"])))
            ]
            later = sorted(v for v in fixes if version is not None and v > version)
            return "the listed versions", str(later[0]) if later else None
    return None


def audit(pins: Iterable[Pin], database: Database) -> Iterator[Finding]:
    for pin in pins:
        for record in database.advisories.get(canonicalize_name(pin.name), ()):
            if hit := _matches(pin, record):
                yield Finding(pin, record["id"], tuple(record.get("aliases") or ()), *hit)


def requirement_files(repo: Path = REPO) -> list[Path]:
    return sorted(repo.glob("requirements*.txt"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--advisories",
        type=Path,
        default=Path(os.environ.get("FACTCHECK_ADVISORIES", DEFAULT_ADVISORIES)),
        help="the advisory database folder (default: $FACTCHECK_ADVISORIES or ../shared/data/advisories)",
    )
    parser.add_argument("requirements", nargs="*", type=Path, help="default: requirements*.txt")
    args = parser.parse_args(argv)
    files = args.requirements or requirement_files()
    try:
        database = load_database(args.advisories)
        pins = [pin for path in files for pin in read_pins(path)]
    except AuditError as error:
        print(f"dependency audit: {error}", file=sys.stderr)
        return 2
    findings = list(audit(pins, database))
    for finding in findings:
        print(finding)
    names = ", ".join(path.name for path in files)
    where = f"{len(pins)} pins in {names} against {database.count} advisories of {database.date}"
    if findings:
        vulnerable = len({f.pin for f in findings})
        print(f"{vulnerable} vulnerable pin(s), {len(findings)} advisories: {where}", file=sys.stderr)
        return 1
    print(f"No known vulnerability: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
