"""The claim page's link-health view: what the page's script asks while a check is queued."""

import lxml.html
import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import LinkClass, Source
from tests.admin.pages import claim_url
from tests.workflow.factories import add_source, claim_in_review

pytestmark = pytest.mark.django_db


def health_url(claim) -> str:
    return reverse("admin:claims_claim_link_health", args=[claim.pk])


def queued(source: Source) -> Source:
    Source.objects.filter(pk=source.pk).update(
        link_status=LinkClass.UNCHECKED, check_requested_at=timezone.now()
    )
    return source


def test_a_queued_check_is_pending_and_its_recorded_result_replaces_it(client, reviewer):
    claim = claim_in_review(reviewer)
    source = queued(claim.sources.get())
    client.force_login(reviewer)

    before = client.get(health_url(claim)).json()
    Source.objects.filter(pk=source.pk).update(
        link_status=LinkClass.BROKEN, http_status=404, check_requested_at=None
    )
    after = client.get(health_url(claim)).json()

    assert before["pending"] is True and after["pending"] is False
    [(was, pending)] = [(s["html"], s["pending"]) for s in before["sources"] if s["id"] == source.pk]
    assert pending and "Unchecked" in was and "check queued…" in was
    [now] = [s["html"] for s in after["sources"]]
    assert "⚠ Broken (404)" in now and "check queued" not in now


def test_the_page_renders_the_same_cell_the_view_sends_with_the_script_to_ask(client, reviewer):
    claim = claim_in_review(reviewer)
    source = queued(claim.sources.get())
    client.force_login(reviewer)
    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())

    (cell,) = page.xpath(f'//span[@class="link-health"][@data-source="{source.pk}"]')
    assert cell.get("data-pending") == "yes" and "check queued…" in cell.text_content()
    assert page.xpath('//section[@class="claim-page"]/@data-link-health-url') == [health_url(claim)]
    assert page.xpath('//script[contains(@src, "claims/link_health.js")]')


def test_a_url_with_markup_is_escaped_in_the_cell(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    add_source(claim, reviewer, url='https://x.example.org/"><script>alert(1)</script>')
    client.force_login(reviewer)
    [cell] = client.get(health_url(claim)).json()["sources"]
    assert "<script>" not in cell["html"] and "&lt;script&gt;" in cell["html"]


def test_whoever_may_open_the_claim_may_ask_and_no_one_else(
    client, reviewer, other_reviewer, editor, stranger
):
    claim = claim_in_review(reviewer)
    for user, status in ((other_reviewer, 200), (editor, 200), (stranger, 403)):
        client.force_login(user)
        assert client.get(claim_url(claim)).status_code == status
        assert client.get(health_url(claim)).status_code == status, user


def test_an_anonymous_visitor_is_sent_to_log_in(client, reviewer):
    claim = claim_in_review(reviewer)
    response = client.get(health_url(claim))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_asking_about_a_claim_that_does_not_exist_is_a_404(client, reviewer):
    client.force_login(reviewer)
    assert client.get(reverse("admin:claims_claim_link_health", args=[999999])).status_code == 404


def test_asking_costs_a_fixed_number_of_queries_however_many_sources(
    client, reviewer, django_assert_num_queries
):
    claim = claim_in_review(reviewer)
    for _ in range(20):
        add_source(claim, reviewer)
    client.force_login(reviewer)
    # session, user, the claim, the user's own and their groups' permissions, the sources
    with django_assert_num_queries(6):
        assert len(client.get(health_url(claim)).json()["sources"]) == 21
