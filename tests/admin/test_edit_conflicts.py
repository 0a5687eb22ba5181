"""Two people (or two tabs) on the same claim: the second save is refused with a clear message.

Every POST here is what the rendered page sends (tests.admin.pages parses its HTML), so the
version the page was loaded with travels only if the template renders it.
"""

import pytest
from django.test import Client
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimStatus, Verdict
from tests.admin.pages import claim_url, errors_of, form_data, messages_of, submit
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, rating

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_second_of_two_conflicting_claim_edits_gets_a_conflict_message_and_the_first_stays(
    reviewer, editor
):
    claim = claim_in_review(reviewer)
    reviewer_tab, editor_tab = logged_in(reviewer), logged_in(editor)
    reviewer_page = reviewer_tab.get(claim_url(claim))
    editor_page = editor_tab.get(claim_url(claim))

    submit(editor_tab, editor_page, "Save", {"speaker": "Vladimir Putin"})
    response = submit(reviewer_tab, reviewer_page, "Save", {"speaker": "Bashar al-Assad"})

    assert response.status_code == 200  # the form again, with the reviewer's input kept
    assert errors_of(response) == [
        f"This claim was changed by erin at {claim.history.first().history_date:%H:%M:%S} while you were "
        "editing it (you loaded version 1). Your changes were not saved and theirs are kept: reload the "
        "page and make your edit again."
    ]
    assert form_data(response)["speaker"] == "Bashar al-Assad"
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("Vladimir Putin", 2)


def test_a_claim_page_carries_the_version_it_shows(client, reviewer):
    claim = claim_in_review(reviewer)
    claim.speaker = "Someone"
    claim.save()
    client.force_login(reviewer)
    data = form_data(client.get(claim_url(claim)))
    assert (data["version"], data["verdicts-0-version"]) == ("2", "1")


@pytest.mark.parametrize(("field", "row"), [("verdicts-0-summary", "verdict"), ("sources-0-note", "source")])
def test_a_draft_or_source_edited_in_two_tabs_keeps_the_first_save(client, reviewer, field, row):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    first_tab, second_tab = client.get(claim_url(claim)), client.get(claim_url(claim))
    submit(client, first_tab, "Save", {field: "First tab's text."})
    response = submit(client, second_tab, "Save", {field: "Second tab's text."})
    assert response.status_code == 200
    assert any(error.startswith(f"This {row} was changed by rita at ") for error in errors_of(response))
    saved = claim.draft_verdict().summary if row == "verdict" else claim.sources.get().note
    assert saved == "First tab's text."


