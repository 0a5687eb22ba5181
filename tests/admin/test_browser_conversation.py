"""The conversation in Chromium: a reviewer comments with an @mention, the editor finds it
among their notifications and follows it to the claim; the pages fit 1280 and 1024 px."""

import pytest

from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import PASSWORD, rating_scale  # noqa: F401  (a fixture)
from tests.admin.test_browser_widths import CUT_OFF_BOXES
from tests.conftest import make_user
from tests.workflow.factories import claim_in_review

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
LONG_COMMENT = (
    "@erin the ministry's table (https://stats.example.org/"
    + "very-long-path-" * 12
    + ") says 7%, not 3%. <b>Not bold</b>."
)


def log_in(browser, live_server, username: str, width: int):
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#newsroom-dashboard")
    return page


def fits(page) -> list[str]:
    """What scrolls sideways on the page now (nothing, if it fits)."""
    scroll, window = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    wide = [f"{scroll} px wide in {window} px"] if scroll > window else []
    return wide + page.evaluate(CUT_OFF_BOXES)


@pytest.mark.parametrize("width", [1280, 1024])
def test_a_mention_reaches_the_editor_who_follows_it_to_the_claim(live_server, rating_scale, width):  # noqa: F811
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    reviewer, _ = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    claim_path = f"/admin/claims/claim/{claim.pk}/change/"
    camera = Camera(f"conversation-{width}")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = log_in(browser, live_server, "rita", width)
        page.goto(live_server.url + claim_path)
        page.fill("#id_comment", LONG_COMMENT)
        page.click("button.comment-button")
        page.wait_for_selector("li.comment")
        shown = page.inner_text("li.comment .comment-text")
        mention = page.inner_text("li.comment strong.mention")
        reviewer_page_wide = fits(page)
        camera.shoot(page, "claim-page-with-comment")
        page.context.close()

        page = log_in(browser, live_server, "erin", width)
        unread = page.inner_text("strong.unread-notifications")
        page.click("text=unread notification")
        page.wait_for_selector("td.field-what a")
        listed = page.inner_text("td.field-what a")
        list_wide = fits(page)
        camera.shoot(page, "notifications")
        page.click("td.field-what a")
        page.wait_for_selector("#conversation")
        landed = page.url
        page.goto(live_server.url + "/admin/claims/notification/settings/")
        settings_wide = fits(page)
        camera.shoot(page, "settings")
        page.context.close()
        browser.close()

    assert shown == LONG_COMMENT and mention == "@erin"
    assert unread == "1"
    assert listed.startswith(f"rita mentioned you on claim #{claim.pk}: @erin the ministry's table")
    assert landed == live_server.url + claim_path
    assert reviewer_page_wide == list_wide == settings_wide == []
