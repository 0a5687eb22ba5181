"""A verdict published through the workflow shows on /checks/ and on its own page in a real
browser, at 360 px and 1280 px, with no horizontal scrolling and no serious or critical
accessibility violation found by axe-core (vendored in fixtures/axe-core/, no CDN)."""

import hashlib
from datetime import date
from pathlib import Path

import pytest

from claims import workflow
from claims.models import Source
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.conftest import make_user
from tests.workflow.factories import add_source, claim_in_review, make_article

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parent / "fixtures" / "axe-core" / "axe.min.js"
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
CLAIM = "The unemployment rate fell to its lowest level in fifty years last spring."
LONG_URL = "https://stats.example.org/" + "very-long-path-segment-" * 12 + "table.csv"
NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
SERIOUS = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(" ")).join(", ")}`);
}"""


def check_accessibility(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text())
    return page.evaluate(SERIOUS)


def test_the_axe_script_is_the_pinned_release():
    assert hashlib.sha256(AXE.read_bytes()).hexdigest() == AXE_SHA256


def test_a_published_verdict_reads_well_on_a_phone_and_a_desktop(live_server):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    reviewer, editor = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    article = make_article(
        title="Jobs report",
        outlet="Daily Example",
        url="https://daily.example.org/jobs",
        published_on=date(2024, 5, 2),
        body=f"Intro.\n\n{CLAIM} More text.",
    )
    claim = claim_in_review(reviewer, article=article, text=CLAIM, speaker="Jane Minister")
    untitled = add_source(claim, reviewer, url=LONG_URL)
    Source.objects.filter(pk=untitled.pk).update(title="")  # the page shows the long URL itself
    claim.draft_verdict().sources.add(untitled)
    claim = workflow.apply(claim, "submit", reviewer)
    claim = workflow.apply(claim, "publish", editor)
    camera = Camera("public-pages")

    with sync_playwright() as playwright:
        browser = launch(playwright)
        for width in (360, 1280):
            # The CSP allows only our own scripts; the test's axe is injected inline.
            context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
            page = context.new_page()
            page.set_default_timeout(15_000)
            page.goto(f"{live_server.url}/checks/")
            assert page.inner_text("ol.checks h2") == CLAIM
            assert page.evaluate(NO_SIDEWAYS_SCROLL), f"/checks/ scrolls sideways at {width} px"
            camera.shoot(page, f"list-{width}")
            assert check_accessibility(page) == []

            page.click(f"text={CLAIM}")
            page.wait_for_selector("article.check")
            assert page.url == f"{live_server.url}/checks/{claim.public_slug}/"
            assert page.inner_text("h1") == CLAIM
            assert page.inner_text(".rating") == "False"
            assert page.is_visible(f"a[href='{LONG_URL}']")
            assert page.evaluate(NO_SIDEWAYS_SCROLL), f"the fact-check page scrolls sideways at {width} px"
            camera.shoot(page, f"check-{width}")
            assert check_accessibility(page) == []
            context.close()
        browser.close()
