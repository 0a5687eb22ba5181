"""The lists' bulk steps: promote selected new claims, dismiss selected claims with a reason.

Both go through `claims.workflow.apply_each`, so each claim is checked and audited as on
its own page. A claim that cannot take the step is named in an error message and left
exactly as it was; the others go through."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from claims.admin.forms import BulkDismissForm
from claims.models import Claim
from claims.workflow import STEPS, apply_each, refusal


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


@admin.action(description="Queue selected new claims for review", permissions=["take"])
def promote_selected(modeladmin, request, queryset) -> None:
    done, refused = apply_each(queryset.order_by("pk"), "promote", request.user)
    report(modeladmin, request, f"Queued {len(done)} claim(s) for review." if done else "", refused, "queued")


@admin.action(description="Dismiss selected claims…", permissions=["triage"])
def dismiss_selected(modeladmin, request, queryset):
    """First a confirmation page (as Django's delete has) listing the claims, where the
    editor chooses what to dismiss them as and writes the reason; then the dismissal."""
    claims = list(queryset.select_related("assignee").order_by("pk"))
    form = BulkDismissForm(request.POST if request.POST.get("confirm") else None)
    if form.is_valid():
        done, refused = apply_each(claims, "dismiss", request.user, **form.workflow_options())
        report(modeladmin, request, f"Dismissed {len(done)} claim(s)." if done else "", refused, "dismissed")
        return None  # back to the list
    step = STEPS["dismiss"]
    blocked = {claim.pk: refusal(step, claim, request.user) for claim in claims}
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": "Dismiss the selected claims?",
        "opts": modeladmin.model._meta,
        "form": form,
        "rows": [(claim, blocked[claim.pk]) for claim in claims],
        "dismissable": sum(1 for why in blocked.values() if why is None),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "action": "dismiss_selected",
    }
    return TemplateResponse(request, "admin/claims/claim/dismiss_selected.html", context)
