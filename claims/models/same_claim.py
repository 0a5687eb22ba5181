"""A reviewer's confirmation that a claim is the same as an earlier one or an imported fact-check.

Made with one click ("Same claim") on the claim page's match list; the links are listed on the
claim page, can seed the draft verdict (claims.same_claim.reuse_verdict), and are exported as
relevance judgements for evaluating the matcher (manage.py export_confirmed_matches).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class SameClaimLink(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="same_claim_links")
    fact_check = models.ForeignKey(
        "claims.FactCheck", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    earlier_claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["confirmed_at", "pk"]
        constraints = [
            # A link points at exactly one thing: an imported fact-check or one of our claims.
            models.CheckConstraint(
                condition=Q(fact_check__isnull=True) ^ Q(earlier_claim__isnull=True),
                name="sameclaimlink_one_target",
            ),
            models.CheckConstraint(condition=~Q(earlier_claim=F("claim")), name="sameclaimlink_not_itself"),
            # Confirming twice (two tabs, a double click) stores one link.
            models.UniqueConstraint(
                fields=["claim", "fact_check"],
                condition=Q(fact_check__isnull=False),
                name="sameclaimlink_once_per_fact_check",
            ),
            models.UniqueConstraint(
                fields=["claim", "earlier_claim"],
                condition=Q(earlier_claim__isnull=False),
                name="sameclaimlink_once_per_claim",
            ),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} = {self.target_key}"

    @property
    def target_key(self) -> str:
        """ "fact_check:ID" or "claim:ID": the match it confirms, as the match list names it."""
        if self.fact_check_id:
            return f"fact_check:{self.fact_check_id}"
        return f"claim:{self.earlier_claim_id}"

    def target_label(self) -> str:
        """How the match is named to a reviewer; reads the target row (a query unless selected)."""
        if self.fact_check_id:
            check = self.fact_check
            text = check.claim_text if len(check.claim_text) <= 80 else check.claim_text[:79] + "…"
            return f"“{text}” ({check.publisher or 'fact-check'})"
        return f"our claim #{self.earlier_claim_id}"
