"""The reviewer's and the editor's whole loop in Chromium at 1280 px, as issue 21's "Done when"
says: take a claim, read it in its article, add and cite a source, watch its link check (a
real worker against a loopback site that answers 410) turn Broken without a reload, mention
the editor, submit and take the next; the editor follows the notification, is asked to
confirm the broken evidence, says why, publishes, and the verdict is on the public page.
No page scrolls sideways at any step."""

import time

import pytest

from claims.models import ClaimStatus, Rating
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import CLAIM, IN_VIEW, log_in, rating_scale  # noqa: F401  (a fixture)
from tests.conftest import make_user
from tests.guarded_http.site import html, page
from tests.linkcheck.sites import evidence, fast_checks, serve  # noqa: F401  (fixtures)
from tests.workers import running_worker
from tests.workflow.factories import make_article, make_claim

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
SUMMARY = "Russia vetoed resolutions on Syria, but not all of them: the record is mixed."
COMMENT = "@erin the UN page is gone (410); the archived copy says the same. Please look."
WHY = "The UN removed the page; the vote record is in the archived copy and the UN library."

# Does the claim heading (its last line's end, say) run under the page's buttons?
HEADING_UNDER_TOOLS = """(() => {
  const heading = document.querySelector("#content > h2").getBoundingClientRect();
  const tools = document.querySelector(".object-tools").getBoundingClientRect();
  return heading.bottom > tools.top && tools.bottom > heading.top
    && heading.right > tools.left && tools.right > heading.left;
})()"""

# Sideways scroll of the page itself, as the reader meets it.
SCROLLS_SIDEWAYS = "document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth"


class Loop:
    """Each step's screenshot, and whether the page scrolled sideways there."""

    def __init__(self, name: str):
        self.camera = Camera(name)
        self.wide: list[str] = []
        self.clicks = 0

    def step(self, tab, name: str) -> None:
        if tab.evaluate(SCROLLS_SIDEWAYS):
            width = tab.evaluate("document.scrollingElement.scrollWidth")
            self.wide.append(f"{name}: {width} px wide")
        self.camera.shoot(tab, name)

    def click(self, tab, selector: str) -> None:
        """A click the user makes (counted for the figures in docs/review-workflow.md)."""
        self.clicks += 1
        tab.click(selector)


