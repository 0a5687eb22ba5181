"""The pages of the core loop fit the window at 1280 and 1024 px: nothing scrolls sideways."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim, LinkCheck, LinkClass
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import PASSWORD, rating_scale  # noqa: F401  (a fixture)
from tests.conftest import make_user
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    make_article,
    make_claim,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
WIDTHS = (1280, 1024)
LISTS = {"unassigned", "claims", "awaiting-my-sign-off", "my-queue", "articles"}
LONG_TITLE = "Putin Urges EU And US To Join Russia In Rebuilding Syria After The War, Says Kremlin Spokesman"
LONG_CLAIM = (
    "Russia has always been a staunch supporter of Syrian President Bashar al-Assad, delivering "
    "weapons and shielding his regime from international condemnation by using its veto at the UN "
    "Security Council."
)
LONG_URL = "https://www.un.org/press/en/2017/sc12791.doc.htm?utm_source=newsletter&utm_campaign=" + "x" * 90


# Boxes that scroll sideways inside the page (a list's table in its `.results` box, say):
# the document fits, but columns are cut off all the same.
CUT_OFF_BOXES = """
[...document.querySelectorAll("#content *")]
  .filter((e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX))
  .filter((e) => e.scrollWidth > e.clientWidth + 1)
  .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}: ${e.scrollWidth} px in ${e.clientWidth} px`)
"""

# The width of each row's claim or title cell: squeezed, it shows a word per line (the
# Articles list's titles once did).
TEXT_CELL_WIDTHS = """
[...document.querySelectorAll("#result_list tbody .field-short_text, #result_list tbody .field-__str__")]
  .map((e) => Math.round(e.getBoundingClientRect().width))
"""
NARROWEST_TEXT_CELL = 160  # px: some six words of claim text a line


def fill_the_lists(reviewer, editor) -> dict[str, str]:
    """Rows with long titles, claims, URLs and failing links in every list; returns the pages."""
    for n in range(3):
        article = make_article(
            title=f"{LONG_TITLE} ({n})", outlet="Breitbart News Network", author="Jane Q. Reporter"
        )
        # Deadlines in every list: overdue (the widest cell), coming, none.
        deadline = timezone.now() + timedelta(days=(-13, 3)[n]) if n < 2 else None
        make_claim(
            article,
            text=LONG_CLAIM + f" ({n})",
            speaker="Dmitry Peskov, Kremlin spokesman",
            deadline=deadline,
        )
    waiting = claim_awaiting_sign_off(reviewer)
    Claim.objects.filter(pk=waiting.pk).update(deadline=timezone.now() - timedelta(days=20))
    add_source(waiting, reviewer, url=LONG_URL, link_status=LinkClass.BROKEN)
    mine = claim_in_review(
        editor,
        article=make_article(title=LONG_TITLE, body=LONG_CLAIM),
        text=LONG_CLAIM,
        deadline=timezone.now() - timedelta(days=2, hours=5),
    )
    source = add_source(mine, editor, url=LONG_URL, link_status=LinkClass.TIMEOUT)
    source.note = "The table on page 4 lists every veto since 2011, with the draft resolution's number."
    source.save()
    for link_class in (LinkClass.TIMEOUT, LinkClass.REDIRECT, LinkClass.OK):
        LinkCheck.objects.create(
            source=source,
            url=LONG_URL,
            link_class=link_class,
            http_status=301 if link_class == LinkClass.REDIRECT else None,
            final_url=LONG_URL + "&final=1",
            redirect_chain=[LONG_URL, LONG_URL + "&hop=1"],
            error="ReadTimeout: the server did not answer within 10 s " * 2,
        )
    return {
        "unassigned": "/admin/claims/unassignedclaim/",
        "claims": "/admin/claims/claim/",
        "awaiting-my-sign-off": "/admin/claims/awaitingmysignoff/",
        "my-queue": "/admin/claims/myqueue/",
        "articles": "/admin/claims/article/",
        "claim-page": f"/admin/claims/claim/{mine.pk}/change/",
        "source-page": f"/admin/claims/source/{source.pk}/change/",
    }


def test_the_core_loop_pages_fit_1280_and_1024_px_without_sideways_scrolling(
    live_server,
    rating_scale,  # noqa: F811
):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    reviewer, editor = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    pages = fill_the_lists(reviewer, editor)
    camera = Camera("widths")
    too_wide = []
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for width in WIDTHS:
            page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
            page.goto(f"{live_server.url}/admin/login/")
            page.fill("#id_username", "erin")
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_selector("#newsroom-dashboard")
            for name, path in pages.items():
                page.goto(live_server.url + path)
                page.wait_for_selector("#content")
                scroll, window = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
                too_wide += [f"{name} at {width} px: {box}" for box in page.evaluate(CUT_OFF_BOXES)]
                cells = page.evaluate(TEXT_CELL_WIDTHS)
                if name in LISTS and not (cells and min(cells) >= NARROWEST_TEXT_CELL):
                    too_wide.append(f"{name} at {width} px: text cells {cells} px wide")
                if scroll > window:
                    too_wide.append(f"{name} at {width} px: {scroll} px wide")
                else:  # the camera refuses a page wider than the window
                    camera.shoot(page, f"{name}-{width}")
            page.context.close()
        browser.close()
    assert not too_wide, "\n".join(too_wide)
