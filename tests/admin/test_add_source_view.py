"""The claim page's "Add source" (with JavaScript): one new row, posted as the page holds it,
saved and cited without a reload, under the same rules as the form's Save."""

import lxml.html
import pytest
from django.urls import reverse

from claims.models import Source
from tests.admin.pages import claim_url, form_data
from tests.workflow.factories import claim_in_review

pytestmark = pytest.mark.django_db
URL = "https://stats.example.org/labour/march"


def row_as_posted(client, claim, changes: dict) -> tuple[str, dict]:
    """The add-source address the page gives its script, and its new row's inputs with `changes`,
    as add_source.js sends them (the row's prefix and the draft's version with them)."""
    page = client.get(claim_url(claim))
    [section] = lxml.html.fromstring(page.content.decode()).xpath('//section[@class="claim-page"]')
    sent = form_data(page)
    row = {k: v for k, v in sent.items() if k.startswith("sources-0-")} | changes
    return section.get("data-add-source-url"), {
        "prefix": "sources-0",
        "verdict_version": sent.get("verdicts-0-version", ""),
        **row,
    }


def test_a_source_added_and_ticked_is_saved_cited_and_its_check_queued(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(
        client, claim, {"sources-0-url": URL, "sources-0-title": "Labour <b>survey</b>"}
    )

    reply = client.post(url, {**data, "sources-0-cite": "on"}).json()

    draft = claim.draft_verdict()
    [source] = claim.sources.all()
    assert [s.pk for s in draft.sources.all()] == [source.pk] and draft.author == reviewer
    assert source.added_by == reviewer and source.check_requested_at is not None
    assert reply["cited"] is True and reply["verdict_version"] == draft.version
    assert "check queued…" in reply["cells"]["link"]
    assert reply["cells"]["title"] == "Labour &lt;b&gt;survey&lt;/b&gt;"  # escaped, not markup


def test_the_page_saved_after_adding_keeps_the_citation(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})
    reply = client.post(url, {**data, "sources-0-cite": "on"}).json()

    # What the page then sends on Save: the draft at its new version, the new box ticked.
    page = client.get(claim_url(claim))
    sent = form_data(page) | {"verdicts-0-summary": "Checked again.", "_continue": "Save"}
    assert sent["verdicts-0-version"] == str(reply["verdict_version"])
    client.post(claim_url(claim), sent)

    draft = claim.draft_verdict()
    assert draft.summary == "Checked again." and [s.url for s in draft.sources.all()] == [URL]


def test_a_source_added_without_cite_is_saved_and_not_cited(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})

    reply = client.post(url, data).json()

    assert reply["cited"] is False and claim.sources.count() == 1
    assert not claim.draft_verdict().sources.exists()


def test_a_bad_url_is_a_field_error_and_nothing_is_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": "not a url at all"})

    response = client.post(url, {**data, "sources-0-cite": "on"})

    assert response.status_code == 400 and response.json()["errors"] == {"url": ["Enter a valid URL."]}
    assert not Source.objects.exists()


def test_a_url_the_claim_already_cites_is_a_field_error_not_a_server_error(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})
    client.post(url, data)

    response = client.post(url, {**data, "sources-0-title": "The same page again"})

    assert response.status_code == 400
    assert response.json()["errors"] == {"url": ["This claim already has a source with this address."]}
    assert list(claim.sources.values_list("url", flat=True)) == [URL]


def test_cite_without_a_draft_is_refused_and_nothing_is_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})

    response = client.post(url, {**data, "sources-0-cite": "on"})

    assert (
        response.status_code == 400 and "Choose the verdict’s rating" in response.json()["errors"]["cite"][0]
    )
    assert not Source.objects.exists()


def test_citing_into_a_draft_changed_since_the_page_loaded_is_refused(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})
    draft = claim.draft_verdict()
    draft.summary = "Changed in another tab."
    draft.save()

    response = client.post(url, {**data, "sources-0-cite": "on"})

    assert response.status_code == 409 and "while you were editing" in response.json()["errors"]["cite"][0]
    assert not Source.objects.exists()


def test_a_draft_changed_in_another_tab_just_after_the_version_check_is_not_overwritten(
    client, reviewer, monkeypatch
):
    from claims.admin import add_source

    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})

    def other_tab_saves_first(*args, **kwargs):
        draft = claim.draft_verdict()
        draft.summary = "Changed in another tab."
        draft.save()
        return real_cite(*args, **kwargs)

    real_cite = add_source.cite
    monkeypatch.setattr(add_source, "cite", other_tab_saves_first)
    response = client.post(url, {**data, "sources-0-cite": "on"})

    # Else the page would take the new version and its next Save overwrite the other tab's summary.
    assert response.status_code == 409 and "while you were editing" in response.json()["errors"]["cite"][0]
    assert not Source.objects.exists()


@pytest.mark.parametrize("who", ["other_reviewer", "editor", "stranger"])
def test_only_the_assignee_may_add_a_source(client, reviewer, request, who):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(request.getfixturevalue(who))
    url = reverse("admin:claims_claim_add_source", args=[claim.pk])

    response = client.post(url, {"prefix": "sources-0", "sources-0-url": URL, "sources-0-kind": "other"})

    assert response.status_code == 403
    assert not Source.objects.exists()


def test_a_get_is_not_allowed(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)

    assert client.get(reverse("admin:claims_claim_add_source", args=[claim.pk])).status_code == 405


def test_adding_and_citing_a_source_takes_twenty_queries(client, reviewer, django_assert_num_queries):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    url, data = row_as_posted(client, claim, {"sources-0-url": URL})

    # session, user, claim, two permission lookups, the URL not on the claim yet, the draft
    # (version check); savepoint, the claim locked and read again, source insert, its history
    # row, check requested; the draft again (cite), the citation, savepoint, versioned update,
    # the draft's row, its history row, two releases.
    with django_assert_num_queries(20):
        client.post(url, {**data, "sources-0-cite": "on"})
