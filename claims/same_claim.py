"""Confirming that a claim is one checked before, and reusing the verdict it got.

`confirm` stores the link a reviewer makes with "Same claim" on the claim page's match list.
`reuse_verdict` starts the claim's draft from the earlier claim's published verdict (rating,
summary, sources copied onto this claim): the normal two-person flow follows (claims.workflow:
the reviewer edits and submits the draft, another editor approves it). Nothing is published here.
"""

from __future__ import annotations

import re

from django.db import IntegrityError, transaction

from claims.matching.present import is_weak, matches_for_claim
from claims.models import Claim, FactCheck, SameClaimLink, Source, Verdict
from claims.workflow import can_edit, new_draft, write_draft

# "fact_check:ID" or "claim:ID", ASCII digits that fit a primary key ("²" passes str.isdigit).
TARGET = re.compile(r"(fact_check|claim):([0-9]{1,18})")


class SameClaimError(Exception):
    """A refusal; the message is shown to the user as is."""


def offered(claim: Claim) -> set[str]:
    """The matches the claim page offers a "Same claim" button for ("kind:id"): not weak ones."""
    return {f"{m['kind']}:{m['id']}" for m in matches_for_claim(claim) if not is_weak(m)}


def confirm(claim: Claim, target_key: str, user) -> tuple[SameClaimLink, bool]:
    """Link `claim` to the match named "fact_check:ID" or "claim:ID", which its page must
    offer (the caller checks that `user` may act on that page); (link, created). Confirming
    a link that exists returns it."""
    named = TARGET.fullmatch(target_key)
    if named is None:
        raise SameClaimError("Choose a match from the list to confirm.")
    kind, raw_id = named.groups()
    model = FactCheck if kind == "fact_check" else Claim
    target = model.objects.filter(pk=int(raw_id)).first()
    if target is None:
        raise SameClaimError("That match is gone (deleted since the page was shown).")
    if target == claim:
        raise SameClaimError("A claim is not linked to itself.")
    if target_key not in offered(claim):  # what its page shows whoever may act on it
        raise SameClaimError(
            "Only a match this claim's page offers can be confirmed: reload the page and choose one."
        )
    field = "fact_check" if kind == "fact_check" else "earlier_claim"
    try:
        with transaction.atomic():
            return SameClaimLink.objects.get_or_create(
                claim=claim, **{field: target}, defaults={"confirmed_by": user}
            )
    except IntegrityError:  # confirmed in another tab between the get and the create
        return SameClaimLink.objects.get(claim=claim, **{field: target}), False


def reusable_verdict(link: SameClaimLink) -> Verdict | None:
    """The published verdict of record of the earlier claim a link points at (one query)."""
    if link.earlier_claim_id is None:
        return None
    return link.earlier_claim.published_verdict()


def can_reuse(claim: Claim, user) -> bool:
    """May `user` start the draft from an earlier verdict now? Its reviewer, while no draft exists."""
    return can_edit(claim, user) and not claim.verdicts.filter(published_at__isnull=True).exists()


def reuse_verdict(link: SameClaimLink, user) -> tuple[Verdict, list[Source]]:
    """The claim's new draft, copied from the linked claim's published verdict, and the sources
    added to the claim for it (the caller requests their link checks)."""
    earlier = reusable_verdict(link)
    if earlier is None:
        raise SameClaimError("Only a link to one of our claims with a published verdict can be reused.")
    try:
        with transaction.atomic():
            # Checked on the claim as locked, as every workflow step is: a release, reassignment
            # or dismissal from another tab lands before the check, or waits for the draft.
            claim = Claim.objects.select_for_update(of=("self",)).get(pk=link.claim_id)
            if not can_reuse(claim, user):
                raise SameClaimError(
                    "Only the claim's reviewer, while it is in review and has no draft, can start the "
                    "draft from an earlier verdict."
                )
            return _copy_verdict(claim, earlier, user)
    except IntegrityError:  # one draft per claim: another was started since the check above
        raise SameClaimError("A draft was started meanwhile; edit it instead.") from None


def _copy_verdict(claim: Claim, earlier: Verdict, user) -> tuple[Verdict, list[Source]]:
    draft = new_draft(claim, user, rating=earlier.rating, summary=earlier.summary)
    write_draft(draft, user, ())
    added, cited = [], []
    for source in earlier.sources.all():
        copy, created = Source.objects.get_or_create(
            claim=claim,
            url=source.url,
            defaults={"title": source.title, "kind": source.kind, "note": source.note, "added_by": user},
        )
        cited.append(copy)
        if created:
            added.append(copy)
    draft.sources.set(cited)
    return draft, added
