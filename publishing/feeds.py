"""RSS and Atom feeds of published fact-checks and of their corrections (Django's
syndication framework). One query per feed whatever its length."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator

from claims.models import Correction, Verdict
from claims.models.claim_status import PUBLIC_STATUSES
from publishing import queries

FEED_LENGTH = 50


def _claim_words(text: str) -> str:
    return Truncator(text).words(20)


class NewsroomFeed(Feed):
    """A feed of the organisation's, linked to /checks/; `topic` names what it carries."""

    topic = ""

    def title(self) -> str:
        return f"{settings.FACTCHECK_ORGANISATION}: {self.topic}"

    def link(self) -> str:
        return reverse("publishing:list")

    def author_name(self) -> str:
        return settings.FACTCHECK_ORGANISATION


class LatestChecks(NewsroomFeed):
    """The newest published fact-checks (RSS 2.0)."""

    topic = "fact-checks"
    description = "The newest published fact-checks, each with its rating and summary."

    def items(self) -> QuerySet[Verdict]:
        return queries.public_verdicts()[:FEED_LENGTH]

    def item_title(self, verdict: Verdict) -> str:
        return f"{verdict.rating.label}: {_claim_words(verdict.claim.as_checked)}"

    def item_description(self, verdict: Verdict) -> str:
        said = f"{verdict.claim.speaker}: " if verdict.claim.speaker else ""
        # A reworded claim is ours, not the speaker's words: no quotation marks for it.
        claim = verdict.claim.checked_text or f"“{verdict.claim.text}”"
        return f"{said}{claim} Rating: {verdict.rating.label}. {verdict.summary}"

    def item_link(self, verdict: Verdict) -> str:
        return reverse("publishing:check", args=[verdict.claim.public_slug])

    def item_pubdate(self, verdict: Verdict):
        return verdict.published_at

    def item_updateddate(self, verdict: Verdict):
        return verdict.updated_at

    def item_categories(self, verdict: Verdict) -> list[str]:
        return [verdict.rating.label]


class LatestChecksAtom(LatestChecks):
    feed_type = Atom1Feed
    subtitle = LatestChecks.description


class LatestCorrections(NewsroomFeed):
    """Corrections to published fact-checks, newest first (RSS 2.0)."""

    topic = "corrections"
    description = "Corrections to published fact-checks: what changed and why."

    def items(self) -> QuerySet[Correction]:
        return (
            Correction.objects.public()
            .filter(claim__status__in=PUBLIC_STATUSES)
            .exclude(claim__public_slug="")
            .select_related("claim")
            .only(
                "what_changed",
                "reason",
                "published_at",
                "claim__text",
                "claim__checked_text",
                "claim__public_slug",
            )
            .order_by("-published_at", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, correction: Correction) -> str:
        return f"Correction: {_claim_words(correction.claim.as_checked)}"

    def item_description(self, correction: Correction) -> str:
        return f"{correction.what_changed} Why: {correction.reason}"

    def item_link(self, correction: Correction) -> str:
        page = reverse("publishing:check", args=[correction.claim.public_slug])
        return f"{page}#correction-{correction.pk}"

    def item_pubdate(self, correction: Correction):
        return correction.published_at


class LatestCorrectionsAtom(LatestCorrections):
    feed_type = Atom1Feed
    subtitle = LatestCorrections.description
