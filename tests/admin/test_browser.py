"""A reviewer and an editor take the seed article's claim to publication in a real browser."""

import importlib

import pytest

from claims.models import ClaimStatus, Rating
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.conftest import make_user
from tests.workflow.factories import make_article, make_claim

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-for-tests-123"
CLAIM = (
    "Russia has always been a staunch supporter of Syrian President Bashar al-Assad, delivering "
    "weapons and shielding his regime from international condemnation by using its veto at the UN "
    "Security Council."
)


# This claim's mark is visible: inside the window and inside the article's scrolling box.
IN_VIEW = """(() => {
  const mark = document.getElementById("this-claim").getBoundingClientRect();
  const box = document.querySelector(".article-panel").getBoundingClientRect();
  return mark.top >= Math.max(box.top, 0) && mark.bottom <= Math.min(box.bottom, window.innerHeight);
})()"""


@pytest.fixture
def rating_scale():
    """The default scale; an earlier transactional test may have flushed the migration's rows."""
    scale = importlib.import_module("claims.migrations.0002_default_rating_scale").DEFAULT_SCALE
    for order, (slug, label, value, definition) in enumerate(scale):
        Rating.objects.get_or_create(
            slug=slug, defaults={"label": label, "value": value, "definition": definition, "order": order}
        )


def log_in(browser, live_server, username: str):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#newsroom-dashboard")
    return page


def test_a_claim_goes_from_the_queue_to_published_in_the_browser(live_server, seed_text, rating_scale):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    reviewer, editor = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    article = make_article(body=seed_text, title="Putin Urges EU And US To Join Russia", outlet="Breitbart")
    claim = make_claim(article, text=CLAIM, speaker="Ulrich Speck", is_quote=True, priority=0.9)
    false = Rating.objects.get(slug="false")
    camera = Camera("review-flow")

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = log_in(browser, live_server, "rita")
        assert page.inner_text("#newsroom-dashboard .my-open") == "0"
        assert page.inner_text("#newsroom-dashboard .count-queued") == "1"
        assert page.is_visible("#newsroom-dashboard .take-next-button")
        camera.shoot(page, "reviewer-front-page")

        page.click("#newsroom-dashboard .take-next-button")
        page.wait_for_selector("blockquote.in-context mark")
        assert page.inner_text("blockquote.in-context mark") == CLAIM
        assert page.inner_text(".article-text mark.this-claim") == CLAIM  # the whole article beside it
        assert page.evaluate(IN_VIEW) is True  # scrolled into view, inside the article's box
        camera.shoot(page, "reviewer-took-the-claim")

        page.fill('input[name="sources-0-url"]', "https://www.un.org/press/en/2017/sc12791.doc.htm")
        page.fill('input[name="sources-0-title"]', "UN Security Council vetoes on Syria")
        page.select_option('select[name="sources-0-kind"]', "official")
        page.click('input[name="_continue"]')
        page.wait_for_selector("ul.messagelist li.success")
        assert "Unchecked" in page.inner_text("#sources-group")
        camera.shoot(page, "reviewer-added-a-source")

        page.check(f'input[name="verdicts-0-rating"][value="{false.pk}"]')
        page.fill(
            'textarea[name="verdicts-0-summary"]',
            "Russia vetoed Syria resolutions, but not always: it backed some.",
        )
        page.check('input[name="verdicts-0-sources"]')
        assert page.is_checked(f'input[name="verdicts-0-rating"][value="{false.pk}"]')
        assert page.is_checked('input[name="verdicts-0-sources"]')
        assert page.is_visible('button[name="_step"][value="submit"]')
        camera.shoot(page, "reviewer-proposes-a-verdict")
        page.click('button[name="_step"][value="submit"]')
        page.wait_for_selector("ul.messagelist li.success")
        assert "Awaiting sign-off" in page.inner_text(".claim-state")
        camera.shoot(page, "reviewer-submitted")

        page = log_in(browser, live_server, "erin")
        page.click('a[href$="/admin/claims/awaitingmysignoff/"]')
        page.click(f'#result_list a[href$="/admin/claims/claim/{claim.pk}/change/"]')
        page.wait_for_selector(".claim-state")
        state = page.inner_text(".claim-state")
        assert "Awaiting sign-off" in state and "assigned to rita" in state
        assert page.inner_text("blockquote.in-context mark") == CLAIM
        assert "Draft verdict by rita" in page.inner_text(".claim-page")
        assert page.is_visible('button[name="_step"][value="publish"]')
        camera.shoot(page, "editor-reviews-the-verdict")
        page.click('button[name="_step"][value="publish"]')  # the source is still Unchecked
        page.wait_for_selector(".publish-warnings .errorlist")
        assert "A cited source’s link is Unchecked" in page.inner_text(".publish-warnings")
        camera.shoot(page, "editor-is-asked-to-confirm")
        page.check('input[name="publish_anyway"]')
        page.fill('textarea[name="publish_reason"]', "The UN press release is on record; read it myself.")
        page.click('button[name="_step"][value="publish"]')
        page.wait_for_selector("ul.messagelist li.success")
        assert page.inner_text(".claim-state .badge") == "Published"
        camera.shoot(page, "editor-published")
        browser.close()

    claim.refresh_from_db()
    verdict = claim.published_verdict()
    assert claim.status == ClaimStatus.PUBLISHED
    assert (verdict.author, verdict.approved_by, verdict.rating) == (reviewer, editor, false)
    assert [s.url for s in verdict.sources.all()] == ["https://www.un.org/press/en/2017/sc12791.doc.htm"]
    assert verdict.publish_reason == "The UN press release is on record; read it myself."


def test_two_tabs_editing_one_claim_in_the_browser_keep_the_first_save(live_server, rating_scale):
    """The browser sends only what the page renders: the version must be in it (issue 25, 4)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    reviewer = make_user("rita", Role.REVIEWER)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, speaker="")
    url = f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    false, true = (Rating.objects.get(slug=slug).pk for slug in ("false", "true"))

    with sync_playwright() as playwright:
        browser = launch(playwright)
        first = log_in(browser, live_server, "rita")
        second = first.context.new_page()
        for tab in (first, second):
            tab.goto(url)
        first.fill('input[name="speaker"]', "Vladimir Putin")
        first.fill('textarea[name="verdicts-0-summary"]', "First tab's draft.")
        first.check(f'input[name="verdicts-0-rating"][value="{false}"]')
        first.click('input[name="_continue"]')
        first.wait_for_selector("ul.messagelist li.success")

        second.fill('input[name="speaker"]', "Bashar al-Assad")
        second.fill('textarea[name="verdicts-0-summary"]', "Second tab's draft.")
        second.check(f'input[name="verdicts-0-rating"][value="{true}"]')
        second.click('input[name="_continue"]')
        second.wait_for_selector(".errornote")
        errors = second.inner_text("form#claim_form")
        assert second.input_value('input[name="speaker"]') == "Bashar al-Assad"  # kept for another try
        browser.close()

    assert "This claim was changed by rita" in errors
    assert "This verdict was started by rita" in errors
    claim.refresh_from_db()
    assert (claim.speaker, [v.summary for v in claim.verdicts.all()]) == (
        "Vladimir Putin",
        ["First tab's draft."],
    )
