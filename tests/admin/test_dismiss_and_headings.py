"""The claim page's dismiss controls say what is missing beside the box that needs it, and
its headings carry the whole claim instead of cutting it at 80 characters."""

import lxml.html
import pytest

from claims.models import ClaimStatus
from tests.admin.pages import claim_url, errors_of, messages_of, submit
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db
LONG_CLAIM = (
    "Russia has always been a staunch supporter of Syrian President Bashar al-Assad, delivering "
    "weapons and shielding his regime from international condemnation."
)


def page_of(response):
    return lxml.html.fromstring(response.content.decode())


def errors_beside(response, field: str) -> list[str]:
    """The errors shown in the same workflow box as the control named `field`."""
    boxes = page_of(response).xpath(f"//div[contains(@class, 'workflow-input')][.//*[@name='{field}']]")
    assert len(boxes) == 1, f"no one box holds {field!r}"
    return [li.text_content() for li in boxes[0].xpath(".//ul[contains(@class, 'errorlist')]/li")]


def test_dismissing_without_a_kind_puts_the_error_beside_dismiss_as_not_the_reason_box(client, editor):
    claim = make_claim()
    client.force_login(editor)

    response = submit(client, client.get(claim_url(claim)), "Dismiss", {"note": "A sports result"})

    assert response.status_code == 200
    assert errors_beside(response, "dismissal") == [
        "Choose what to dismiss as: not check-worthy, out of scope, duplicate."
    ]
    assert errors_beside(response, "note") == []
    assert messages_of(response) == []
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (ClaimStatus.QUEUED, 1)


def test_a_duplicate_without_the_earlier_claims_number_is_an_error_on_that_box(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Dismiss", {"dismissal": "duplicate"})
    assert errors_of(response) == ["Give the number of the earlier claim this repeats."]
    assert errors_beside(response, "duplicate_of_id") == [
        "Give the number of the earlier claim this repeats."
    ]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.QUEUED


def test_a_duplicate_of_a_claim_that_does_not_exist_is_an_error_on_that_box(client, editor):
    claim = make_claim()
    client.force_login(editor)
    changes = {"dismissal": "duplicate", "duplicate_of_id": 999999}
    response = submit(client, client.get(claim_url(claim)), "Dismiss", changes)
    assert errors_beside(response, "duplicate_of_id") == ["There is no claim #999999."]


def test_the_breadcrumb_carries_the_whole_claim(client, reviewer):
    claim = make_claim(text=LONG_CLAIM)
    client.force_login(reviewer)
    crumbs = page_of(client.get(claim_url(claim))).xpath("string(//div[contains(@class, 'breadcrumbs')])")
    assert " ".join(crumbs.split()).endswith(f"Claims › #{claim.pk} {LONG_CLAIM}")


def test_the_verdict_heading_names_the_claim_by_number_not_by_text_cut_short(client, reviewer):
    claim = claim_in_review(reviewer, text=LONG_CLAIM)
    client.force_login(reviewer)
    page = page_of(client.get(claim_url(claim)))
    (heading,) = page.xpath("//div[@id='verdicts-0']//span[@class='inline_label']")
    assert heading.text_content().strip() == f"False — claim #{claim.pk}"
    assert "…" not in heading.text_content()
