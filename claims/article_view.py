"""The whole article as the claim page shows it: paragraphs, with every claim's span marked.

A reviewer checks who said what by reading the claim in the whole article, so every
claim of the article is marked with its state, the claim at hand stands out, and the
places the article names the claim's speaker are marked too. Pieces are plain strings
and claims; the template escapes the text.
"""

from dataclasses import dataclass

import regex

from claims.models import Claim, ClaimStatus

# Normalised bodies separate paragraphs with one blank line; pasted text may carry spaces in it.
_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Piece:
    """A stretch of one paragraph: plain text, or (part of) a claim's span."""

    text: str
    claim: Claim | None = None
    is_current: bool = False
    opens_claim: bool = False  # the first piece of its claim: carries the anchor
    parts: tuple[tuple[str, bool], ...] = ()  # the text cut at the speaker's name: (text, is_name)


@dataclass(frozen=True)
class ArticleView:
    paragraphs: list[list[Piece]]
    rank: int  # 1 = the most check-worthy claim of the article
    total: int
    states: list[tuple[str, str]]  # (status, label) of the claims marked, for the legend
    current_found: bool  # False when the claim's text is no longer where its offsets say


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph of `body`."""
    spans, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, gap.start()))
        start = gap.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def claim_span(claim: Claim, body: str) -> tuple[int, int] | None:
    """Where the claim sits in `body`: its stored offsets when they still hold its text,
    else the first place its text occurs; None when the text is not in the body."""
    if body[claim.start : claim.end] == claim.text:
        return claim.start, claim.end
    at = body.find(claim.text) if claim.text else -1
    return (at, at + len(claim.text)) if at >= 0 else None


def speaker_names(speaker: str) -> regex.Pattern | None:
    """The speaker's full name and surname as whole words ("Dmitry Peskov", "Peskov"); None
    without a speaker. A title after a comma ("Peskov, Kremlin spokesman") is left out."""
    name = speaker.split(",")[0].strip()
    if not name:
        return None
    names = {name, name.split()[-1]} if len(name.split()[-1]) > 2 else {name}
    alternatives = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"\b(?:{alternatives})\b")


def cut_at_names(text: str, names: regex.Pattern | None) -> tuple[tuple[str, bool], ...]:
    """`text` as (stretch, is_name) parts, the speaker's names apart."""
    if names is None:
        return ((text, False),)
    parts, at = [], 0
    for found in names.finditer(text):
        parts += [(text[at : found.start()], False), (found.group(), True)]
        at = found.end()
    parts.append((text[at:], False))
    return tuple(part for part in parts if part[0])


def check_worthiness_rank(claim: Claim, claims: list[Claim]) -> int:
    """1-based place of `claim` among `claims`, most check-worthy first (ties: article order)."""
    ordered = sorted(claims, key=lambda c: (-c.checkworthiness, c.start, c.pk))
    return next(i for i, c in enumerate(ordered, 1) if c.pk == claim.pk)


def place_claims(claim: Claim, claims: list[Claim], body: str) -> list[tuple[int, int, Claim]]:
    """Non-overlapping (start, end, claim) spans in body order; `claim` wins any overlap."""
    others = sorted((c for c in claims if c.pk != claim.pk), key=lambda c: (c.start, c.pk))
    placed: list[tuple[int, int, Claim]] = []
    for candidate in [claim, *others]:
        span = claim_span(candidate, body)
        if span and all(span[1] <= s or span[0] >= e for s, e, _ in placed):
            placed.append((*span, candidate))
    return sorted(placed, key=lambda item: item[0])


def split_paragraph(
    body: str, start: int, end: int, spans: list[tuple[int, int, Claim]], current: Claim, names=None
) -> list[Piece]:
    pieces = _claim_pieces(body, start, end, spans, current)
    return [Piece(p.text, p.claim, p.is_current, p.opens_claim, cut_at_names(p.text, names)) for p in pieces]


def _claim_pieces(
    body: str, start: int, end: int, spans: list[tuple[int, int, Claim]], current: Claim
) -> list[Piece]:
    pieces, at = [], start
    for span_start, span_end, claim in spans:
        if span_end <= start or span_start >= end:
            continue
        cut_start, cut_end = max(span_start, start), min(span_end, end)
        if cut_start > at:
            pieces.append(Piece(body[at:cut_start]))
        pieces.append(
            Piece(
                body[cut_start:cut_end],
                claim,
                is_current=claim.pk == current.pk,
                opens_claim=cut_start == span_start,
            )
        )
        at = cut_end
    if at < end:
        pieces.append(Piece(body[at:end]))
    return pieces


def article_view(claim: Claim) -> ArticleView:
    """The claim's article split into paragraphs with all its claims marked.

    Two queries at most: the article (unless already loaded) and its claims."""
    body = claim.article.body
    # `article` too: the related manager sets it on each row, and a deferred one costs a query per claim.
    fields = ("pk", "article", "text", "start", "end", "status", "checkworthiness")
    claims = list(claim.article.claims.only(*fields))
    if not any(c.pk == claim.pk for c in claims):
        claims.append(claim)
    spans = place_claims(claim, claims, body)
    present = {c.status for _, _, c in spans}
    names = speaker_names(claim.speaker)
    return ArticleView(
        paragraphs=[split_paragraph(body, s, e, spans, claim, names) for s, e in paragraph_spans(body)],
        rank=check_worthiness_rank(claim, claims),
        total=len(claims),
        states=[(status.value, status.label) for status in ClaimStatus if status in present],
        current_found=any(c.pk == claim.pk for _, _, c in spans),
    )
