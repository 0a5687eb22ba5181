"""Buttons pressed from several tabs or by several people at once, on real connections (PostgreSQL)."""

import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claims import same_claim, workflow
from claims.admin.claim import ClaimAdmin
from claims.admin.forms import NewSourceForm
from claims.admin.source import SourceAdmin
from claims.models import Claim, ClaimStatus, Notification, Rating, SameClaimLink, Source, Verdict
from claims.models.versioning import VersionedModel
from reviewers.models import NotificationEvent, Role
from tests.admin.pages import claim_url, errors_of, messages_of, submit
from tests.admin.test_add_source_view import URL, row_as_posted
from tests.conftest import make_user
from tests.workflow.concurrency import run_together
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    make_claim,
    published_claim,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks between connections need PostgreSQL; run with DATABASE_URL=postgres://...")


def open_page(user, claim):
    client = Client()
    client.force_login(user)
    return client, client.get(claim_url(claim))


def press(client, page, button, changes=None, form_id=None):
    response = submit(client, page, button, changes, form_id=form_id, follow=True)
    return response.status_code, messages_of(response) + errors_of(response)


def held_after_its_checks(monkeypatch, method: str) -> threading.Event:
    """SourceAdmin's `method` waits 0.8 s before it writes (the page's checks passed); the event
    is set as it starts waiting."""
    checked = threading.Event()
    real = getattr(SourceAdmin, method)

    def slowly(self, request, *args, **kwargs):
        checked.set()
        time.sleep(0.8)
        return real(self, request, *args, **kwargs)

    monkeypatch.setattr(SourceAdmin, method, slowly)
    return checked


def submitted_while(step, checked: threading.Event, submitting) -> list:
    """Run `step` and, once `checked` is set, press "Submit for sign-off" on the page
    `submitting` (client, page); the outcomes of both."""

    def submit_once_checked():
        checked.wait(10)
        return press(*submitting, "Submit for sign-off")

    return run_together(lambda run: run(), [(step,), (submit_once_checked,)])


def test_two_editors_approving_the_same_claim_at_once_publish_it_once():
    reviewer = make_user("rita", Role.REVIEWER)
    editors = [make_user(f"editor{n}", Role.EDITOR) for n in range(2)]
    claim = claim_awaiting_sign_off(reviewer)
    pages = [(*open_page(editor, claim), "Approve and publish", None) for editor in editors]

    outcomes = run_together(press, pages)

    assert [status for status, _ in outcomes] == [200, 200], outcomes
    done = [shown for _, shown in outcomes if "Approve and publish: done" in shown[0]]
    assert len(done) == 1, outcomes
    published = Verdict.objects.filter(claim=claim, published_at__isnull=False)
    assert published.count() == 1
    assert Notification.objects.filter(claim=claim, event=NotificationEvent.PUBLISHED).count() == 1


def test_submit_pressed_twice_at_once_submits_once_and_tells_the_desk_once():
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    tabs = [(*open_page(reviewer, claim), "Submit for sign-off", None) for _ in range(2)]

    outcomes = run_together(press, tabs)

    # The second waits for the first (the claim's row lock), then is refused: by the workflow,
    # or, its claim no longer the reviewer's to change, by the page (403).
    assert sorted(status for status, _ in outcomes) in ([200, 200], [200, 403]), outcomes
    assert sum(bool(shown) and "Submit for sign-off: done" in shown[0] for _, shown in outcomes) == 1, (
        outcomes
    )
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert Notification.objects.filter(claim=claim, event=NotificationEvent.SUBMITTED).count() == 1


def test_approving_from_a_page_loaded_before_the_draft_was_sent_back_and_rewritten_is_refused():
    reviewer = make_user("rita", Role.REVIEWER)
    editor, other_editor = make_user("erin", Role.EDITOR), make_user("eddie", Role.EDITOR)
    claim = claim_awaiting_sign_off(reviewer)
    client, stale_page = open_page(editor, claim)
    # Meanwhile another editor sends it back, the reviewer cites one more source and resubmits.
    claim = workflow.apply(claim, "send_back", other_editor, reason="Cite the 2024 table too.")
    workflow.cite(claim, [add_source(claim, reviewer, url="https://stats.example.org/2024")], reviewer)
    workflow.apply(claim, "submit", reviewer)

    status, shown = press(client, stale_page, "Approve and publish", None)

    assert status == 200
    assert any("was changed" in message for message in shown), shown
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGN_OFF


