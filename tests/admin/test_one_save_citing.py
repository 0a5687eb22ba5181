"""A source typed on the claim page is cited by the verdict, and the claim submitted, in one save."""

import lxml.html
import pytest

from claims.models import ClaimStatus, Source
from claims.workflow import write_draft
from tests.admin.pages import claim_url, errors_of, messages_of, submit
from tests.workflow.factories import add_source, claim_in_review, rating

pytestmark = pytest.mark.django_db
URL = "https://stats.example.org/labour/march"
NO_VERDICT = "A ticked “cite” needs a verdict to go in: choose the verdict’s rating below too."


def test_a_source_typed_in_the_form_is_cited_and_the_claim_submitted_in_one_save(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))

    response = submit(
        client,
        page,
        "Submit for sign-off",
        {
            "sources-0-url": URL,
            "sources-0-title": "Labour survey",
            "sources-0-cite": True,
            "verdicts-0-rating": str(rating("false").pk),
            "verdicts-0-summary": "The survey says 7%, not 3%.",
        },
        follow=True,
    )

    assert "Submit for sign-off: done. The claim is now “Awaiting sign-off”." in messages_of(response)
    claim.refresh_from_db()
    draft = claim.draft_verdict()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert [s.url for s in draft.sources.all()] == [URL]
    assert draft.author == reviewer


def test_a_new_source_ticked_cite_joins_the_sources_the_draft_already_cites(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))

    submit(client, page, "Save", {"sources-0-url": URL, "sources-0-cite": True})

    claim.refresh_from_db()
    assert [s.url for s in claim.draft_verdict().sources.all()] == [URL]
    html = client.get(claim_url(claim)).content.decode()
    (box,) = lxml.html.fromstring(html).xpath('//input[@name="sources-0-cite"]')
    assert box.get("checked") is not None and box.get("disabled") is not None  # ticked below, in the verdict


def test_a_new_source_not_ticked_is_saved_but_not_cited(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)

    submit(client, client.get(claim_url(claim)), "Save", {"sources-0-url": URL})

    assert claim.sources.count() == 1 and not claim.draft_verdict().sources.exists()


def test_cite_without_a_verdict_is_a_form_error_and_nothing_is_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))

    response = submit(client, page, "Submit for sign-off", {"sources-0-url": URL, "sources-0-cite": True})

    assert response.status_code == 200
    assert errors_of(response) == [NO_VERDICT]
    assert not Source.objects.filter(claim=claim).exists()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_citing_into_a_draft_changed_in_another_tab_is_refused_and_nothing_is_saved(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    draft = claim.draft_verdict()
    draft.summary = "Rewritten in the other tab."
    write_draft(draft, reviewer, ["summary"])

    response = submit(client, page, "Submit for sign-off", {"sources-0-url": URL, "sources-0-cite": True})

    assert response.status_code == 200
    assert any(error.startswith("This verdict was changed") for error in errors_of(response)), errors_of(
        response
    )
    assert not claim.sources.exists() and not claim.draft_verdict().sources.exists()


def test_a_reviewer_who_cites_an_editors_draft_becomes_its_author(client, reviewer, editor):
    claim = claim_in_review(editor, with_source=False)
    claim.assignee = reviewer
    claim.save()
    client.force_login(reviewer)

    submit(client, client.get(claim_url(claim)), "Save", {"sources-0-url": URL, "sources-0-cite": True})

    draft = claim.draft_verdict()
    assert (draft.author, draft.drafted_by) == (reviewer, editor)  # so neither may approve it


def test_only_the_claims_assignee_sees_cite_boxes(client, reviewer, editor):
    claim = claim_in_review(reviewer)
    add_source(claim, reviewer)
    client.force_login(editor)
    assert "-cite" not in client.get(claim_url(claim)).content.decode()


def test_an_editor_who_changes_a_source_the_draft_cites_becomes_its_author_so_cannot_approve_it(
    client, reviewer, editor
):
    from claims import workflow
    from claims.workflow import TransitionError

    claim = claim_in_review(reviewer)
    claim = workflow.apply(claim, "assign", editor, assignee=editor)
    client.force_login(editor)

    submit(client, client.get(claim_url(claim)), "Save", {"sources-0-url": "https://blog.example.org/rumour"})

    draft = claim.draft_verdict()
    assert [s.url for s in draft.sources.all()] == ["https://blog.example.org/rumour"]
    assert (draft.author, draft.drafted_by) == (editor, reviewer)
    claim = workflow.apply(claim, "submit", editor)
    with pytest.raises(TransitionError, match="Two-person rule"):
        workflow.apply(claim, "publish", editor)


@pytest.mark.parametrize("change", ["edit", "delete", "delete selected"])
def test_on_the_source_page_too_changing_a_source_the_draft_cites_makes_the_editor_its_author(
    client, reviewer, editor, change
):
    from django.urls import reverse

    from claims import workflow

    claim = claim_in_review(reviewer)
    claim = workflow.apply(claim, "assign", editor, assignee=editor)
    source = claim.sources.get()
    client.force_login(editor)

    if change == "edit":
        page = client.get(reverse("admin:claims_source_change", args=[source.pk]))
        submit(client, page, "Save", {"url": "https://blog.example.org/rumour"})
    elif change == "delete":
        page = client.get(reverse("admin:claims_source_delete", args=[source.pk]))
        submit(client, page, "Yes, I’m sure", form_id=None)
    else:
        chosen = {"action": "delete_selected", "_selected_action": [source.pk], "post": "yes"}
        client.post(reverse("admin:claims_source_changelist"), chosen)

    assert not claim.sources.exists() if change != "edit" else claim.sources.exists()

    draft = claim.draft_verdict()
    assert (draft.author, draft.drafted_by) == (editor, reviewer)
