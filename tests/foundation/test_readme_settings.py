"""The settings table (docs/configuration.md) says what the settings load.

A documented default is right when setting the variable to it changes nothing: the
settings are loaded once with the variable unset and once set to the documented value, in
production mode, each in a fresh interpreter, and must come out the same.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.foundation.readme import settings_table

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / "factcheck" / "settings.py"

LOAD = r"""
import json, os, runpy, sys
from claims.checkworthiness import QUEUE_THRESHOLD

root, cases = sys.argv[1], json.loads(sys.argv[2])
base = dict(os.environ)

def loaded(extra):
    os.environ.clear()
    os.environ.update(base, **extra)
    namespace = runpy.run_path(os.path.join(root, "factcheck", "settings.py"))
    values = {k: v for k, v in namespace.items() if k.isupper()}
    # Unset, extraction queues at QUEUE_THRESHOLD: compare it as the README shows it.
    threshold = values["CHECKWORTHY_THRESHOLD"]
    if threshold is None:
        threshold = QUEUE_THRESHOLD
    values["CHECKWORTHY_THRESHOLD"] = round(threshold, 3)
    return {k: repr(v).replace(root + "/", "") for k, v in values.items()}

unset = loaded({})
changed = {}
for name, value in cases:
    changed[name] = sorted(k for k, v in loaded({name: value}).items() if unset.get(k) != v)
print(json.dumps(changed))
"""


def documented_defaults() -> dict[str, str | None]:
    """Each variable with the README's default as an environment value (None: no default)."""
    rows = settings_table()
    defaults: dict[str, str | None] = {}
    for names, cell in rows:
        pieces = cell.split(", ")[: len(names)] if len(names) == 1 else cell.split(", ")
        assert len(pieces) == len(names), f"{names}: one default per variable, got {cell!r}"
        for name, piece in zip(names, pieces, strict=True):
            if piece.startswith("none"):
                defaults[name] = None
            elif piece.startswith("empty"):
                defaults[name] = ""
            else:
                defaults[name] = re.match(r"`([^`]*)`", piece).group(1)
    # A default given as another variable's name is that variable's default.
    return {name: defaults.get(value, value) if value else value for name, value in defaults.items()}


def test_every_variable_the_settings_read_is_in_the_readme_table():
    read = set(re.findall(r"env[a-z]*\(\s*\"([A-Z0-9_]+)\"", SETTINGS.read_text()))
    assert read - set(documented_defaults()) == set()


def test_only_the_secret_key_has_no_documented_default():
    assert [name for name, value in documented_defaults().items() if value is None] == ["SECRET_KEY"]


def test_every_documented_default_is_what_the_settings_load():
    cases = [(name, value) for name, value in documented_defaults().items() if value is not None]
    env = {"PATH": "/usr/bin:/bin", "SECRET_KEY": "readme-test-" + "k" * 40}
    result = subprocess.run(
        [sys.executable, "-c", LOAD, str(ROOT), json.dumps(cases)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    changed = {name: settings for name, settings in json.loads(result.stdout).items() if settings}
    assert changed == {}, "the README's default changes these settings"