def test_a_reviewer_saving_an_old_review_page_as_the_editor_approves_changes_nothing_published():
    """The reviewer's tab still shows the claim in review and saves a new summary at the moment
    the editor approves: the save is refused, the published verdict is the one the editor saw."""
    reviewer = make_user("rita", Role.REVIEWER)
    editor = make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    reviewer_client, review_page = open_page(reviewer, claim)
    workflow.apply(claim, "submit", reviewer)
    editor_client, sign_off_page = open_page(editor, claim)
    shown_summary = Claim.objects.get(pk=claim.pk).draft_verdict().summary

    outcomes = run_together(
        press,
        [
            (reviewer_client, review_page, "Save", {"verdicts-0-summary": "Rewritten after submitting."}),
            (editor_client, sign_off_page, "Approve and publish", None),
        ],
    )

    assert [status for status, _ in outcomes] == [403, 200], outcomes
    assert "Approve and publish: done" in outcomes[1][1][0]
    published = Verdict.objects.get(claim=claim, published_at__isnull=False)
    assert published.summary == shown_summary


def test_add_source_double_clicked_saves_the_source_once_and_tells_the_second_click():
    reviewer = make_user("rita", Role.REVIEWER)
    claim = claim_in_review(reviewer, with_source=False)
    clients = [open_page(reviewer, claim)[0] for _ in range(2)]
    clicks = [(client, *row_as_posted(client, claim, {"sources-0-url": URL})) for client in clients]

    def add(client, url, data):
        response = client.post(url, data)
        return response.status_code, response.json()

    outcomes = run_together(add, clicks)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes  # no 500 (IntegrityError)
    assert sorted(status for status, _ in outcomes) == [200, 400], outcomes
    refused = next(reply for status, reply in outcomes if status == 400)
    assert refused["errors"] == {"url": ["This claim already has a source with this address."]}
    assert list(claim.sources.values_list("url", flat=True)) == [URL]


def test_two_tabs_saving_the_same_new_source_at_once_keep_one_and_tell_the_other():
    reviewer = make_user("rita", Role.REVIEWER)
    claim = claim_in_review(reviewer, with_source=False)
    tabs = [(*open_page(reviewer, claim), "Save", {"sources-0-url": URL}) for _ in range(2)]

    outcomes = run_together(press, tabs)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes  # no 500 (IntegrityError)
    assert [status for status, _ in outcomes] == [200, 200], outcomes
    assert sorted(shown == ["Saved."] for _, shown in outcomes) == [False, True], outcomes
    assert list(claim.sources.values_list("url", flat=True)) == [URL]


def test_a_save_begun_just_before_submitting_from_another_tab_lands_before_the_submission(monkeypatch):
    """Tab one saves a new summary; while that save is under way (held here for 0.8 s after the
    page's checks passed) tab two submits. The submission waits for the save, then finds the
    draft changed since its page was loaded and is refused: nothing is submitted that its page
    did not show, and no draft changes after it was submitted."""
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    saving, submitting = open_page(reviewer, claim), open_page(reviewer, claim)
    slow_save = threading.Event()
    real_save_related = ClaimAdmin.save_related

    def save_related_slowly(self, request, form, formsets, change):
        if not slow_save.is_set():  # the save's, not the submission's own
            slow_save.set()
            time.sleep(0.8)
        return real_save_related(self, request, form, formsets, change)

    monkeypatch.setattr(ClaimAdmin, "save_related", save_related_slowly)

    def submit_once_saving():
        slow_save.wait(10)
        return press(*submitting, "Submit for sign-off")

    outcomes = run_together(
        lambda which: (
            press(*saving, "Save", {"verdicts-0-summary": "Saved just before."})
            if which == "save"
            else submit_once_saving()
        ),
        [("save",), ("submit",)],
    )

    (saved, shown_saved), (submitted, shown_submitted) = outcomes
    assert (saved, shown_saved, submitted) == (200, ["Saved."], 200), outcomes
    assert any("was changed" in message for message in shown_submitted), outcomes
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status == ClaimStatus.IN_REVIEW
    assert claim.draft_verdict().summary == "Saved just before."


