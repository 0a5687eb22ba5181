"""Weak evidence: what an editor must confirm, with a reason, before publishing a verdict.

A verdict is weak when a source it cites has no working link (broken, failing or not
checked yet, in LinkClass's words), the claim's speaker is no longer the one first
recorded (a reviewer changed who said it), or the earlier claim it repeats (its
`duplicate_of`) was rated otherwise. The workflow refuses to publish such a
verdict without a reason, and the verdict keeps the warnings and the reason on record.
"""

from claims.models import Claim, Verdict
from claims.models.source import ALIVE_CLASSES, LinkClass


def evidence_warnings(claim: Claim, draft: Verdict) -> list[str]:
    """One sentence per weakness of `draft`, in the words the claim page uses; [] when sound.

    Three queries at most: the cited sources, the claim's speaker history, and the verdict
    of the earlier claim it repeats."""
    warnings = [
        f"A cited source’s link is {LinkClass(source.link_status).label}: {source.url}"
        for source in draft.sources.order_by("added_at")
        if source.link_status not in ALIVE_CLASSES
    ]
    speaker = claim.detail("speaker")  # as it will read once published (a correction's held change)
    earlier = claim.history.exclude(speaker=speaker).order_by("history_id").values_list("speaker")
    first = earlier.first()
    if first is not None:
        was = f"“{first[0]}”" if first[0] else "not identified"
        warnings.append(f"The speaker was changed: first recorded as {was}, now “{speaker}”.")
    if claim.duplicate_of_id:
        earlier = (
            Verdict.objects.filter(claim=claim.duplicate_of_id, is_current=True, published_at__isnull=False)
            .select_related("rating")
            .first()
        )
        if earlier is not None and earlier.rating_id != draft.rating_id:
            warnings.append(
                f"Claim #{claim.duplicate_of_id}, which says the same, was rated {earlier.rating.label}; "
                f"this verdict says {draft.rating.label}."
            )
    return warnings
