"""The README and docs/ as data: their shell commands, their links and the settings table, for
the tests that hold the documentation to what the code does."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
CONFIGURATION = DOCS / "configuration.md"


def documents() -> list[Path]:
    """The README first, then every page under docs/."""
    return [README, *sorted(DOCS.glob("*.md"))]


def shell_commands(text: str | None = None) -> list[str]:
    """Every command in the ```sh blocks (of the README and docs/, unless text is given),
    continuation lines joined, comments kept (the shell drops them), comment-only lines left out."""
    if text is None:
        pages = [page.read_text(encoding="utf-8") for page in documents()]
        return [command for page in pages for command in shell_commands(page)]
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


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """The anchors of a page's headings (code blocks skipped)."""
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return {heading_anchor(h) for h in re.findall(r"^#{1,6} (.+)$", prose, flags=re.M)}


def local_links(text: str) -> list[str]:
    """The targets of a page's Markdown links that point inside the repository."""
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    targets = re.findall(r"\]\(([^)\s]+)\)", prose)
    return [t for t in targets if not re.match(r"[a-z][a-z0-9+.-]*:", t)]


def settings_table(text: str | None = None) -> list[tuple[list[str], str]]:
    """The rows of the settings table in docs/configuration.md: (variable names, default column)."""
    text = CONFIGURATION.read_text(encoding="utf-8") if text is None else text
    rows = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows.append((re.findall(r"`([A-Z0-9_*]+)`", cells[0]), cells[1]))
    return rows