def test_a_source_added_just_before_submitting_from_another_tab_is_refused_not_slipped_in(monkeypatch):
    """Tab one adds (and cites) a source; its checks pass, then, before it writes, tab two
    submits. The source waits for the submission and is refused: the submitted draft is what
    tab two's page showed, with nothing cited after it was submitted."""
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    adding = open_page(reviewer, claim)[0]
    url, data = row_as_posted(adding, claim, {"sources-0-url": URL, "sources-0-cite": "on"})
    submitting = open_page(reviewer, claim)
    checked = threading.Event()
    real_is_valid = NewSourceForm.is_valid

    def is_valid_then_wait(self):
        valid = real_is_valid(self)
        checked.set()
        time.sleep(0.8)
        return valid

    monkeypatch.setattr(NewSourceForm, "is_valid", is_valid_then_wait)

    def add():
        response = adding.post(url, data)
        return response.status_code, response.json()

    def submit_while_adding():
        checked.wait(10)
        return press(*submitting, "Submit for sign-off")

    outcomes = run_together(lambda step: step(), [(add,), (submit_while_adding,)])

    (added, reply), (submitted, shown) = outcomes
    assert (added, submitted) == (409, 200), outcomes
    assert "Submit for sign-off: done" in shown[0], outcomes
    assert reply["errors"]["url"] == [
        "Not added: this claim was submitted or taken off you meanwhile. Reload the page."
    ]
    claim = Claim.objects.get(pk=claim.pk)
    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    assert not claim.sources.filter(url=URL).exists()


def test_a_source_edited_on_its_own_page_as_the_claim_is_submitted_is_refused_not_slipped_in(monkeypatch):
    """The reviewer changes a cited source's address on the source's page (held here for 0.8 s
    after its checks) while, from the claim page, the claim is submitted: the submission waits
    for the source's save and, its page showing the old address, is refused as a conflict.
    Never is a source changed after the draft citing it was submitted."""
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    editing = Client()
    editing.force_login(reviewer)
    source_page = editing.get(reverse("admin:claims_source_change", args=[source.pk]))
    submitting = open_page(reviewer, claim)
    checked = held_after_its_checks(monkeypatch, "save_model")

    changed = {"url": "https://elsewhere.example.org/"}
    outcomes = submitted_while(lambda: press(editing, source_page, "Save", changed), checked, submitting)

    (edited, _), (submitted, shown) = outcomes
    assert (edited, submitted) == (200, 200), outcomes
    assert any("was changed" in message for message in shown), outcomes
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW
    assert Source.objects.get(pk=source.pk).url == "https://elsewhere.example.org/"


def source_deletion(reviewer, source, how: str):
    """The reviewer's deletion of `source`, confirmed on its delete page or from the sources
    list's "Delete selected"; returns (client, page with the confirmation form)."""
    deleting = Client()
    deleting.force_login(reviewer)
    if how == "page":
        return deleting, deleting.get(reverse("admin:claims_source_delete", args=[source.pk]))
    selected = {"action": "delete_selected", "_selected_action": [str(source.pk)]}
    return deleting, deleting.post(reverse("admin:claims_source_changelist"), selected)


@pytest.mark.parametrize("how", ["page", "delete selected"])
def test_a_cited_source_deleted_as_the_claim_is_submitted_is_never_taken_from_the_submitted_draft(
    monkeypatch, how
):
    """The reviewer confirms deleting the draft's cited source (held here for 0.8 s after the
    page's checks) while, from the claim page, the claim is submitted. Either the deletion
    lands first and the submission, its page showing the source, is refused as a conflict, or
    the submission lands first and the deletion is refused: never does a draft lose a cited
    source after it was submitted."""
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    deleting, confirmation = source_deletion(reviewer, source, how)
    submitting = open_page(reviewer, claim)
    checked = held_after_its_checks(monkeypatch, "delete_model" if how == "page" else "delete_queryset")

    outcomes = submitted_while(lambda: press(deleting, confirmation, "Yes, I’m sure"), checked, submitting)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    claim = Claim.objects.get(pk=claim.pk)
    cited = list(claim.verdicts.get().sources.values_list("pk", flat=True))
    if claim.status == ClaimStatus.AWAITING_SIGN_OFF:
        assert cited == [source.pk], outcomes
    else:
        assert (claim.status, cited) == (ClaimStatus.IN_REVIEW, []), outcomes
        assert any("was changed" in message for message in outcomes[1][1]), outcomes


