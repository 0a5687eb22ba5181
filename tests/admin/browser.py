"""Debian's Chromium, driven by Playwright, for tests that click through the admin."""

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"
# Headless and quiet: no sandbox (CI runs as root), no GPU, no calls home.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    """Skip (locally) or fail (FACTCHECK_REQUIRE_SERVICES=1) without Chromium and Playwright."""
    missing = []
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if not missing:
        return
    reason = "browser test needs " + " and ".join(missing)
    if os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1":
        pytest.fail(reason + " (FACTCHECK_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)


class Camera:
    """Numbered screenshots of each step, kept under artifacts/browser/."""

    def __init__(self, name: str):
        self.folder = ARTIFACTS / name
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        self.count = 0

    def shoot(self, page, step: str) -> Path:
        """Save the page as it is now; fails on an image narrower than the page or blank."""
        self.count += 1
        path = self.folder / f"{self.count:02d}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        with Image.open(path) as image:
            viewport = page.viewport_size
            assert image.width == viewport["width"] and image.height >= viewport["height"], image.size
            darkest, lightest = image.convert("L").getextrema()
            assert lightest - darkest > 100, f"{path.name} is blank (grey levels {darkest}-{lightest})"
        return path
