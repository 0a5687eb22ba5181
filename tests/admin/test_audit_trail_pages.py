"""The audit trail of sources, claims and verdicts: everyone in the newsroom reads it, and a
"revert" from it is a change like any other, refused to whoever may not change the row."""

import lxml.html
import pytest
from django.urls import reverse

from claims import workflow
from claims.models import ClaimStatus
from tests.admin.pages import claim_url, form_data, submit
from tests.workflow.factories import claim_in_review, published_claim

pytestmark = pytest.mark.django_db


def history_urls(row) -> tuple[str, str]:
    """The row's audit trail and the page of its oldest version (where "Revert" is)."""
    name = f"admin:claims_{row._meta.model_name}"
    oldest = row.history.earliest("history_date")
    return (
        reverse(f"{name}_history", args=[row.pk]),
        reverse(f"{name}_simple_history", args=[row.pk, oldest.history_id]),
    )


def test_the_verdict_page_and_its_audit_trail_open(client, reviewer, editor):
    verdict = published_claim(reviewer, editor).published_verdict()
    client.force_login(reviewer)
    trail, version = history_urls(verdict)

    assert client.get(trail).status_code == 200
    for url in (reverse("admin:claims_verdict_change", args=[verdict.pk]), version):
        response = client.get(url)
        assert response.status_code == 200, url
        assert verdict.summary in response.content.decode()


def test_the_pages_of_rows_pointing_at_a_claim_open(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="New figures.")
    client.force_login(editor)

    for row in (claim.corrections.get(), claim.sources.get()):
        response = client.get(reverse(f"admin:claims_{row._meta.model_name}_change", args=[row.pk]))
        assert response.status_code == 200, row
        assert claim.text in response.content.decode()


def test_reverting_a_published_verdicts_source_is_refused_to_a_reviewer_who_may_not_change_it(
    client, reviewer, other_reviewer, editor
):
    claim = published_claim(reviewer, editor)
    source = claim.sources.get()
    cited = source.url
    verdict = claim.published_verdict()
    client.force_login(other_reviewer)
    assert client.get(reverse("admin:claims_source_change", args=[source.pk])).status_code == 200

    _, version = history_urls(source)
    page = client.get(version)
    assert page.status_code == 200
    response = client.post(version, {**form_data(page), "url": "https://elsewhere.example/"})

    assert response.status_code == 403
    source.refresh_from_db()
    assert source.url == cited
    served = client.get(f"/api/v1/verdicts/{verdict.pk}/").json()
    assert [s["url"] for s in served["sources"]] == [cited]


def test_the_source_of_a_published_verdict_cannot_be_changed_even_by_its_reviewer(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="New figures.")
    source = claim.sources.get()
    client.force_login(reviewer)
    _, version = history_urls(source)

    change = client.get(reverse("admin:claims_source_change", args=[source.pk]))
    page = client.get(version)
    revert = client.post(version, {**form_data(page), "url": "https://elsewhere.example"})

    assert 'name="url"' not in change.content.decode()
    assert revert.status_code == 403
    source.refresh_from_db()
    assert source.url != "https://elsewhere.example"


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_reverting_a_claim_or_its_verdict_to_their_drafts_is_refused(client, request, reviewer, editor, role):
    claim = published_claim(reviewer, editor)
    verdict = claim.published_verdict()
    client.force_login(request.getfixturevalue(role))

    for row in (claim, verdict):
        _, version = history_urls(row)  # the draft, before sign-off
        page = client.get(version)
        assert page.status_code == 200
        assert client.post(version, form_data(page)).status_code == 403
    claim.refresh_from_db()
    verdict.refresh_from_db()
    assert (claim.status, verdict.approved_by) == (ClaimStatus.PUBLISHED, editor)
    assert client.get(f"/api/v1/verdicts/{verdict.pk}/").status_code == 200


def test_the_assignee_may_revert_a_source_not_yet_cited_on_record(client, reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    source = claim.sources.get()
    first = source.url
    source.url = "https://stats.example.org/typo"
    source.save()
    client.force_login(reviewer)
    _, version = history_urls(source)

    page = client.get(version)
    response = client.post(version, form_data(page))

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.url == first


def test_a_correction_cannot_rewrite_the_sources_on_record_but_can_cite_new_ones(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    claim = workflow.apply(claim, "correct", editor, reason="New figures.")
    cited = claim.sources.get()
    client.force_login(reviewer)

    page = client.get(claim_url(claim))
    data = form_data(page, "claim_form")
    data.update(
        {
            "sources-0-url": "https://elsewhere.example/rewritten",
            "sources-0-DELETE": "on",
            "sources-TOTAL_FORMS": "2",
            "sources-1-url": "https://stats.example.org/revised-table",
            "sources-1-kind": "primary",
        }
    )
    response = client.post(claim_url(claim), data)

    assert response.status_code == 302
    assert (
        lxml.html.fromstring(page.content).get_element_by_id("id_sources-0-url").get("disabled") is not None
    )
    cited.refresh_from_db()
    assert cited.url != "https://elsewhere.example/rewritten"
    assert sorted(claim.sources.values_list("url", flat=True)) == sorted(
        [cited.url, "https://stats.example.org/revised-table"]
    )


def test_an_edit_of_a_published_claims_article_is_in_its_audit_trail_with_the_old_address(
    client, reviewer, editor, newsroom_admin
):
    """The article is where the claim was made, printed on the public fact-check: an editor
    may correct it, and the trail keeps who changed it and what it said before."""
    article = published_claim(reviewer, editor).article
    article.url, article.title = "https://news.example.org/jobs", "Jobs up"
    article.save()
    client.force_login(editor)
    change = reverse("admin:claims_article_change", args=[article.pk])
    submit(client, client.get(change), "Save", {"url": "https://elsewhere.example.org/other"})

    client.force_login(newsroom_admin)
    trail = client.get(reverse("admin:claims_article_history", args=[article.pk]))
    assert trail.status_code == 200
    assert "erin" in lxml.html.fromstring(trail.content.decode()).text_content()
    before = article.history.filter(history_user=editor).get().prev_record
    assert before.url == "https://news.example.org/jobs"
    old = client.get(reverse("admin:claims_article_simple_history", args=[article.pk, before.history_id]))
    assert "https://news.example.org/jobs" in old.content.decode()
