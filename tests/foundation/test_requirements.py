"""The requirements files, read as the Dockerfile and pip read them: the image carries no test tool."""

import ast
import functools
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
INCLUDE = re.compile(r"(?:^|\s)(?:-r|--requirement)[ =]\s*(\S+)")
# The tools the tests and the lint run with: none of them belongs in the production image.
TEST_TOOLS = {
    "pytest", "pytest-django", "hypothesis", "aiosmtpd", "playwright", "greenlet", "schemathesis",
    "ruff", "import-linter", "honcho",
}  # fmt: skip


def pinned(path: Path) -> dict[str, str]:
    """Package name to pinned version for a requirements file and the files it includes."""
    pins = {}
    for raw in path.read_text().splitlines():
        line = raw.split(" #", 1)[0].strip()
        if included := INCLUDE.match(line):
            pins |= pinned(path.parent / included[1])
        elif line and not line.startswith("#"):
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate():
                continue  # pip skips it on this Python too ("; python_full_version < ...")
            pins[canonicalize_name(requirement.name)] = str(requirement.specifier).removeprefix("==")
    return pins


def image_requirement_files() -> list[Path]:
    """The files the Dockerfile's `pip install` lines name with `-r`."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    installs = [line for line in dockerfile.splitlines() if re.search(r"\bpip\b.*\binstall\b", line)]
    return [ROOT / name for line in installs for name in INCLUDE.findall(line)]


def test_the_docker_image_installs_only_the_runtime_requirements():
    assert image_requirement_files() == [ROOT / "requirements.txt"]


def test_the_docker_image_installs_no_test_or_lint_tool():
    in_image = {name for path in image_requirement_files() for name in pinned(path)}

    assert TEST_TOOLS <= set(pinned(ROOT / "requirements-dev.txt")), "the dev set lacks a tool it is for"
    assert not in_image & TEST_TOOLS, f"the image would install {sorted(in_image & TEST_TOOLS)}"


def test_the_dev_requirements_add_to_the_runtime_ones_and_pin_no_package_twice():
    runtime = pinned(ROOT / "requirements.txt")
    dev = pinned(ROOT / "requirements-dev.txt")

    assert runtime.items() <= dev.items()
    lines = [line for line in (ROOT / "requirements-dev.txt").read_text().splitlines() if "==" in line]
    assert not {canonicalize_name(line.split("==")[0]) for line in lines} & set(runtime)


def test_every_dependency_of_a_runtime_package_is_pinned_in_the_runtime_file():
    """Read from the installed packages' metadata: the image's pinned set is closed under its dependencies."""
    runtime = pinned(ROOT / "requirements.txt")
    missing = set()
    for name in runtime:
        for line in metadata.requires(name) or ():
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            if canonicalize_name(requirement.name) not in runtime:
                missing.add(f"{name} needs {requirement.name}")

    assert not missing, sorted(missing)


FIRST_PARTY = {"claims", "reviewers", "reports", "publishing", "factcheck", "seeds", "webhooks"}
# Run-time code that needs more than requirements.txt, and which file provides it.
NOT_IN_THE_IMAGE = {
    "factcheck/devrun.py": "requirements-dev.txt (make run)",
}


@functools.cache
def distributions_by_package() -> dict[str, list[str]]:
    return metadata.packages_distributions()


def imported_distributions(path: Path) -> set[str]:
    """The installed distributions whose packages `path` imports, anywhere in the file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    tops = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    tops |= {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
    }
    tops -= set(sys.stdlib_module_names) | FIRST_PARTY
    owners = distributions_by_package()
    # A package no installed distribution provides counts under its own name, so it is reported too.
    return {canonicalize_name(dist) for top in tops for dist in owners.get(top, [top])}


def test_the_app_imports_only_what_the_runtime_requirements_pin():
    runtime = set(pinned(ROOT / "requirements.txt"))
    missing = {}
    for app in sorted(FIRST_PARTY):
        for path in sorted((ROOT / app).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            if name not in NOT_IN_THE_IMAGE and (outside := imported_distributions(path) - runtime):
                missing[name] = sorted(outside)

    assert not missing, f"imported at run time but not in requirements.txt: {missing}"


def test_the_docker_image_copies_no_training_code():
    ignored = {line.strip().rstrip("/") for line in (ROOT / ".dockerignore").read_text().splitlines()}

    assert {"training", "requirements-train.txt"} <= ignored


def test_training_imports_only_what_the_runtime_and_training_requirements_pin():
    allowed = set(pinned(ROOT / "requirements.txt")) | set(pinned(ROOT / "requirements-train.txt"))
    missing = {}
    for path in sorted((ROOT / "training").rglob("*.py")):
        if outside := imported_distributions(path) - allowed - {"training"}:
            missing[str(path.relative_to(ROOT))] = sorted(outside)

    assert not missing, f"imported by training but pinned nowhere: {missing}"