def test_a_claim_goes_round_the_whole_loop_from_take_next_to_the_public_page(
    live_server,
    seed_text,
    evidence,  # noqa: F811  (the fixture imported above)
    rating_scale,  # noqa: F811
    monkeypatch,
):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    monkeypatch.setenv("SSRF_ALLOWED_NETWORKS", "127.0.0.0/8")  # for the worker process
    record = serve(evidence, "/library/votes", "Vetoes on Syria: 2011, 2012, 2014, 2016, 2017.")
    evidence.routes["/press/sc12791"] = lambda handler: html(page("Gone", "This page was removed."), 410)
    gone = evidence.url("/press/sc12791")
    make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    article = make_article(body=seed_text, title="Putin Urges EU And US To Join Russia", outlet="Breitbart")
    claim = make_claim(article, text=CLAIM, speaker="Ulrich Speck", is_quote=True, priority=0.9)
    upcoming = make_claim(priority=0.5)
    false = Rating.objects.get(slug="false")
    loop = Loop("whole-loop")
    clicks = {}

    with running_worker(queues="linkchecks"), sync_playwright() as playwright:
        browser = launch(playwright)
        tab = log_in(browser, live_server, "rita")
        loop.step(tab, "reviewer-front-page")

        # The reviewer: take the claim, read it in its article.
        loop.click(tab, "#newsroom-dashboard .take-next-button")
        tab.wait_for_selector(".article-text mark.this-claim")
        marked = tab.inner_text(".article-text mark.this-claim")
        in_view = tab.evaluate(IN_VIEW)
        heading_hidden = tab.evaluate(HEADING_UNDER_TOOLS)
        loop.step(tab, "reviewer-took-the-claim")

        # Add and cite a source, rate and summarise: one save.
        tab.fill('input[name="sources-0-url"]', record)
        tab.fill('input[name="sources-0-title"]', "UN voting record")
        loop.click(tab, 'input[name="sources-0-cite"]')
        loop.click(tab, f'input[name="verdicts-0-rating"][value="{false.pk}"]')
        tab.fill('textarea[name="verdicts-0-summary"]', SUMMARY)
        loop.step(tab, "source-typed-and-cited")
        loop.click(tab, 'input[name="_continue"]')
        tab.wait_for_selector("ul.messagelist li.success")
        cited = tab.is_checked('input[name="verdicts-0-sources"]')

        # A second source, added and cited without a reload; its check turns Broken in place.
        tab.evaluate("window.notReloaded = true")
        loop.click(tab, "#sources-group .add-row a")
        tab.fill('input[name="sources-1-url"]', gone)
        tab.fill('input[name="sources-1-title"]', "UN Security Council vetoes on Syria")
        loop.click(tab, 'input[name="sources-1-cite"]')
        loop.click(tab, "#sources-group tr.form-row:has(input[name='sources-1-url']) .add-source-button")
        started = time.monotonic()
        tab.wait_for_selector("#sources-group tr.added-source .link-health")
        recorded = '#sources-group tr.added-source .link-health[data-pending="no"] .badge.link-bad'
        tab.wait_for_selector(recorded, timeout=60_000)
        shown_after = time.monotonic() - started
        not_reloaded = tab.evaluate("window.notReloaded")
        health = tab.inner_text("#sources-group tr.added-source .link-health")
        both_cited = tab.locator('#verdicts-group input[name="verdicts-0-sources"]:checked').count()
        loop.step(tab, "check-recorded-without-reload")

        # Mention the editor, then submit and take the next.
        tab.fill("#id_comment", COMMENT)
        loop.click(tab, "button.comment-button")
        tab.wait_for_selector("li.comment")
        mention = tab.inner_text("li.comment strong.mention")
        loop.step(tab, "reviewer-mentioned-the-editor")
        loop.click(tab, 'button[name="_submit_and_next"]')
        tab.wait_for_url(f"**/admin/claims/claim/{upcoming.pk}/change/")
        taken = tab.inner_text("ul.messagelist li.success")
        at_top = tab.evaluate("window.scrollY") == 0
        loop.step(tab, "reviewer-has-the-next-claim")
        clicks["reviewer"], loop.clicks = loop.clicks, 0
        tab.context.close()

        # The editor: the notification, the claim, the warning, the reason, publish.
        tab = log_in(browser, live_server, "erin")
        unread = tab.inner_text("strong.unread-notifications")
        loop.step(tab, "editor-front-page")
        loop.click(tab, "text=unread notification")
        tab.wait_for_selector("td.field-what a")
        notices = tab.locator("td.field-what a").all_inner_texts()
        loop.step(tab, "editor-notifications")
        loop.click(tab, f"td.field-what a:has-text('rita mentioned you on claim #{claim.pk}')")
        tab.wait_for_selector("#conversation")
        warnings = tab.locator(".publish-warnings li").all_inner_texts()
        loop.step(tab, "editor-asked-to-confirm")
        loop.click(tab, "#id_publish_anyway")
        tab.fill("#id_publish_reason", WHY)
        loop.click(tab, 'button[name="_step"][value="publish"]')
        tab.wait_for_selector("ul.messagelist li.success")
        published = tab.inner_text("ul.messagelist li.success")
        loop.step(tab, "editor-published")
        clicks["editor"], loop.clicks = loop.clicks, 0

        # The public page.
        tab.goto(f"{live_server.url}/checks/")
        tab.click(f"h2 a:has-text('{CLAIM[:40]}')")
        tab.wait_for_load_state()
        public_url, public_text = tab.url, tab.inner_text("body")
        loop.step(tab, "public-page")
        browser.close()

    print(f"\nreviewer: {clicks['reviewer']} clicks; editor: {clicks['editor']} clicks")
    print(f"link check (410) shown as Broken {shown_after:.1f} s after “Add source”, polled every 2 s")
    assert marked == CLAIM and in_view is True and heading_hidden is False
    assert cited is True
    assert not_reloaded is True and "Broken (410)" in health and both_cited == 2
    assert mention == "@erin"
    assert taken == f"Claim #{claim.pk} was submitted for sign-off. Claim #{upcoming.pk} is yours now."
    assert at_top is True  # the next claim opens at its top, not at the last one's conversation
    assert int(unread) >= 1
    assert any(n.startswith(f"rita mentioned you on claim #{claim.pk}") for n in notices)
    assert warnings == [f"A cited source’s link is Broken: {gone}"]
    assert "Approve and publish: done" in published
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    verdict = claim.published_verdict()
    assert verdict.rating == false and verdict.publish_reason == WHY
    assert sorted(s.url for s in verdict.sources.all()) == sorted([record, gone])
    assert public_url == f"{live_server.url}/checks/{claim.public_slug}/"
    assert SUMMARY in public_text and false.label in public_text
    assert loop.wide == []