def test_a_cited_source_reverted_as_the_claim_is_submitted_is_never_changed_in_the_submitted_draft(
    monkeypatch,
):
    """The reviewer reverts the draft's cited source to its first address from its audit trail
    (held here for 0.8 s after the page's checks) while the claim is submitted from its page:
    the revert lands first and the submission is refused as a conflict, or the submission
    first and the revert is refused. Never does a cited source change after the submission."""
    reviewer = make_user("rita", Role.REVIEWER)
    make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)
    source = claim.sources.get()
    first = source.url
    source.url, source._history_user = "https://stats.example.org/table/corrected", reviewer
    source.save()
    reverting = Client()
    reverting.force_login(reviewer)
    oldest = source.history.earliest("history_date")
    revert_page = reverting.get(
        reverse("admin:claims_source_simple_history", args=[source.pk, oldest.history_id])
    )
    submitting = open_page(reviewer, claim)
    checked = held_after_its_checks(monkeypatch, "save_model")

    outcomes = submitted_while(lambda: press(reverting, revert_page, "Revert"), checked, submitting)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    claim = Claim.objects.get(pk=claim.pk)
    url = Source.objects.get(pk=source.pk).url
    if claim.status == ClaimStatus.AWAITING_SIGN_OFF:
        assert url == "https://stats.example.org/table/corrected", outcomes
    else:
        assert (claim.status, url) == (ClaimStatus.IN_REVIEW, first), outcomes
        assert any("was changed" in message for message in outcomes[1][1]), outcomes


def test_a_rating_renamed_as_its_draft_is_submitted_is_published_in_the_words_the_editor_saw(monkeypatch):
    reviewer, editor = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    claim = claim_in_review(reviewer)  # rated "False", which no verdict awaiting sign-off carries yet
    rating_url = reverse("admin:claims_rating_change", args=[claim.draft_verdict().rating_id])
    admin_tab = Client()
    admin_tab.force_login(make_user("ada", Role.ADMIN))
    rating_page, review_page = admin_tab.get(rating_url), open_page(reviewer, claim)
    checked = threading.Event()
    real = VersionedModel.save

    def slowly(self, *args, **kwargs):  # the rename waits 0.8 s after its checks, before it writes
        if isinstance(self, Rating) and not checked.is_set():
            checked.set()
            time.sleep(0.8)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(VersionedModel, "save", slowly)

    def submitted_then_opened():
        checked.wait(10)
        press(*review_page, "Submit for sign-off")
        seen = Rating.objects.get(pk=claim.draft_verdict().rating_id).label
        return seen, open_page(editor, claim)

    outcomes = run_together(
        lambda run: run(),
        [(lambda: press(admin_tab, rating_page, "Save", {"label": "Untrue"}),), (submitted_then_opened,)],
    )

    seen, sign_off_page = outcomes[1]
    assert "Approve and publish: done" in press(*sign_off_page, "Approve and publish")[1][0]
    published = Verdict.objects.get(claim=claim, published_at__isnull=False)
    assert published.rating.label == seen, outcomes


def test_a_verdict_reused_as_the_claim_is_released_from_another_tab_is_drafted_before_the_release(
    monkeypatch,
):
    reviewer, editor = make_user("rita", Role.REVIEWER), make_user("erin", Role.EDITOR)
    earlier = published_claim(make_user("ravi", Role.REVIEWER), editor)
    claim = make_claim(text="The earlier claim, reworded.", status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    SameClaimLink.objects.create(claim=claim, earlier_claim=earlier, confirmed_by=reviewer)
    reusing, releasing = open_page(reviewer, claim), open_page(reviewer, claim)
    label = f"Reuse its verdict ({earlier.published_verdict().rating.label}) as the draft"
    checked = threading.Event()
    real = same_claim.can_reuse

    def slowly(*args):  # the reuse waits 0.8 s once its check passed, before it writes
        allowed = real(*args)
        if allowed and not checked.is_set():
            checked.set()
            time.sleep(0.8)
        return allowed

    monkeypatch.setattr(same_claim, "can_reuse", slowly)

    def release_once_checked():
        checked.wait(10)
        return press(*releasing, "Release to the queue")

    reuse = lambda: press(*reusing, label, form_id="reuse-verdict-form")  # noqa: E731
    outcomes = run_together(lambda run: run(), [(reuse,), (release_once_checked,)])

    assert [status for status, _ in outcomes] == [200, 200], outcomes
    released = claim.history.get(history_change_reason="release").history_date
    drafted = [v.history.earliest("history_date").history_date for v in Verdict.objects.filter(claim=claim)]
    assert all(when < released for when in drafted), outcomes  # never a draft on a claim let go
