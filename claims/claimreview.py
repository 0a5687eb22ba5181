"""schema.org ClaimReview JSON-LD for a published verdict: the one builder behind the API's
`claimreview/` endpoints and the markup in each public page (publishing).

Plain functions over what readers see of a verdict: its `claim` (as_checked, speaker), `rating`
(value, label), `summary`, `published_at`, `updated_at` and the scale it was published under
(`scale_worst`, `scale_best`), plus the claim's article
(headline, url, outlet, author, published_on), its public corrections (what_changed,
reason, published_at) and the people who may be named. Model instances and the API's
rows (claims.api.queries.PublishedVerdict) both have those attributes.
See https://schema.org/ClaimReview and Google's fact-check markup documentation.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable
from dataclasses import dataclass

from claims.guarded_http.links import web_link

CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-checks (the `author` of every ClaimReview)."""

    name: str
    url: str


@dataclass(frozen=True)
class ScaleBounds:
    worst: int
    best: int

    def including(self, value: int) -> ScaleBounds:
        """These bounds widened to hold `value` (a retired rating may lie outside the active scale)."""
        return ScaleBounds(worst=min(self.worst, value), best=max(self.best, value))


def published_scale(verdict, current: ScaleBounds) -> ScaleBounds:
    """The scale `verdict` was published under (`scale_worst`, `scale_best`, kept at
    publication), or `current` for one published before the scale was kept; widened to hold its
    rating. A rating added or retired later must not change what a published verdict says."""
    if verdict.scale_worst is not None and verdict.scale_best is not None:
        current = ScaleBounds(worst=verdict.scale_worst, best=verdict.scale_best)
    return current.including(verdict.rating.value)


URL_FIELDS = {"slug", "id"}


def url_template_problem(template: str) -> str | None:
    """Why `template` cannot be CLAIMREVIEW_URL_TEMPLATE, or None: an http(s) URL naming the
    fact-check by `{slug}` (or the verdict's `{id}`), with no other field."""
    if not template.startswith(("https://", "http://")):
        return "must be an http(s) URL"
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        return f"is not a valid template ({exc})"
    if not fields or not fields <= URL_FIELDS:
        return "must hold {slug} (or {id}) and no other {field}"
    return None


def review_url(template: str, page_url: str, *, slug: str, verdict_id: int) -> str:
    """Where readers find the fact-check: the newsroom's own CMS page when `template` is
    set (CLAIMREVIEW_URL_TEMPLATE), else our public page `page_url`."""
    return template.format(slug=slug, id=verdict_id) if template else page_url


def claim_author(claim, article) -> dict:
    """Who made the claim: the quoted speaker, else the article's author, else its outlet."""
    if claim.speaker:
        return {"@type": "Person", "name": claim.speaker}
    if article.author:
        return {"@type": "Person", "name": article.author}
    return {"@type": "Organization", "name": article.outlet or "Unattributed"}


def appearance(article) -> dict:
    """The article the claim appeared in, as a CreativeWork."""
    work: dict = {"@type": "CreativeWork", "headline": article.headline}
    if web_link(article.url):
        work["url"] = article.url
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published_on:
        work["datePublished"] = article.published_on.isoformat()
    return work


def item_reviewed(claim, article) -> dict:
    """The claim; its date is the article's, and left out when that is unknown (the day
    we received the article, or checked the claim, is not the day it was made)."""
    item = {"@type": "Claim", "author": claim_author(claim, article), "appearance": [appearance(article)]}
    if article.published_on:
        item["datePublished"] = article.published_on.isoformat()
    return item


def correction_notes(corrections: Iterable) -> list[dict]:
    """Public corrections as schema.org CorrectionComments, oldest first."""
    return [
        {
            "@type": "CorrectionComment",
            "text": f"{c.what_changed} Why: {c.reason}",
            "datePublished": c.published_at.isoformat(),
        }
        for c in corrections
    ]


def claim_review(
    verdict,
    *,
    article,
    url: str,
    bounds: ScaleBounds,
    publisher: Publisher,
    corrections: Iterable = (),
    people: Iterable[tuple[str, str]] = (),
) -> dict:
    """The ClaimReview object for one published verdict.

    `people` are (role, display name) pairs of those who opted in to be named: the
    reviewer as a `contributor`, the editor as `editor`; the `author` is always the
    organisation."""
    bounds = published_scale(verdict, bounds)
    review = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": verdict.claim.as_checked,
        "datePublished": verdict.published_at.date().isoformat(),
        "dateModified": verdict.updated_at.isoformat(),
        "author": {"@type": "Organization", "name": publisher.name, "url": publisher.url},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating.value,
            "bestRating": bounds.best,
            "worstRating": bounds.worst,
            "alternateName": verdict.rating.label,
            "ratingExplanation": verdict.summary,
        },
        "itemReviewed": item_reviewed(verdict.claim, article),
    }
    if notes := correction_notes(corrections):
        review["correction"] = notes
    for role, name in people:
        key = "editor" if role == "editor" else "contributor"
        review.setdefault(key, []).append({"@type": "Person", "name": name})
    return review


EMBED_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def embeddable(obj: dict) -> str:
    """`obj` as JSON safe inside `<script type="application/ld+json">`: `<`, `>` and `&`
    only occur in strings, where their escapes mean the same, so no text ends the element."""
    return json.dumps(obj, ensure_ascii=False).translate(EMBED_ESCAPES)
