"""The reviewer's core loop on one claim page, in Chromium at 1280 px: a source typed and cited
in one save, its link check (a real worker against a loopback site) showing up without a
reload, the keyboard shortcuts, and "Submit and take next"."""

import threading
import time

import pytest

from claims.models import ClaimStatus, Rating
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import log_in, rating_scale  # noqa: F401  (a fixture)
from tests.conftest import make_user
from tests.guarded_http.site import html, page
from tests.linkcheck.sites import evidence, fast_checks  # noqa: F401  (fixtures)
from tests.workers import running_worker
from tests.workflow.factories import add_source, draft_verdict, make_claim

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
RELEASE_WITHIN = 60  # seconds the evidence site holds its answer at most


def held_page(site, path: str, release: threading.Event) -> str:
    """A page that answers only once `release` is set, so the test sees the check queued first."""

    def answer(handler):
        release.wait(RELEASE_WITHIN)
        return html(page("Labour survey", "Unemployment was 7% in March."))

    site.routes[path] = answer
    return site.url(path)


def test_a_reviewer_cites_a_new_source_in_one_save_sees_its_check_live_and_takes_the_next(
    live_server,
    evidence,  # noqa: F811  (the fixture imported above)
    rating_scale,  # noqa: F811
    monkeypatch,
):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    monkeypatch.setenv("SSRF_ALLOWED_NETWORKS", "127.0.0.0/8")  # for the worker process
    release = threading.Event()
    url = held_page(evidence, "/survey", release)
    reviewer = make_user("rita", Role.REVIEWER)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, speaker="Jane Minister")
    upcoming = make_claim(priority=0.9)
    ratings = list(Rating.objects.filter(is_active=True).order_by("order").values_list("pk", flat=True))
    false = Rating.objects.get(slug="false")
    key = str(ratings.index(false.pk) + 1)  # "1" rates with the first rating shown, and so on
    camera = Camera("workbench")

    with running_worker(queues="linkchecks"), sync_playwright() as playwright:
        browser = launch(playwright)
        tab = log_in(browser, live_server, "rita")
        tab.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
        assert tab.is_visible("#shortcuts summary")

        tab.keyboard.press("u")  # focus the new source's URL
        tab.keyboard.type(url)
        tab.keyboard.press("Escape")
        tab.keyboard.press("c")  # cite it
        tab.keyboard.press(key)  # rate it False
        assert tab.is_checked('input[name="sources-0-cite"]')
        assert tab.is_checked(f'input[name="verdicts-0-rating"][value="{false.pk}"]')
        tab.fill('input[name="sources-0-title"]', "Labour survey")
        tab.fill('textarea[name="verdicts-0-summary"]', "The survey says 7%, not 3%.")
        camera.shoot(tab, "source-typed-and-cited")
        tab.click('input[name="_continue"]')  # one save
        tab.wait_for_selector("ul.messagelist li.success")

        assert tab.is_checked('input[name="verdicts-0-sources"]')  # the verdict cites it
        assert "check queued…" in tab.inner_text("#sources-group .link-health")
        camera.shoot(tab, "check-queued")
        tab.evaluate("window.notReloaded = true")
        release.set()
        released = time.monotonic()
        tab.wait_for_selector('#sources-group .link-health[data-pending="no"] .badge.link-ok', timeout=60_000)
        shown = time.monotonic() - released
        assert tab.evaluate("window.notReloaded") is True  # the cell changed in place
        assert "OK (200)" in tab.inner_text("#sources-group .link-health")
        camera.shoot(tab, "check-recorded-without-reload")

        tab.keyboard.press("Shift+S")  # Submit and take next
        tab.wait_for_url(f"**/admin/claims/claim/{upcoming.pk}/change/")
        message = tab.inner_text("ul.messagelist li.success")
        camera.shoot(tab, "next-claim-opened")
        browser.close()

    print(f"\nlink check answered -> its state on the open page in {shown:.1f} s (polled every 2 s)")
    assert message == f"Claim #{claim.pk} was submitted for sign-off. Claim #{upcoming.pk} is yours now."
    claim.refresh_from_db(), upcoming.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert [s.url for s in claim.draft_verdict().sources.all()] == [url]
    assert (upcoming.status, upcoming.assignee) == (ClaimStatus.IN_REVIEW, reviewer)


