"""The claim page lists its keyboard shortcuts and loads the script that makes them work
(the keys themselves are pressed in tests/admin/test_browser_workbench.py)."""

import lxml.html
import pytest

from tests.admin.pages import claim_url
from tests.workflow.factories import claim_in_review

pytestmark = pytest.mark.django_db


def test_the_claim_page_lists_the_keys_of_the_core_loop(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())

    (listing,) = page.xpath('//details[@id="shortcuts"]')
    assert listing.xpath("string(summary)") == "Keyboard shortcuts"
    keys = [" ".join(dt.text_content().split()) for dt in listing.xpath(".//dt")]
    assert keys == [
        "n",
        "u",
        "c",
        "1…9",
        "s",
        "Shift+S",
        "a",
        "?",
        "Esc",
    ]
    assert page.xpath('//script[contains(@src, "claims/shortcuts.js")]')
