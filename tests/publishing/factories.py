"""Public fact-checks for page tests: a reviewer and an editor whose usernames must never
show, and published verdicts made by tests/api/factories."""

from __future__ import annotations

from claims.models import ClaimStatus, Source, SourceSnapshot, Verdict
from tests.api.factories import correct, make_claim, make_verdict
from tests.conftest import make_user

# Usernames no page text could hold by chance.
REVIEWER_USERNAME = "qx-rev-username"
EDITOR_USERNAME = "qx-ed-username"


def newsroom():
    """(reviewer, editor), with full names set but no opt-in to be named."""
    reviewer = make_user(REVIEWER_USERNAME, "reviewer")
    editor = make_user(EDITOR_USERNAME, "editor")
    for user, (first, last) in ((reviewer, ("Rita", "Reviewer")), (editor, ("Erin", "Editor"))):
        user.first_name, user.last_name = first, last
        user.save()
    return reviewer, editor


def publish(reviewer, editor, **fields) -> Verdict:
    return make_verdict(reviewer, editor, **fields)


def archive(source: Source, text: str = "The archived page text.") -> SourceSnapshot:
    return SourceSnapshot.objects.create(source=source, url=source.url, sha256=f"{source.pk:064x}", text=text)


def publish_correction(verdict: Verdict, reviewer, editor, *, rating_slug: str, summary: str) -> Verdict:
    """The verdict corrected as the workflow leaves it: the old one retired, a new current
    one published, and the public correction note."""
    verdict.is_current = False
    verdict.save()
    corrected = make_verdict(
        reviewer, editor, claim=verdict.claim, rating_slug=rating_slug, summary=summary, sources=0
    )
    corrected.sources.set(verdict.sources.all())
    correct(verdict, editor)
    return corrected


def claim_in_review(**fields):
    return make_claim(status=ClaimStatus.IN_REVIEW, **fields)