def test_a_source_deleted_on_a_page_loaded_before_it_was_changed_is_kept(client, reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    client.force_login(reviewer)
    stale = client.get(claim_url(claim))
    submit(client, client.get(claim_url(claim)), "Save", {"sources-0-note": "Table 4 has the 7%."})

    response = submit(client, stale, "Save", {"sources-0-DELETE": True})

    assert response.status_code == 200
    assert any(error.startswith("This source was changed by rita at ") for error in errors_of(response))
    assert claim.sources.get().note == "Table 4 has the 7%."


def test_a_first_draft_saved_in_two_tabs_keeps_the_first_and_explains_the_second(client, reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    client.force_login(reviewer)
    first_tab, second_tab = client.get(claim_url(claim)), client.get(claim_url(claim))
    draft = {"verdicts-0-rating": str(rating("false").pk)}
    submit(client, first_tab, "Save", {**draft, "verdicts-0-summary": "First tab's draft."})
    response = submit(client, second_tab, "Save", {**draft, "verdicts-0-summary": "Second tab's draft."})

    assert response.status_code == 200  # not a 500 from the one-draft-per-claim constraint
    assert any(
        error.startswith("This verdict was started by rita at ") and "not saved" in error
        for error in errors_of(response)
    )
    assert form_data(response)["verdicts-0-summary"] == "Second tab's draft."
    assert [v.summary for v in claim.verdicts.all()] == ["First tab's draft."]


def test_a_first_draft_racing_past_the_form_check_is_a_conflict_message_not_a_server_error(
    client, reviewer, monkeypatch
):
    from claims.admin.forms import VerdictForm
    from claims.workflow import new_draft

    claim = claim_in_review(reviewer, with_draft=False)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    original_clean = VerdictForm.clean

    def clean_then_another_tab_saves(form):
        cleaned = original_clean(form)
        if not Verdict.objects.filter(claim=claim).exists():
            new_draft(claim, reviewer, rating=rating("true"), summary="Other tab.").save()
        return cleaned

    monkeypatch.setattr(VerdictForm, "clean", clean_then_another_tab_saves)
    changes = {"verdicts-0-rating": str(rating("false").pk), "verdicts-0-summary": "This tab."}
    response = submit(client, page, "Save", changes, follow=True)

    assert response.status_code == 200
    assert any(m.startswith("This verdict was started by") for m in messages_of(response))


def test_a_save_without_the_version_is_refused_as_a_conflict_not_let_through(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    crafted = {**form_data(page), "speaker": "No version sent", "_continue": "Save"}
    del crafted["version"]
    response = client.post(claim_url(claim), crafted)

    assert response.status_code == 200
    assert errors_of(response) == [
        "Your changes to this claim were not saved: the page did not say which version you loaded, so "
        "they could overwrite someone else's. Reload the page and make your edit again."
    ]
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("", 1)


def test_a_verdict_save_without_its_version_is_refused(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    crafted = {**form_data(client.get(claim_url(claim))), "verdicts-0-summary": "No version sent."}
    del crafted["verdicts-0-version"]
    response = client.post(claim_url(claim), crafted)
    assert any("the page did not say which version" in error for error in errors_of(response))
    assert claim.draft_verdict().summary != "No version sent."


def test_a_step_pressed_on_a_stale_page_is_refused_until_the_page_is_reloaded(client, reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    stale = client.get(claim_url(claim))
    claim = workflow.apply(claim, "send_back", editor, reason="More sources.")
    submit(client, stale, "Approve and publish")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_publishing_from_a_page_loaded_before_the_verdict_was_rewritten_is_refused(
    reviewer, editor, other_editor
):
    """Sent back, rewritten and resubmitted behind the editor's open page: the status is
    "awaiting sign-off" again, but the editor has not read this verdict, so no publish."""
    claim = claim_awaiting_sign_off(reviewer)
    editor_tab = logged_in(editor)
    stale = editor_tab.get(claim_url(claim))
    claim = workflow.apply(claim, "send_back", other_editor, reason="Say where the 7% comes from.")
    draft = claim.draft_verdict()
    draft.rating, draft.summary = rating("true"), "Rewritten after the editor opened the page."
    draft.save()
    claim.refresh_from_db()
    claim = workflow.apply(claim, "submit", reviewer)

    response = submit(editor_tab, stale, "Approve and publish")

    assert response.status_code == 200
    assert "This claim was changed by rita" in errors_of(response)[0]  # who submitted, even in a script
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGN_OFF


def test_a_save_racing_past_the_form_check_is_refused_without_losing_the_first_edit(
    client, reviewer, monkeypatch
):
    """The form check passed, then someone saved: the versioned write still refuses.

    (Here the other save runs inside the request's transaction, so it is rolled back with
    it; tests/workflow/test_concurrency_postgres.py races real connections.)"""
    from claims.admin.forms import VersionCheckedForm

    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    original_clean = VersionCheckedForm.clean

    def clean_then_someone_saves(form):
        cleaned = original_clean(form)
        if isinstance(form.instance, Claim):
            other = Claim.objects.get(pk=claim.pk)
            other.speaker = "First in"
            other.save()
        return cleaned

    monkeypatch.setattr(VersionCheckedForm, "clean", clean_then_someone_saves)
    response = submit(client, page, "Save", {"speaker": "Too late"}, follow=True)
    assert any("while you were editing it" in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.speaker != "Too late"


def source_url(source) -> str:
    return reverse("admin:claims_source_change", args=[source.pk])


def test_a_source_page_saved_after_the_source_changed_is_refused(client, reviewer):
    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    client.force_login(reviewer)
    stale = client.get(source_url(source))
    submit(client, client.get(claim_url(claim)), "Save", {"sources-0-title": "Labour survey, March"})
    response = submit(client, stale, "Save", {"title": "Labour survey, April"})
    assert response.status_code == 200
    assert errors_of(response)[0].startswith("This source was changed by rita at ")
    source.refresh_from_db()
    assert (source.title, source.version) == ("Labour survey, March", 2)


def test_reverting_a_source_from_its_history_is_checked_against_its_current_version(client, reviewer):
    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    client.force_login(reviewer)
    submit(client, client.get(source_url(source)), "Save", {"title": "Renamed"})
    first = source.history.earliest("history_id")
    revert = f"{source_url(source).removesuffix('change/')}history/{first.history_id}/"

    stale = client.get(revert)
    submit(client, client.get(source_url(source)), "Save", {"note": "Checked again."})
    refused = submit(client, stale, "Revert")
    assert refused.status_code == 200 and "This source was changed by rita" in errors_of(refused)[0]

    response = submit(client, client.get(revert), "Revert", follow=True)
    assert messages_of(response)[0].startswith("The source “Official table” was changed successfully.")
    source.refresh_from_db()
    assert (source.title, source.note, source.version) == ("Official table", "", 4)


def test_every_admin_form_that_edits_a_versioned_model_checks_the_version(rf, admin_user):
    """A new admin page or inline for a claim, verdict or source cannot forget the check."""
    from django.contrib import admin

    from claims.admin.forms import VersionCheckedForm
    from claims.models import Article, Source
    from claims.models.versioning import VersionedModel

    claim = claim_in_review(admin_user)  # a superuser, holding the claim: every form is editable
    rows = {Claim: claim, Article: claim.article, Source: claim.sources.get(), Verdict: claim.draft_verdict()}
    request = rf.get("/")
    request.user = admin_user
    editors = []
    for model, model_admin in admin.site._registry.items():
        obj = rows.get(model._meta.concrete_model)
        editors += [(e, obj) for e in [model_admin, *model_admin.get_inline_instances(request, obj)]]
    versioned = [(e, obj) for e, obj in editors if issubclass(e.model, VersionedModel)]
    editable = {type(e).__name__ for e, obj in versioned if e.has_change_permission(request, obj)}
    assert {"ArticleAdmin", "ClaimAdmin", "SourceAdmin", "SourceInline", "DraftVerdictInline"} <= editable
    unchecked = {type(e).__name__ for e, _ in versioned if not issubclass(e.form, VersionCheckedForm)}
    assert editable & unchecked == set()


def test_a_revert_racing_past_the_form_check_is_a_message_not_a_server_error(client, reviewer, monkeypatch):
    from claims.admin.forms import VersionCheckedForm
    from claims.models import Source

    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    client.force_login(reviewer)
    submit(client, client.get(source_url(source)), "Save", {"title": "Renamed"})
    revert = (
        f"{source_url(source).removesuffix('change/')}history/{source.history.earliest('history_id').pk}/"
    )
    page = client.get(revert)
    original_clean = VersionCheckedForm.clean

    def clean_then_someone_saves(form):
        cleaned = original_clean(form)
        other = Source.objects.get(pk=source.pk)
        other.note = "Saved meanwhile."
        other.save()
        return cleaned

    monkeypatch.setattr(VersionCheckedForm, "clean", clean_then_someone_saves)
    response = submit(client, page, "Revert", follow=True)
    assert any(m.startswith("This source was changed by") for m in messages_of(response))
    source.refresh_from_db()
    # The revert did not land. The save "meanwhile" ran on this test's one connection, inside
    # the revert's transaction, so it is undone with it (two connections:
    # tests/admin/test_sign_off_races_postgres.py).
    assert source.title == "Renamed"
