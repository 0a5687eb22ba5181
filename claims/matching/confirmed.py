"""Confirmed "Same claim" links as relevance judgements, in the CheckThat! 2022 2A layout.

`write_confirmed(folder)` writes `vclaims.jsonl` (every imported fact-check, and our claims
with a published verdict or a link pointing at them), `confirmed_queries.tsv` (the linked
claims' texts) and `confirmed_qrels.tsv` (which of the pool each one was confirmed to be), so
`manage.py evaluate_matching --data FOLDER --split confirmed` scores the matcher, and any
change to it, on the newsroom's own judgements beside CheckThat!. Ids: "fc-N" for fact-checks,
"claim-N" for claims. A claim that is a query is left out of the pool unless a link points at
it, so it cannot find itself.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from django.db.models import Q

from claims.models import Claim, FactCheck, SameClaimLink

SPLIT = "confirmed"


@dataclass(frozen=True)
class Exported:
    queries: int
    judgements: int
    pool: int


def _target_id(link: SameClaimLink) -> str:
    return f"fc-{link.fact_check_id}" if link.fact_check_id else f"claim-{link.earlier_claim_id}"


def write_confirmed(folder: Path) -> Exported:
    """Write the three files into `folder` (created if missing); returns what was written."""
    links = list(SameClaimLink.objects.select_related("claim").order_by("claim_id", "pk"))
    queries = {f"claim-{link.claim_id}": link.claim.text for link in links}
    targets = {link.earlier_claim_id for link in links if link.earlier_claim_id}
    query_claims = {link.claim_id for link in links} - targets
    pool = [
        {
            "vclaim_id": f"fc-{c.pk}",
            "vclaim": c.claim_text,
            "title": c.headline,
            "date": str(c.published_on or ""),
        }
        for c in FactCheck.objects.order_by("pk")
    ]
    judged = Q(verdicts__is_current=True, verdicts__published_at__isnull=False) | Q(pk__in=targets)
    for claim in Claim.objects.filter(judged).exclude(pk__in=query_claims).distinct().order_by("pk"):
        pool.append({"vclaim_id": f"claim-{claim.pk}", "vclaim": claim.text, "title": "", "date": ""})
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "vclaims.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in pool)
    with (folder / f"{SPLIT}_queries.tsv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter="\t").writerows(queries.items())
    with (folder / f"{SPLIT}_qrels.tsv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter="\t").writerows(
            (f"claim-{link.claim_id}", 0, _target_id(link), 1) for link in links
        )
    return Exported(len(queries), len(links), len(pool))
