"""Each setting's default lives in factcheck/settings.py alone: code reads `settings.X`."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
APPS = ("claims", "reviewers", "reports", "publishing", "webhooks", "factcheck", "seeds")
# The scorer is a Django-free library: it reads its one setting only when Django is
# configured, by whichever settings module, so it cannot count on ours.
MAY_DEFAULT = {("claims/checkworthiness/__init__.py", "CHECKWORTHY_THRESHOLD")}


def defaults_written_again() -> list[str]:
    """`getattr(settings, "X", default)` where settings.py already gives X its default."""
    found = []
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            for node in ast.walk(ast.parse(path.read_text(), filename=name)):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "getattr"
                    and len(node.args) == 3
                    and isinstance(node.args[0], ast.Name)
                    and node.args[0].id == "settings"
                    and isinstance(node.args[1], ast.Constant)
                ):
                    continue
                setting = node.args[1].value
                if hasattr(settings, setting) and (name, setting) not in MAY_DEFAULT:
                    found.append(f"{name}:{node.lineno} {setting}")
    return found


def test_no_code_repeats_a_default_that_settings_py_sets():
    assert defaults_written_again() == []


def test_installed_apps_and_middleware_are_each_one_list():
    text = (ROOT / "factcheck" / "settings.py").read_text()

    assert "INSTALLED_APPS +=" not in text and "MIDDLEWARE +=" not in text
