"""The link checker loads only what it uses: its peak memory is in docs/link-checks.md's benchmark."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_link_checker_loads_neither_httpx_nor_django():
    # httpx (the single-page fetch's client) pulls in its command-line extras, about 7 MB;
    # the checker speaks aiohttp, and Django is the tasks' business, not the checker's.
    probe = (
        "import sys; import claims.linkcheck.checker; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'httpx', 'httpcore', 'django'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
