"""Earlier claims that look like this one, so a reviewer sees what was already checked."""

import re

from claims.models import Claim, ClaimStatus, Verdict

WORD = re.compile(r"\w+", re.UNICODE)
# Function words carry no meaning for "is this the same claim?".
STOP_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been it its this that "
    "these those he she they we you i his her their our has have had not no said says".split()
)


def words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text.casefold()) if w not in STOP_WORDS and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def similar_claims(claim: Claim, *, limit: int = 5, threshold: float = 0.5, pool: int = 500) -> list[Claim]:
    """Earlier claims from other articles: the same text, linked as duplicates, or sharing
    at least `threshold` of their words (among the last `pool` claims that reached a
    verdict). Each result has `.verdict_of_record` (or None). Four queries."""
    others = Claim.objects.exclude(pk=claim.pk).exclude(article_id=claim.article_id).select_related("article")
    linked = list(
        others.filter(normalized_hash=claim.normalized_hash)
        | others.filter(pk=claim.duplicate_of_id)
        | others.filter(duplicate_of=claim)
    )
    mine = words(claim.text)
    judged = others.filter(status__in=[ClaimStatus.PUBLISHED, ClaimStatus.CORRECTING]).order_by(
        "-updated_at"
    )[:pool]
    scored = sorted(((jaccard(mine, words(c.text)), c) for c in judged), key=lambda pair: -pair[0])
    found = {c.pk: c for c in linked}
    for score, candidate in scored:
        if score < threshold or len(found) >= limit:
            break
        found.setdefault(candidate.pk, candidate)
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
