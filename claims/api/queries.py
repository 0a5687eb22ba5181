"""The querysets the API serves, with everything each item needs loaded up front.

Each list issues a fixed number of queries whatever the page size: one for the page
(rows joined with select_related, or plain joined rows) and one per related list
(prefetched, or attached afterwards from plain rows).
"""

from __future__ import annotations

import functools
import time
from collections import namedtuple
from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from django.db.models import F, Max, Min, Prefetch, QuerySet

from claims.api import verdict_fields
from claims.api.compiled import CompiledQuery, fetch_together
from claims.claimreview import ScaleBounds
from claims.models import Article, Claim, Correction, Rating, Verdict


class ArticleRow(verdict_fields.row_type("ArticleRow", verdict_fields.ARTICLE)):
    __slots__ = ()

    @property
    def headline(self) -> str:
        return self.title or self.url or f"Article {self.id}"


class ClaimRow(verdict_fields.row_type("ClaimRow", verdict_fields.CLAIM)):
    """A claim's columns; `checked_text` reads filled, as readers see the claim (Claim.as_checked)."""

    __slots__ = ()

    def __new__(cls, *values):
        row = super().__new__(cls, *values)
        return row if row.checked_text else row._replace(checked_text=row.text)

    @property
    def as_checked(self) -> str:
        return self.checked_text


RatingRow = verdict_fields.row_type("RatingRow", verdict_fields.RATING)
SourceRow = verdict_fields.row_type("SourceRow", verdict_fields.SOURCE)
CorrectionRow = verdict_fields.row_type("CorrectionRow", verdict_fields.CORRECTION)


class PublishedVerdict(NamedTuple):
    """What readers see of a published verdict, read as plain rows (no model instances)."""

    id: int  # the first six are verdict_fields.VERDICT
    summary: str
    published_at: datetime
    updated_at: datetime
    scale_worst: int | None
    scale_best: int | None
    claim: ClaimRow
    article: ArticleRow
    rating: RatingRow
    reviewer: str | None  # only the names of people who opted in (Reviewer.credit_publicly)
    editor: str | None
    sources: list[SourceRow]
    corrections: list[CorrectionRow]


def _public_name(opted_in: bool | None, first_name: str | None, last_name: str | None) -> str | None:
    """A person's full name when they opted in to be named (as Reviewer.public_name); never
    the username."""
    return (opted_in and f"{first_name} {last_name}".strip()) or None


_PERSON = ("reviewer__credit_publicly", "first_name", "last_name")
# Only what readers see, in PublishedVerdict's order: an article's body can be megabytes.
VERDICT_COLUMNS = (
    *verdict_fields.columns(verdict_fields.VERDICT),
    *verdict_fields.columns(verdict_fields.CLAIM, "claim__"),
    *verdict_fields.columns(verdict_fields.ARTICLE, "claim__article__"),
    *verdict_fields.columns(verdict_fields.RATING, "rating__"),
    *(f"author__{f}" for f in _PERSON),
    *(f"approved_by__{f}" for f in _PERSON),
)
_CLAIM_AT = len(verdict_fields.VERDICT)
_ARTICLE_AT = _CLAIM_AT + len(ClaimRow._fields)
_RATING_AT = _ARTICLE_AT + len(ArticleRow._fields)
_AUTHOR_AT = _RATING_AT + len(RatingRow._fields)
_EDITOR_AT = _AUTHOR_AT + len(_PERSON)


@functools.cache
def _public_verdict_rows() -> QuerySet:
    return Verdict.objects.public().values_list(*VERDICT_COLUMNS, named=True)


def public_verdicts() -> QuerySet:
    """Published, current verdicts of public claims, as rows of VERDICT_COLUMNS.

    Named rows, so filters, ordering and cursor pagination work on them as on
    models; `published` turns a page of them into PublishedVerdicts. Built once per
    process and copied for each request: setting up its columns and joins costs more
    Python time than copying it.
    """
    return _public_verdict_rows().all()


_NamedRow = namedtuple("NamedRow", VERDICT_COLUMNS)  # as values_list(named=True) names them


@functools.cache
def _newest(ordering: tuple[str, ...], size: int) -> CompiledQuery:
    return CompiledQuery(lambda: public_verdicts().order_by(*ordering)[:size])


def newest(ordering: tuple[str, ...], size: int) -> list[tuple]:
    """The first `size` rows of public_verdicts() in `ordering`: the first page of the list,
    which feeds poll, by a query compiled once per ordering and size."""
    return [_NamedRow._make(row) for row in _newest(tuple(ordering), size)()]


def _sources_of(verdict_ids):
    return (
        Verdict.sources.through.objects.filter(verdict_id__in=verdict_ids)
        .order_by("source__added_at", "source_id")
        .values_list("verdict_id", *verdict_fields.columns(verdict_fields.SOURCE, "source__"))
    )


def _corrections_of(claim_ids):
    return (
        Correction.objects.public()
        .filter(claim_id__in=claim_ids)
        .order_by("published_at", "pk")
        .values_list("claim_id", *verdict_fields.columns(verdict_fields.CORRECTION))
    )


