"""Two people on the same claim: the second save is refused with a clear message."""

import pytest

from tests.admin.pages import claim_url, open_claim
from tests.workflow.factories import claim_in_review

pytestmark = pytest.mark.django_db


def test_the_second_of_two_conflicting_claim_edits_gets_a_conflict_message_and_the_first_stays(
    client, reviewer, editor
):
    from django.test import Client

    claim = claim_in_review(reviewer)
    editor_client = Client()
    editor_client.force_login(editor)
    client.force_login(reviewer)
    _, reviewer_form = open_claim(client, claim)
    _, editor_form = open_claim(editor_client, claim)

    editor_client.post(claim_url(claim), {**editor_form, "speaker": "Vladimir Putin"})
    response = client.post(claim_url(claim), {**reviewer_form, "speaker": "Bashar al-Assad"})

    assert response.status_code == 200  # the form again, with the reviewer's input kept
    errors = response.context["adminform"].form.non_field_errors()
    assert errors == [
        f"This claim was changed by erin at {claim.history.first().history_date:%H:%M:%S} while you were "
        "editing it (you loaded version 1). Your changes were not saved and theirs are kept: reload the "
        "page and make your edit again."
    ]
    assert 'value="Bashar al-Assad"' in response.content.decode()
    claim.refresh_from_db()
    assert (claim.speaker, claim.version) == ("Vladimir Putin", 2)


def test_a_verdict_edited_in_two_tabs_keeps_the_first_save(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    _, first_tab = open_claim(client, claim)
    _, second_tab = open_claim(client, claim)
    client.post(claim_url(claim), {**first_tab, "verdicts-0-summary": "First tab's summary."})
    response = client.post(claim_url(claim), {**second_tab, "verdicts-0-summary": "Second tab's summary."})
    formset = response.context["inline_admin_formsets"][1].formset
    assert "while you were editing it" in str(formset.forms[0].non_field_errors())
    assert claim.draft_verdict().summary == "First tab's summary."


def test_a_step_pressed_on_a_stale_page_is_refused_until_the_page_is_reloaded(client, reviewer, editor):
    from tests.workflow.factories import claim_awaiting_sign_off

    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    _, stale = open_claim(client, claim)
    claim.transition("send_back", editor, reason="More sources.")
    client.post(claim_url(claim), {**stale, "_step": "publish"})
    claim.refresh_from_db()
    assert claim.status == "in_review"


def test_a_save_racing_past_the_form_check_is_refused_without_losing_the_first_edit(
    client, reviewer, monkeypatch
):
    """The form check passed, then someone saved: the versioned write still refuses.

    (Here the other save runs inside the request's transaction, so it is rolled back with
    it; tests/workflow/test_concurrency_postgres.py races real connections.)"""
    from claims.admin.forms import VersionCheckedForm
    from claims.models import Claim

    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    _, data = open_claim(client, claim)
    original_clean = VersionCheckedForm.clean

    def clean_then_someone_saves(form):
        cleaned = original_clean(form)
        if isinstance(form.instance, Claim):
            other = Claim.objects.get(pk=claim.pk)
            other.speaker = "First in"
            other.save()
        return cleaned

    monkeypatch.setattr(VersionCheckedForm, "clean", clean_then_someone_saves)
    response = client.post(claim_url(claim), {**data, "speaker": "Too late"}, follow=True)
    assert any("while you were editing it" in str(m) for m in response.context["messages"])
    claim.refresh_from_db()
    assert claim.speaker != "Too late"
