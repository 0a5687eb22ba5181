"""Reading schema.org ClaimReview from JSON-LD or from the HTML pages that carry it.

Django-free: text in, `Review` records and skip reasons out. ClaimReviews are found wherever
they sit in the JSON-LD: a single object, an array, an `@graph`, a DataFeed's
`dataFeedElement` (and the `item` of each DataFeedItem). HTML pages are read with extruct
(their `<script type="application/ld+json">` blocks); microdata and RDFa are not read.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extruct.jsonld import JsonLdExtractor

MAX_DEPTH = 32  # deeper nesting than any feed needs; stops a hostile document early
URL_MAX_CHARS = 2000  # FactCheck.url
SCHEMA_PREFIXES = ("", "schema:", "http://schema.org/", "https://schema.org/")
CLAIM_REVIEW_TYPES = {prefix + "ClaimReview" for prefix in SCHEMA_PREFIXES}
HTML_START = re.compile(
    r"\s*(<!--.*?-->\s*)*<(!doctype|html|head|body|script|meta|div|article)\b", re.I | re.S
)


class ClaimReviewError(ValueError):
    """The input as a whole is unusable; str() is one line for the user."""


@dataclass(frozen=True)
class Review:
    """One ClaimReview, reduced to what a FactCheck stores."""

    url: str
    claim_text: str
    headline: str
    publisher: str
    published_on: datetime.date | None
    rating_name: str  # reviewRating.alternateName
    rating_value: str  # ratingValue, bestRating, worstRating as written
    best_rating: str
    worst_rating: str


@dataclass(frozen=True)
class Skipped:
    where: str  # "ClaimReview 3", or its URL when it has one
    reason: str


def json_ld_objects(text: str) -> list:
    """The JSON-LD in `text`: the document itself when it is JSON, the script blocks when HTML."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        try:
            return [json.loads(stripped)]
        except json.JSONDecodeError as exc:
            raise ClaimReviewError(f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
        except RecursionError:
            raise ClaimReviewError("not usable JSON: nested too deeply") from None
    if HTML_START.match(stripped):
        try:
            return JsonLdExtractor().extract(stripped.encode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise ClaimReviewError(f"the page's JSON-LD is not valid JSON ({exc})") from None
    raise ClaimReviewError("neither JSON nor an HTML page")


def claim_reviews(text: str) -> list[dict]:
    """Every ClaimReview object in the JSON-LD or HTML `text`, in document order."""
    found = list(_walk(json_ld_objects(text), 0))
    if not found:
        raise ClaimReviewError("no ClaimReview found in the input")
    return found


def _walk(node, depth: int) -> Iterator[dict]:
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        for child in node:
            yield from _walk(child, depth + 1)
    elif isinstance(node, dict):
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        if CLAIM_REVIEW_TYPES & {t for t in types if isinstance(t, str)}:
            yield node
            return
        for key in ("@graph", "dataFeedElement", "item", "mainEntity", "hasPart", "review"):
            if key in node:
                yield from _walk(node[key], depth + 1)


def read_review(obj: dict, position: int) -> Review | Skipped:
    """A Review, or why this ClaimReview cannot be imported."""
    url = _text(obj.get("url")) or _text(obj.get("@id"))
    where = url[:200] if url else f"ClaimReview {position}"
    if not url:
        return Skipped(where, "it has no url")
    if not url.lower().startswith(("https://", "http://")) or any(c.isspace() for c in url):
        return Skipped(where, "its url is not an http(s) address")
    if len(url) > URL_MAX_CHARS:
        return Skipped(where, f"its url is over {URL_MAX_CHARS} characters")
    claim_text = _text(obj.get("claimReviewed"))
    if not claim_text:
        return Skipped(where, "it has no claimReviewed text")
    rating = _first(obj.get("reviewRating"))
    rating = rating if isinstance(rating, dict) else {}
    return Review(
        url=url,
        claim_text=claim_text,
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        publisher=_name(obj.get("author")) or _name(obj.get("publisher")),
        published_on=_date(_text(obj.get("datePublished"))),
        rating_name=_text(rating.get("alternateName")) or _text(rating.get("name")),
        rating_value=_text(rating.get("ratingValue")),
        best_rating=_text(rating.get("bestRating")),
        worst_rating=_text(rating.get("worstRating")),
    )


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _text(value) -> str:
    """A plain string from a JSON-LD value: a string, a number, {"@value": ...}, or the first of a list."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    # NUL goes too: PostgreSQL refuses it in text columns.
    return " ".join(value.replace("\x00", "").split()) if isinstance(value, str) else ""


def _name(value) -> str:
    value = _first(value)
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None
