"""The lists' bulk steps: promote selected new claims, dismiss selected claims with a reason,
set the deadline of selected claims.

They go through `claims.workflow` (`apply_each`, `set_deadlines`), so each claim is checked
and audited as on its own page. A claim that cannot take the step is named in an error
message and left exactly as it was; the others go through.

Every bulk step is checked as the claim page's save is: the list and the confirmation page
carry each claim's version (`version-<pk>`), and if any selected claim was changed since the
list was loaded (or the page did not say which version it showed), nothing is done to any
of them: no deadline set, nobody assigned, nothing queued or dismissed."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from claims.admin.forms import BulkDeadlineForm, BulkDismissForm
from claims.models import Claim
from claims.models.versioning import EditConflict, missing_version_message
from claims.workflow import STEPS, apply_each, refusal, set_deadlines, why_no_deadline
from factcheck.versioned_admin import versions_posted


def claim_name(claim: Claim) -> str:
    """How a claim is named in messages: its number and the start of its text."""
    return f"#{claim.pk} “{Truncator(claim.text).chars(60)}”"


def report(modeladmin, request, done: str, refused: list[tuple[Claim, str]], verb: str) -> None:
    """One success message, then one error naming every claim left as it was, and why."""
    if done:
        modeladmin.message_user(request, done, messages.SUCCESS)
    if refused:
        names = "; ".join(f"{claim_name(claim)}: {why}" for claim, why in refused)
        modeladmin.message_user(request, f"Not {verb}, left as they were: {names}", messages.ERROR)


def not_as_loaded(request, claims: list[Claim]) -> tuple[Claim, str] | None:
    """(claim, why) for the first selected claim changed since its page was loaded, or ticked
    without the version its page carries; None when every one is as the page showed it. A
    claim reached through "select all" that the page did not show is first seen now."""
    loaded = versions_posted(request.POST)
    ticked = set(request.POST.getlist(helpers.ACTION_CHECKBOX_NAME))
    for claim in claims:
        if claim.pk in loaded and loaded[claim.pk] != claim.version:
            return claim, str(EditConflict(claim, loaded[claim.pk]))
        if claim.pk not in loaded and str(claim.pk) in ticked:
            return claim, missing_version_message(claim)
    return None


def refuse_stale(modeladmin, request, nothing_done: str, claim: Claim, why: str) -> None:
    modeladmin.message_user(request, f"{nothing_done}: {claim_name(claim)}: {why}", messages.ERROR)


def stale_refused(modeladmin, request, claims: list[Claim], nothing_done: str) -> bool:
    """Refuse the whole step (True) when a selected claim is not as its page showed it; the
    workflow checks the same again under lock (`as_loaded`)."""
    stale = not_as_loaded(request, claims)
    if stale is not None:
        refuse_stale(modeladmin, request, nothing_done, *stale)
    return stale is not None


def confirmation(modeladmin, request, rows: list[tuple[Claim, str | None]], form, **page) -> TemplateResponse:
    """The page that asks before a bulk step: `rows` are (claim, why it would be left as it is)."""
    doable = sum(1 for _, why in rows if why is None)
    context = {
        **modeladmin.admin_site.each_context(request),
        "opts": modeladmin.model._meta,
        "form": form,
        "rows": rows,
        "doable": doable,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        **page,
        "confirm_label": page["confirm_label"].format(n=doable, s="" if doable == 1 else "s"),
    }
    return TemplateResponse(request, "admin/claims/claim/bulk_confirm.html", context)


@admin.action(description="Queue selected new claims for review", permissions=["take"])
def promote_selected(modeladmin, request, queryset) -> None:
    claims, nothing_done = list(queryset.order_by("pk")), "No claim was queued"
    if stale_refused(modeladmin, request, claims, nothing_done):
        return
    try:
        done, refused = apply_each(claims, "promote", request.user, as_loaded=True)
    except EditConflict as conflict:
        return refuse_stale(modeladmin, request, nothing_done, conflict.obj, str(conflict))
    report(modeladmin, request, f"Queued {len(done)} claim(s) for review." if done else "", refused, "queued")


@admin.action(description="Dismiss selected claims…", permissions=["triage"])
def dismiss_selected(modeladmin, request, queryset):
    """First a confirmation page listing the claims, where the editor chooses what to dismiss
    them as and writes the reason; then the dismissal."""
    claims, nothing_done = list(queryset.select_related("assignee").order_by("pk")), "No claim was dismissed"
    if stale_refused(modeladmin, request, claims, nothing_done):
        return None
    form = BulkDismissForm(request.POST if request.POST.get("confirm") else None)
    if form.is_valid():
        try:
            done, refused = apply_each(
                claims, "dismiss", request.user, as_loaded=True, **form.workflow_options()
            )
        except EditConflict as conflict:
            return refuse_stale(modeladmin, request, nothing_done, conflict.obj, str(conflict))
        report(modeladmin, request, f"Dismissed {len(done)} claim(s)." if done else "", refused, "dismissed")
        return None  # back to the list
    step = STEPS["dismiss"]
    rows = [(claim, refusal(step, claim, request.user)) for claim in claims]
    return confirmation(
        modeladmin,
        request,
        rows,
        form,
        title="Dismiss the selected claims?",
        step_name="Dismiss claims",
        step_class="dismiss",
        action="dismiss_selected",
        confirm_label="Dismiss {n} claim{s}",
        carries_versions=True,
    )


@admin.action(description="Set the deadline of selected claims…", permissions=["assign"])
def set_deadline_selected(modeladmin, request, queryset):
    """First a confirmation page listing the claims, with the deadline to give them all."""
    claims, nothing_done = list(queryset.order_by("pk")), "No deadline was set"
    if stale_refused(modeladmin, request, claims, nothing_done):
        return None
    form = BulkDeadlineForm(request.POST if request.POST.get("confirm") else None)
    if form.is_valid():
        try:
            done, refused = set_deadlines(claims, form.cleaned_data["deadline"], request.user)
        except EditConflict as conflict:
            return refuse_stale(modeladmin, request, nothing_done, conflict.obj, str(conflict))
        report(
            modeladmin,
            request,
            f"Set the deadline of {len(done)} claim(s)." if done else "",
            refused,
            "changed",
        )
        return None
    rows = [(claim, why_no_deadline(claim, request.user)) for claim in claims]
    return confirmation(
        modeladmin,
        request,
        rows,
        form,
        title="Set the deadline of the selected claims?",
        step_name="Set deadlines",
        step_class="deadline",
        action="set_deadline_selected",
        confirm_label="Set the deadline of {n} claim{s}",
        carries_versions=True,
    )
