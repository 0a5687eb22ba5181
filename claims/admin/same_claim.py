"""The claim page's "Same claim" buttons and the links they store (claims.same_claim)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse

from claims.admin.object_paths import object_path
from claims.linkcheck.tasks import request_check
from claims.matching.present import is_weak, matches_for_claim
from claims.models import Claim
from claims.same_claim import SameClaimError, can_reuse, confirm, reusable_verdict, reuse_verdict


class SameClaimViews:
    """Mixed into ClaimAdmin: two POST-only views, allowed to whoever may act on the claim page."""

    def same_claim_urls(self) -> list:
        return [
            object_path(self, "same-claim", self.same_claim_view, "claims_claim_same_claim"),
            object_path(self, "reuse-verdict", self.reuse_verdict_view, "claims_claim_reuse_verdict"),
        ]

    def same_claim_context(self, request, claim: Claim) -> dict:
        """The match list with a "Same claim" button per match, and the links confirmed so far.
        Weak matches (claims.matching.present.is_weak) are listed apart, without the button,
        unless already confirmed."""
        links = list(
            claim.same_claim_links.select_related("fact_check", "earlier_claim__article", "confirmed_by")
        )
        reusable = can_reuse(claim, request.user)
        for link in links:
            link.verdict_to_reuse = reusable_verdict(link) if reusable else None
        confirmed = {link.target_key for link in links}
        matches = matches_for_claim(claim)
        for match in matches:
            match["confirmed"] = f"{match['kind']}:{match['id']}" in confirmed
        return {
            "matches": [m for m in matches if m["confirmed"] or not is_weak(m)],
            "weak_matches": [m for m in matches if not m["confirmed"] and is_weak(m)],
            "same_claim_links": links,
            "can_link": self.has_change_permission(request, claim),
        }

    def claim_for_post(self, request, object_id) -> Claim:
        """The claim a POST from its page acts on, if this user may act on that page."""
        if request.method != "POST":
            raise PermissionDenied("Use the buttons on the claim page.")
        claim = self.get_object(request, object_id)
        if claim is None:
            raise Http404("No such claim.")
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        return claim

    def same_claim_view(self, request, object_id):
        """ "Same claim" on the match list: store the link between the claim and that match."""
        claim = self.claim_for_post(request, object_id)
        try:
            link, created = confirm(claim, request.POST.get("target", ""), request.user)
        except SameClaimError as refused:
            self.message_user(request, str(refused), messages.ERROR)
        else:
            said = "Linked" if created else "Already linked"
            self.message_user(request, f"{said}: the same claim as {link.target_label()}.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    def reuse_verdict_view(self, request, object_id):
        """Start the claim's draft from the verdict of a linked earlier claim (sign-off still needed)."""
        claim = self.claim_for_post(request, object_id)
        chosen = request.POST.get("link", "")
        links = claim.same_claim_links.select_related("earlier_claim", "claim")
        link = links.filter(pk=int(chosen)).first() if chosen.isdigit() else None
        try:
            if link is None:
                raise SameClaimError("Choose a confirmed link to reuse.")
            draft, added = reuse_verdict(link, request.user)
        except SameClaimError as refused:
            self.message_user(request, str(refused), messages.ERROR)
        else:
            for source in added:
                request_check(source)
            self.message_user(
                request,
                f"Draft started from claim #{link.earlier_claim_id}'s verdict ({draft.rating.label}): "
                "check it, then submit it for sign-off.",
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