def test_the_keys_stay_quiet_while_typing_and_u_adds_a_source_row_when_none_is_empty(
    live_server,
    rating_scale,  # noqa: F811
):
    require_chromium()
    from playwright.sync_api import sync_playwright

    reviewer = make_user("rita", Role.REVIEWER)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    add_source(claim, reviewer)  # so the page offers no empty source row

    with sync_playwright() as playwright:
        browser = launch(playwright)
        tab = log_in(browser, live_server, "rita")
        tab.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
        assert not tab.locator("#shortcuts").evaluate("d => d.open")
        tab.keyboard.press("?")
        assert tab.locator("#shortcuts").evaluate("d => d.open")
        assert tab.is_visible("#shortcuts dl")

        tab.click('textarea[name="verdicts-0-summary"]')
        tab.keyboard.type("s a 1 c u S")  # typed into the summary: no key may act
        assert tab.input_value('textarea[name="verdicts-0-summary"]') == "s a 1 c u S"
        assert not tab.is_checked('input[name="verdicts-0-rating"]')
        tab.keyboard.press("Escape")

        tab.keyboard.press("u")  # the one source is saved: a new row is added and focused
        assert tab.evaluate("document.activeElement.name") == "sources-1-url"
        assert tab.input_value('input[name="sources-1-url"]') == ""  # the key itself not typed
        browser.close()

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW and claim.sources.count() == 1


def test_add_source_shows_a_refusal_in_the_row_then_adds_and_cites_and_a_later_save_keeps_it(
    live_server,
    rating_scale,  # noqa: F811
):
    require_chromium()
    from playwright.sync_api import sync_playwright

    reviewer = make_user("rita", Role.REVIEWER)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    draft_verdict(claim, reviewer)
    title = '<img src="x" onerror="window.injected = 1">Labour survey'

    with sync_playwright() as playwright:
        browser = launch(playwright)
        tab = log_in(browser, live_server, "rita")
        tab.goto(f"{live_server.url}/admin/claims/claim/{claim.pk}/change/")
        tab.evaluate("window.notReloaded = true")
        tab.fill('input[name="sources-0-url"]', "not a url at all")
        tab.fill('input[name="sources-0-title"]', title)
        tab.check('input[name="sources-0-cite"]')
        tab.click(".add-source-button")
        refusal = tab.inner_text("#sources-group .add-source-errors")

        tab.fill('input[name="sources-0-url"]', "https://stats.example.org/labour")
        tab.click(".add-source-button")
        tab.wait_for_selector("#sources-group tr.added-source")
        shown_title = tab.inner_text("#sources-group tr.added-source td.field-title")
        injected = tab.evaluate("window.injected")
        not_reloaded = tab.evaluate("window.notReloaded")
        ticked = tab.is_checked('#verdicts-group input[name="verdicts-0-sources"]')

        tab.fill('textarea[name="verdicts-0-summary"]', "Saved after adding.")
        tab.click('input[name="_continue"]')
        tab.wait_for_selector("ul.messagelist li")
        saved = tab.locator("ul.messagelist li").all_inner_texts()
        browser.close()

    assert refusal == "Enter a valid URL."
    assert shown_title == title and injected is None  # the title is text, not markup
    assert not_reloaded is True and ticked is True
    assert saved == ["Saved."]
    draft = claim.draft_verdict()
    assert draft.summary == "Saved after adding."
    assert [s.url for s in draft.sources.all()] == ["https://stats.example.org/labour"]
