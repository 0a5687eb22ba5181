"""An imported ClaimReview is found for a reworded claim, and linked with "Same claim", in a real browser."""

import pytest
from django.core.management import call_command

from claims.matching.tasks import embed_claim
from claims.models import ClaimStatus, FactCheck, SameClaimLink
from reviewers.models import Role
from tests.admin.browser import Camera, launch, require_chromium
from tests.admin.test_browser import log_in
from tests.conftest import make_user
from tests.matching.claimreview_files import LIGHTHOUSE, as_json
from tests.workflow.factories import make_claim

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]
REWORDED = "Councillors let a casino firm buy the harbour lighthouse for just 1 euro, the mayor claimed."


@pytest.fixture
def eager_celery():
    from celery import current_app

    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = False


def test_an_imported_claim_review_is_matched_and_linked_in_the_browser(live_server, tmp_path, eager_celery):
    require_chromium()
    from playwright.sync_api import sync_playwright  # its event loop: no ORM calls inside the block

    feed = tmp_path / "feed.json"
    feed.write_text(as_json([LIGHTHOUSE]), encoding="utf-8")
    call_command("import_claimreview", str(feed))  # its vector is computed by the Celery task on commit
    imported = FactCheck.objects.get()
    reviewer = make_user("rita", Role.REVIEWER)
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    embed_claim(claim.pk)
    url = f"{live_server.url}/admin/claims/claim/{claim.pk}/change/"
    button = f'button[form="same-claim-form"][value="fact_check:{imported.pk}"]'
    camera = Camera("same-claim")

    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = log_in(browser, live_server, "rita")
        page.goto(url)
        first_match = page.inner_text("ul.matches li:first-child")
        assert "The town council sold the old lighthouse" in first_match and "Harbour Checks" in first_match
        assert "Fabricated" in first_match
        camera.shoot(page, "match-found")
        page.click(button)
        page.wait_for_selector("ul.messagelist li.success")
        said = page.inner_text("ul.messagelist li.success")
        assert said == f"Linked: the same claim as “{LIGHTHOUSE['claimReviewed']}” (Harbour Checks)."
        linked = page.inner_text("ul.same-claim-links")
        assert "The town council sold the old lighthouse" in linked and "confirmed by rita" in linked
        assert "same claim ✓" in page.inner_text("ul.matches li:first-child")
        assert page.locator(button).count() == 0
        camera.shoot(page, "linked")
        browser.close()

    link = SameClaimLink.objects.get()
    assert (link.claim_id, link.fact_check_id, link.confirmed_by) == (claim.pk, imported.pk, reviewer)
