"""Claims, sources and verdicts in a given workflow state, for workflow and admin tests."""

import hashlib
import itertools

from claims import workflow
from claims.models import Article, Claim, ClaimStatus, LinkClass, Rating, Source
from claims.workflow import new_draft

_serial = itertools.count(1)


def make_article(**fields) -> Article:
    n = next(_serial)
    body = fields.pop(
        "body", f"Paragraph one of article {n}.\n\nThe claim sentence number {n} sits here. And more."
    )
    defaults = {
        "title": f"Article {n}",
        "outlet": "Daily Example",
        "content_hash": hashlib.sha256(f"{n}:{body}".encode()).hexdigest(),
    }
    return Article.objects.create(body=body, **{**defaults, **fields})


def make_claim(
    article: Article | None = None, *, status=ClaimStatus.QUEUED, assignee=None, **fields
) -> Claim:
    article = article or make_article()
    text = fields.pop("text", None)
    if text is None:
        start = article.body.find("The claim sentence")
        text = article.body[start:].split(". ")[0] + "." if start >= 0 else article.body[:40]
    start = max(article.body.find(text), 0)
    fields.setdefault("normalized_hash", hashlib.sha256(text.lower().encode()).hexdigest())
    return Claim.objects.create(
        article=article,
        text=text,
        start=start,
        end=start + len(text),
        status=status,
        assignee=assignee,
        **fields,
    )


def add_source(claim: Claim, user=None, *, url: str | None = None, link_status=LinkClass.OK) -> Source:
    url = url or f"https://stats.example.org/table/{next(_serial)}"
    return Source.objects.create(
        claim=claim, url=url, title="Official table", added_by=user, link_status=link_status
    )


def rating(slug: str = "false") -> Rating:
    return Rating.objects.get(slug=slug)


def draft_verdict(
    claim: Claim, author, *, slug: str = "false", summary: str = "The figures say otherwise.", sources=()
):
    verdict = new_draft(claim, author, rating=rating(slug), summary=summary)
    verdict.save()
    verdict.sources.set(sources)
    return verdict


def claim_in_review(reviewer, *, with_source: bool = True, with_draft: bool = True, **fields) -> Claim:
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, **fields)
    sources = [add_source(claim, reviewer)] if with_source else []
    if with_draft:
        draft_verdict(claim, reviewer, sources=sources)
    return claim


def claim_awaiting_sign_off(reviewer) -> Claim:
    claim = claim_in_review(reviewer)
    claim = workflow.apply(claim, "submit", reviewer)
    return claim


def published_claim(reviewer, editor) -> Claim:
    claim = claim_awaiting_sign_off(reviewer)
    claim = workflow.apply(claim, "publish", editor)
    return claim
