"""In Chromium: the claim page's dismiss controls look like the inputs they are, and the
breadcrumb shows the whole claim when the line has room for it (issue #21, defects 6 and 7)."""

import pytest

from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import CLAIM, log_in
from tests.conftest import make_user
from tests.workflow.factories import make_claim

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

# The "Duplicate of claim #" box beside the "Dismiss as" drop-down and the Dismiss button.
CONTROLS = """(() => {
  const look = (e) => {
    const s = getComputedStyle(e), r = e.getBoundingClientRect();
    return {background: s.backgroundColor, height: Math.round(r.height), width: Math.round(r.width)};
  };
  return {box: look(document.querySelector("#id_duplicate_of_id")),
          choice: look(document.querySelector("#id_dismissal")),
          button: look(document.querySelector("button.step-dismiss"))};
})()"""
BREADCRUMB_CUT = """(() => { const b = document.querySelector(".claim-breadcrumbs");
  return b.scrollWidth > b.clientWidth; })()"""


def test_the_dismiss_controls_are_plain_inputs_and_the_breadcrumb_is_whole(live_server):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    make_user("erin", Role.EDITOR)
    short = make_claim(text="Unemployment fell to 3 percent last year, the minister said in Parliament.")
    long = make_claim(text=CLAIM + " " + CLAIM)
    camera = Camera("dismiss-controls")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = log_in(browser, live_server, "erin")
        page.goto(f"{live_server.url}/admin/claims/claim/{short.pk}/change/")
        controls = page.evaluate(CONTROLS)
        cut_short = page.evaluate(BREADCRUMB_CUT)
        crumb = page.inner_text(".claim-breadcrumbs")
        camera.shoot(page, "short-claim")
        page.goto(f"{live_server.url}/admin/claims/claim/{long.pk}/change/")
        cut_long = page.evaluate(BREADCRUMB_CUT)
        browser.close()

    box, choice, button = controls["box"], controls["choice"], controls["button"]
    assert box["background"] == choice["background"] != button["background"], controls
    assert box["height"] <= choice["height"] + 4 and box["width"] < 200, controls
    assert crumb.endswith(short.text) and not cut_short
    assert cut_long  # a claim longer than the line is cut where the line ends, with "…"


def test_an_editor_dismisses_two_claims_from_the_list_in_the_browser(live_server):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    make_user("erin", Role.EDITOR)
    claims = [make_claim(text=f"Claim number {n} about the budget deficit.") for n in range(3)]
    camera = Camera("bulk-dismiss")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = log_in(browser, live_server, "erin")
        page.goto(f"{live_server.url}/admin/claims/claim/")
        for claim in claims[:2]:
            page.check(f"input[name=_selected_action][value='{claim.pk}']")
        page.select_option("select[name=action]", "dismiss_selected")
        page.click("button[name=index]")
        page.wait_for_selector("#bulk_form")
        wide = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        page.select_option("#id_dismissal", "out_of_scope")
        page.fill("#id_reason", "Budget claims are the business desk's.")
        camera.shoot(page, "confirm")
        page.click("text=Dismiss 2 claims")
        page.wait_for_selector("ul.messagelist")
        shown = page.inner_text("ul.messagelist")
        camera.shoot(page, "done")
        browser.close()

    assert not wide
    assert "Dismissed 2 claim(s)." in shown
    statuses = [type(c).objects.get(pk=c.pk).status for c in claims]
    assert statuses == ["dismissed", "dismissed", "queued"]
