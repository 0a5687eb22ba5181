"""Matches as a reviewer reads them: what was checked, the verdict, when and by whom."""

from __future__ import annotations

from claims.matching.store import Found, claim_vector, find_matches
from claims.models import Claim, Verdict
from claims.models.fact_check import VectorKind

# Below this cosine a match is "weak": the claim page folds it away and offers no "Same claim"
# button for it. Chosen on CheckThat! 2022 2A dev (`evaluate_matching --split dev --cosines`,
# 7 Dec 2026): of the fused top 5 of its 199 queries, 0.40 keeps 194 of the 195 right matches
# (the one below is at 0.377) and folds away 194 of the 800 wrong ones. Right and wrong
# overlap (median 0.70 and 0.45), so it removes the far-off matches, not the near misses.
SAME_CLAIM_MIN_COSINE = 0.40


def match_rows(found: list[Found]) -> list[dict]:
    """One dict per match, best first. One query (our claims' current published verdicts)."""
    claim_ids = [f.item.pk for f in found if f.kind == VectorKind.CLAIM]
    verdicts = {
        v.claim_id: v
        for v in Verdict.objects.filter(claim_id__in=claim_ids, is_current=True, published_at__isnull=False)
        .select_related("rating")
        .only("claim_id", "published_at", "rating__label")
    }
    rows = []
    for f in found:
        if f.kind == VectorKind.CLAIM:
            verdict = verdicts.get(f.item.pk)
            rows.append(
                {
                    "kind": "claim",
                    "id": f.item.pk,
                    "text": f.item.text,
                    "verdict": verdict.rating.label if verdict else "",
                    "date": verdict.published_at.date().isoformat() if verdict else None,
                    "source": f.item.article.web_url,
                    "publisher": f.item.article.outlet,
                }
            )
        else:
            rows.append(
                {
                    "kind": "fact_check",
                    "id": f.item.pk,
                    "text": f.item.claim_text,
                    "verdict": f.item.rating_text,
                    "date": f.item.published_on.isoformat() if f.item.published_on else None,
                    "source": f.item.web_url,
                    "publisher": f.item.publisher,
                }
            )
        rows[-1].update(score=f.score, cosine=round(f.cosine, 4), why=f.why)
    return rows


def matches_for_claim(claim: Claim, k: int = 5) -> list[dict]:
    """The k best claims of other articles and fact-checks for a claim. Its own article's claims
    are left out: they are not what was checked before, and on one article they filled the list.
    One query for their ids, besides the matching's."""
    own_article = Claim.objects.filter(article_id=claim.article_id).values_list("pk", flat=True)
    exclude = {(VectorKind.CLAIM.value, pk) for pk in own_article} | {(VectorKind.CLAIM.value, claim.pk)}
    return match_rows(find_matches(claim.text, k, exclude=exclude, vector=claim_vector(claim)))


def matches_for_text(text: str, k: int = 5) -> list[dict]:
    return match_rows(find_matches(text, k))


def is_weak(row: dict) -> bool:
    """Too far in meaning to be offered as the same claim (SAME_CLAIM_MIN_COSINE)."""
    return row["cosine"] < SAME_CLAIM_MIN_COSINE
