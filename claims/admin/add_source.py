"""One new source, added (and cited) from the claim page without a reload.

With JavaScript, claims/static/claims/add_source.js gives each new source row an "Add
source" button that posts that row here; the reply fills the row with the saved source and
its live link health, and (when cited) the verdict's new ticked box and version. The same
rules as the claim page's form: only the claim's assignee while they may edit it, the
source form's validation, "cite" only into an existing draft loaded at its current version
(through `claims.workflow.cite`). Without JavaScript the form's "Save" does all this.
"""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.utils.html import format_html

from claims.admin.display import link_cell, source_choice_label
from claims.admin.forms import SAME_URL, NewSourceForm
from claims.admin.object_paths import object_path
from claims.linkcheck.tasks import request_check
from claims.models import Claim, Source
from claims.models.versioning import EditConflict, conflict_message
from claims.workflow import can_edit, cite

MOVED_ON = "Not added: this claim was submitted or taken off you meanwhile. Reload the page."


class ClaimMovedOn(Exception):
    """The claim left its reviewer's hands (submitted, reassigned) since the page's checks."""


NO_DRAFT = "Choose the verdict’s rating and save before citing a source here (or tick “cite” and Save)."


class AddSourceAdmin:
    """ModelAdmin mixin for Claim: POST `<id>/add-source/` with one source row's inputs."""

    def get_urls(self):
        add = object_path(self, "add-source", self.add_source_view, "claims_claim_add_source")
        return [add, *super().get_urls()]

    def add_source_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = self.get_object(request, object_id)
        if claim is None:
            raise Http404("No such claim.")
        if not (can_edit(claim, request.user) and request.user.has_perm("claims.add_source")):
            raise PermissionDenied
        form = NewSourceForm(request.POST, prefix=request.POST.get("prefix") or None, claim=claim)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        citing = form.cleaned_data["cite"]
        draft = claim.draft_verdict()
        if citing and draft is None:
            return JsonResponse({"errors": {"cite": [NO_DRAFT]}}, status=400)
        if citing and request.POST.get("verdict_version") != str(draft.version):
            loaded = request.POST.get("verdict_version")
            message = conflict_message(draft, int(loaded) if loaded and loaded.isdigit() else None)
            return JsonResponse({"errors": {"cite": [message]}}, status=409)
        try:
            with transaction.atomic():
                # Locked, then checked again: a submit from another tab (which locks the row too)
                # between the check above and this write would otherwise get the source cited
                # into a draft already waiting for sign-off.
                claim = Claim.objects.select_for_update().get(pk=claim.pk)
                if not can_edit(claim, request.user):
                    raise ClaimMovedOn
                source = self.save_new_source(form, claim, request.user)
                if citing:
                    draft = cite(claim, [source], request.user, loaded_version=draft.version)
        except ClaimMovedOn:
            return JsonResponse({"errors": {"url": [MOVED_ON]}}, status=409)
        except EditConflict as conflict:  # saved in another tab since the check above
            return JsonResponse({"errors": {"cite": [str(conflict)]}}, status=409)
        except IntegrityError:  # the same address added by a second click since the form's check
            return JsonResponse({"errors": {"url": [SAME_URL]}}, status=400)
        return JsonResponse(added_source_reply(source, draft if citing else None))

    def save_new_source(self, form: NewSourceForm, claim: Claim, user) -> Source:
        """Stored as the claim page's form stores a new row, its link check asked for after commit."""
        source = form.save(commit=False)
        source.added_by = user
        source.save()
        request_check(source)
        return source


def added_source_reply(source: Source, draft) -> dict:
    """The saved source's cells for its row on the page (all text escaped here), and what
    the verdict form needs: the source's box, ticked when cited, and the draft's version."""
    url = format_html('<a href="{}" rel="noopener noreferrer">{}</a>', source.url, source.url)
    return {
        "id": source.pk,
        "cells": {
            "url": str(url),
            "link": str(link_cell(source)),
            "cite": "cited" if draft is not None else "",
            "title": str(format_html("{}", source.title)),
            "kind": str(format_html("{}", source.get_kind_display())),
            "note": str(format_html("{}", source.note)),
        },
        "choice": str(source_choice_label(source)),
        "cited": draft is not None,
        "verdict_version": draft.version if draft is not None else None,
    }