def _corrections_of_verdict(pk):
    return _corrections_of(Verdict.objects.filter(pk=pk).values("claim_id"))


_one_verdict = CompiledQuery(lambda pk: public_verdicts().filter(pk=pk))
_sources = CompiledQuery(_sources_of)
_corrections = CompiledQuery(_corrections_of)
_verdict_corrections = CompiledQuery(_corrections_of_verdict)


def _assemble(row: tuple, sources: list[SourceRow], corrections: list[CorrectionRow]) -> PublishedVerdict:
    return PublishedVerdict(
        *row[:_CLAIM_AT],
        claim=ClaimRow(*row[_CLAIM_AT:_ARTICLE_AT]),
        article=ArticleRow(*row[_ARTICLE_AT:_RATING_AT]),
        rating=RatingRow(*row[_RATING_AT:_AUTHOR_AT]),
        reviewer=_public_name(*row[_AUTHOR_AT:_EDITOR_AT]),
        editor=_public_name(*row[_EDITOR_AT : _EDITOR_AT + len(_PERSON)]),
        sources=sources,
        corrections=corrections,
    )


def published(rows: Sequence[tuple], *, evidence: bool = True) -> list[PublishedVerdict]:
    """PublishedVerdicts from rows of VERDICT_COLUMNS, with their sources and public
    corrections (two queries whatever the number of rows, one round trip on
    PostgreSQL) unless `evidence` is False."""
    sources: dict[int, list[SourceRow]] = {row[0]: [] for row in rows}
    corrections: dict[int, list[CorrectionRow]] = {row[_CLAIM_AT]: [] for row in rows}
    if evidence:
        cited, notes = fetch_together((_sources, (list(sources),)), (_corrections, (list(corrections),)))
        for verdict_id, *source in cited:
            sources[verdict_id].append(SourceRow(*source))
        for claim_id, *correction in notes:
            corrections[claim_id].append(CorrectionRow(*correction))
    return [_assemble(row, sources[row[0]], corrections[row[_CLAIM_AT]]) for row in rows]


_LARGEST_ID = 2**63 - 1  # BigAutoField


def parse_id(value: str) -> int | None:
    """The id a URL names, or None for anything no row can have (a 404, never a 500)."""
    if not (value.isascii() and value.isdigit()) or int(value) > _LARGEST_ID:
        return None
    return int(value)


def published_verdict(pk: int, *, evidence: bool = True) -> PublishedVerdict | None:
    """One public verdict by id, or None.

    Up to three queries, compiled once per process and sent together: a detail costs
    one round trip to PostgreSQL.
    """
    if not evidence:
        rows = _one_verdict(pk)
        return _assemble(rows[0], [], []) if rows else None
    rows, cited, notes = fetch_together(
        (_one_verdict, (pk,)), (_sources, ([pk],)), (_verdict_corrections, (pk,))
    )
    if not rows:
        return None
    return _assemble(rows[0], [SourceRow(*s[1:]) for s in cited], [CorrectionRow(*c[1:]) for c in notes])


def claims_for(*, newsroom: bool) -> QuerySet[Claim]:
    """Claims a viewer may see: all of them for the newsroom, public ones for everyone else.

    Each carries `shown_updated_at`, the time the viewer is shown and the list sorts, filters
    and pages by: the claim's own last change for the newsroom; for readers its verdict of
    record's, which moves when anything they see of the claim does (its publication, a
    published correction, `Claim.save_details`) and not while a correction is worked on or
    when one is abandoned. The column of the join `public()` already makes (one current
    verdict per claim), so no subquery."""
    current = Verdict.objects.filter(is_current=True).select_related("rating")
    if newsroom:
        claims = Claim.objects.annotate(shown_updated_at=F("updated_at"))
    else:
        claims = Claim.objects.public().annotate(shown_updated_at=F("verdicts__updated_at"))
    return claims.select_related("article", "assignee").prefetch_related(
        Prefetch("verdicts", queryset=current, to_attr="current_verdicts")
    )


def articles() -> QuerySet[Article]:
    return Article.objects.all()


SCALE_CACHE_SECONDS = 30
_scale: tuple[float, ScaleBounds] | None = None  # (good until, on time.monotonic), bounds


def scale_bounds() -> ScaleBounds:
    """Worst and best value of the active rating scale.

    One query, then kept in this process for SCALE_CACHE_SECONDS (no cache round trip
    on each request): the scale changes rarely, an edit reaches every process within
    that time, and the process that saved it at once (forget_scale_bounds).
    """
    global _scale
    now = time.monotonic()
    if _scale is None or _scale[0] <= now:
        bounds = Rating.objects.filter(is_active=True).aggregate(worst=Min("value"), best=Max("value"))
        _scale = (
            now + SCALE_CACHE_SECONDS,
            ScaleBounds(worst=bounds["worst"] or 0, best=bounds["best"] or 0),
        )
    return _scale[1]


def forget_scale_bounds(**signal_kwargs) -> None:
    """Read the scale afresh on the next request (connected to Rating saves and deletes)."""
    global _scale
    _scale = None
