"""The claim page's sources' link health, asked again by the page while a check is queued.

The page renders each source's state as of load (`display.link_cell`); with JavaScript,
claims/static/claims/link_health.js asks this view every few seconds while a check is
queued and swaps in the cells that changed, so a recorded check shows without a reload.
A small JSON view and a plain script rather than htmx: one endpoint, no new dependency.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse

from claims.admin.display import link_cell
from claims.admin.object_paths import object_path


class LinkHealthAdmin:
    """ModelAdmin mixin for Claim: `<id>/link-health/`, readable by whoever may open the claim."""

    def get_urls(self):
        health = object_path(self, "link-health", self.link_health_view, "claims_claim_link_health")
        return [health, *super().get_urls()]

    def link_health_view(self, request, object_id):
        claim = self.get_object(request, object_id)
        if claim is None:
            raise Http404("No such claim.")
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        sources = claim.sources.order_by("added_at")
        cells = [
            {"id": s.pk, "html": str(link_cell(s)), "pending": s.check_requested_at is not None}
            for s in sources
        ]
        return JsonResponse({"sources": cells, "pending": any(c["pending"] for c in cells)})
