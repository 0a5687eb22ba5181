"""Claim extraction: article text (or HTML) in, candidate claims with offsets out.

    from claims.extraction import extract
    result = extract(text)                  # Extraction, claims ranked by check-worthiness
    result.to_json_dict()                   # the stable dry-run document

Pure functions only: no database, no settings beyond what the default scorer reads.
"""

from claims.extraction.dedupe import (
    content_hash,
    is_near_duplicate,
    normalise_for_dedupe,
    similar_key,
    similarity,
)
from claims.extraction.html import PageText, html_to_text, sanitize_html
from claims.extraction.pipeline import (
    SCHEMA,
    CandidateClaim,
    Extraction,
    SkippedText,
    analyse,
    extract,
    extract_html,
    find_speaker_names,
    score_claims,
)

__all__ = [
    "SCHEMA",
    "CandidateClaim",
    "Extraction",
    "PageText",
    "SkippedText",
    "analyse",
    "content_hash",
    "extract",
    "extract_html",
    "find_speaker_names",
    "html_to_text",
    "is_near_duplicate",
    "normalise_for_dedupe",
    "sanitize_html",
    "score_claims",
    "similar_key",
    "similarity",
]
