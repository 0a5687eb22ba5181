"""The change page's save locks its claim's row, as every workflow step does (`workflow.apply`).

Django saves a change form in one transaction, but reads the row, checks the user may change it
(`workflow.can_edit`: the claim is in their hands) and checks its version before writing. A
submit from another tab that lands between the check and the write would leave the draft or a
source it cites changed after the submission. Locked first, the row is read as it is once the
other step has committed, or the other step waits for this save. The article's page locks the
article the same way: a submission locks it too (its author may name who made the claim)."""

from claims.models import Claim


def lock_claims(claim_pks) -> dict[int, Claim]:
    """Lock the claims' rows (in pk order, so two callers never deadlock) and return them as
    they are once locked, by pk: a deletion checked before a submission committed is checked
    again against the claim as submitted."""
    rows = Claim.objects.select_for_update(of=("self",)).filter(pk__in=set(claim_pks)).order_by("pk")
    return {claim.pk: claim for claim in rows}


class LocksClaimOnSave:
    """ModelAdmin mixin for the claim's page (`claim_field` None) and its rows' pages
    (`claim_field`: the foreign key to the claim); `row_to_lock` names another row to lock."""

    claim_field: str | None = None

    def row_to_lock(self, found) -> tuple[type, int]:
        """(model, pk) of the row a save of `found` is checked against."""
        return Claim, found.pk if self.claim_field is None else getattr(found, f"{self.claim_field}_id")

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request.locks_claim = request.method == "POST" and object_id is not None
        return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A "Revert" from the audit trail is a save like the change page's: locked the same way
        (factcheck.versioned_admin.AuditTrailAdmin checks it may be made, in one transaction, on
        the row as locked)."""
        request.locks_claim = request.method == "POST"
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None or not getattr(request, "locks_claim", False):
            return found
        model, pk = self.row_to_lock(found)
        model._base_manager.select_for_update().filter(pk=pk).values_list("pk", flat=True).first()
        return super().get_object(request, object_id, from_field)  # as it is once locked
