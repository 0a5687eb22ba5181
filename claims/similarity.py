"""Earlier claims that look like this one, so a reviewer sees what was already checked.

Found by the claim matcher (claims.matching: BM25 and sentence vectors), so a reworded claim
is found too, not only one that shares half its words.
"""

from claims.matching.store import claim_vector, find_matches
from claims.models import Claim, ClaimStatus, Verdict
from claims.models.fact_check import VectorKind

# Cosine of the sentence vectors at or above which a judged claim is shown as similar. On the
# CheckThat! dev split, with the fine-tuned encoder, a tweet and the claim that checks it are at
# 0.60 or closer in 75% of cases, while the closest wrong claim is in 9% (0.55: 86% and 27%;
# 0.65: 61% and 3%; the zero-shot encoder: 71% and 11% at 0.60).
SIMILAR_COSINE = 0.60
JUDGED = (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING)


def similar_claims(claim: Claim, *, limit: int = 5, threshold: float = SIMILAR_COSINE) -> list[Claim]:
    """Earlier claims from other articles: the same text, linked as duplicates, or judged and close
    in meaning (cosine >= `threshold`) among the matcher's best. Each result has
    `.verdict_of_record` (or None). Up to six queries, plus a reload of the index when vectors
    changed since the last call in this process."""
    others = Claim.objects.exclude(pk=claim.pk).exclude(article_id=claim.article_id).select_related("article")
    linked = list(
        others.filter(normalized_hash=claim.normalized_hash)
        | others.filter(pk=claim.duplicate_of_id)
        | others.filter(duplicate_of=claim)
    )
    found = {c.pk: c for c in linked}
    itself = {(VectorKind.CLAIM.value, claim.pk)}
    for match in find_matches(claim.text, k=limit * 10, exclude=itself, vector=claim_vector(claim)):
        if len(found) >= limit:
            break
        other = match.item
        if (
            match.kind == VectorKind.CLAIM
            and match.cosine >= threshold
            and other.article_id != claim.article_id
            and other.status in JUDGED
        ):
            found.setdefault(other.pk, other)
    results = sorted(found.values(), key=lambda c: c.created_at)[:limit]
    _attach_verdicts(results)
    return results


def _attach_verdicts(claims: list[Claim]) -> None:
    verdicts = Verdict.objects.filter(
        claim__in=claims, is_current=True, published_at__isnull=False
    ).select_related("rating")
    by_claim = {v.claim_id: v for v in verdicts}
    for c in claims:
        c.verdict_of_record = by_claim.get(c.pk)
