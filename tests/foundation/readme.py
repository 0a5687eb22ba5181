"""The README as data: its shell commands and its settings table, for the tests that hold
the README to what the code does."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def shell_commands(text: str | None = None) -> list[str]:
    """Every command in the README's ```sh blocks, continuation lines joined, comments kept
    (the shell drops them), comment-only lines left out."""
    text = README.read_text(encoding="utf-8") if text is None else text
    commands = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M):
        pending = ""
        for line in block.splitlines():
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            code = line.split(" #", 1)[0].rstrip()
            pending += line + "\n"
            if code.endswith(("\\", "|")):
                continue
            commands.append(pending.strip())
            pending = ""
    return commands


def settings_table(text: str | None = None) -> list[tuple[list[str], str]]:
    """The rows of the "Configuration" table: (variable names, default column)."""
    text = README.read_text(encoding="utf-8") if text is None else text
    section = text.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows.append((re.findall(r"`([A-Z0-9_*]+)`", cells[0]), cells[1]))
    return rows
