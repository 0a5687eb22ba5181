"""ClaimReview documents written for these tests (no third-party text)."""

import json


def claim_review(url: str, claim: str, rating: dict | None = None, **extra) -> dict:
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "author": {"@type": "Organization", "name": "Harbour Checks"},
        "datePublished": "2024-05-02",
        **extra,
    }
    if rating is not None:
        review["reviewRating"] = {"@type": "Rating", **rating}
    return review


LIGHTHOUSE = claim_review(
    "https://checks.example.org/lighthouse-sold",
    "The town council sold the old lighthouse to a casino company for one euro.",
    {"alternateName": "Fabricated"},
    headline="No, the lighthouse was not sold for one euro",
)
FERRY = claim_review(
    "https://checks.example.org/ferry-fares",
    "Ferry fares to the islands tripled last summer.",
    {"ratingValue": 2, "bestRating": 5, "worstRating": 1},
)
BRIDGE = claim_review(
    "https://checks.example.org/bridge-closed",
    "The north bridge will close for five years.",
    {"alternateName": "Needs context"},
)


def as_json(document) -> str:
    return json.dumps(document, indent=1)


def as_html_page(*documents) -> str:
    scripts = "\n".join(f'<script type="application/ld+json">{json.dumps(d)}</script>' for d in documents)
    return (
        "<!doctype html><html><head><title>Harbour Checks</title>"
        f"{scripts}</head><body><h1>Fact-check</h1><p>Our finding.</p></body></html>"
    )
