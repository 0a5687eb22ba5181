"""Weak evidence: what an editor must confirm, with a reason, before publishing a verdict.

A verdict is weak when a source it cites has no working link (broken, failing or not
checked yet, in LinkClass's words) or the claim's speaker is no longer the one first
recorded (a reviewer changed who said it). The workflow refuses to publish such a
verdict without a reason, and the verdict keeps the warnings and the reason on record.
"""

from claims.models import Claim, Verdict
from claims.models.source import ALIVE_CLASSES, LinkClass


def evidence_warnings(claim: Claim, draft: Verdict) -> list[str]:
    """One sentence per weakness of `draft`, in the words the claim page uses; [] when sound.

    Two queries: the cited sources, and the claim's speaker history."""
    warnings = [
        f"A cited source’s link is {LinkClass(source.link_status).label}: {source.url}"
        for source in draft.sources.order_by("added_at")
        if source.link_status not in ALIVE_CLASSES
    ]
    earlier = claim.history.exclude(speaker=claim.speaker).order_by("history_id").values_list("speaker")
    first = earlier.first()
    if first is not None:
        was = f"“{first[0]}”" if first[0] else "not identified"
        warnings.append(f"The speaker was changed: first recorded as {was}, now “{claim.speaker}”.")
    return warnings
