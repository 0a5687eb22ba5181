"""Link health has one set of words (LinkClass's labels) on every page that mentions it."""

import lxml.html
import pytest
from django.urls import reverse

from claims.models import LinkClass
from tests.admin.pages import claim_url
from tests.workflow.factories import add_source, claim_in_review

pytestmark = pytest.mark.django_db


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return " ".join(lxml.html.fromstring(response.content.decode()).text_content().split())


@pytest.fixture
def claim_on_a_broken_and_a_timed_out_link(reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    draft = claim.draft_verdict()
    draft.sources.set(
        [
            add_source(claim, reviewer, url="https://gone.example.org/", link_status=LinkClass.BROKEN),
            add_source(claim, reviewer, url="https://slow.example.org/", link_status=LinkClass.TIMEOUT),
        ]
    )
    return claim


def test_the_claims_list_counts_failing_links_in_the_badges_words(
    client, reviewer, claim_on_a_broken_and_a_timed_out_link
):
    client.force_login(reviewer)
    text = page_text(client, reverse("admin:claims_claim_changelist"))
    assert "2 ⚠ 1 Broken, 1 Timed out" in text
    assert "failing" not in text.replace("Temporarily failing", "")


def test_the_claim_page_names_each_failing_link_as_its_badge_does(
    client, reviewer, claim_on_a_broken_and_a_timed_out_link
):
    client.force_login(reviewer)
    text = page_text(client, claim_url(claim_on_a_broken_and_a_timed_out_link))
    assert "⚠ Broken" in text and "⚠ Timed out" in text  # the Sources table's badges
    assert "https://gone.example.org/ ⚠ Broken" in text  # the verdict form's choice
    assert "link broken" not in text and "link timed out" not in text


def test_the_front_page_counts_sources_by_the_same_words(
    client, reviewer, claim_on_a_broken_and_a_timed_out_link
):
    client.force_login(reviewer)
    text = page_text(client, reverse("admin:index"))
    assert "Sources with a failing link: 1 Broken, 1 Timed out, 0 Temporarily failing" in text


def test_the_api_documents_its_link_status_values_in_the_same_words(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    help_text = schema["components"]["schemas"]["Source"]["properties"]["link_status"]["description"]
    assert "broken = Broken" in help_text and "unchecked = Unchecked" in help_text
