"""Queries compiled once and run with new ids give what the ORM would give, value for value."""

from datetime import date, datetime

import pytest
from django.utils import timezone

from claims.api import queries
from claims.api.compiled import CompiledQuery
from claims.models import Claim, ClaimStatus, Source
from tests.api.factories import correct, make_article, make_claim, make_verdict

pytestmark = pytest.mark.django_db


def claims_by_id(ids):
    return Claim.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "text", "is_quote")


def test_a_compiled_query_gives_the_orm_rows_for_each_new_set_of_ids():
    claims = [make_claim(text=f"Claim {n}", is_quote=n % 2 == 0) for n in range(4)]
    compiled = CompiledQuery(claims_by_id)

    for ids in ([claims[0].pk, claims[1].pk], [claims[2].pk, claims[3].pk], [claims[3].pk, 0]):
        assert compiled(ids) == list(claims_by_id(ids))
    # booleans come back as bool on every database (SQLite stores 0/1)
    assert compiled([claims[0].pk, claims[1].pk])[0][2] is True


def test_each_shape_compiles_once():
    claim = make_claim()
    built = []
    compiled = CompiledQuery(lambda ids: built.append(len(ids)) or claims_by_id(ids))

    compiled([claim.pk])
    compiled([claim.pk + 1])
    compiled([claim.pk, claim.pk + 1])

    assert built == [1, 2]


def test_an_empty_id_list_matches_nothing_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert CompiledQuery(claims_by_id)([]) == []


def test_an_id_that_never_reaches_the_sql_is_refused():
    compiled = CompiledQuery(lambda pk: Claim.objects.values_list("pk"))

    with pytest.raises(ValueError, match="exactly once"):
        compiled(1)


@pytest.mark.parametrize("lookup", ["abc", "1.0", "-1", "99999999999999999999999", "١"])
def test_a_detail_id_no_row_can_have_is_a_404(api, reviewer, editor, lookup):
    make_verdict(reviewer, editor, claim=make_claim(status=ClaimStatus.PUBLISHED))

    assert api.get(f"/api/v1/verdicts/{lookup}/").status_code == 404
    assert api.get(f"/api/v1/claimreview/{lookup}/").status_code == 404


def read_by_the_orm(pk: int) -> queries.PublishedVerdict:
    """The same verdict through the ORM's own querysets, compiled and converted as usual."""
    (row,) = queries.public_verdicts().filter(pk=pk)
    sources = [queries.SourceRow(*s[1:]) for s in queries._sources_of([pk])]
    notes = [queries.CorrectionRow(*c[1:]) for c in queries._corrections_of_verdict(pk)]
    return queries._assemble(row, sources, notes)


def assert_same_values(fast, plain, where: str = "verdict") -> None:
    """Equal and of the same type, field by field, nested rows and lists included."""
    if isinstance(plain, list):
        assert len(fast) == len(plain), where
        for n, (a, b) in enumerate(zip(fast, plain, strict=True)):
            assert_same_values(a, b, f"{where}[{n}]")
    elif isinstance(plain, tuple):
        assert fast._fields == plain._fields, where
        for name in plain._fields:
            assert_same_values(getattr(fast, name), getattr(plain, name), f"{where}.{name}")
    else:
        assert (fast, type(fast)) == (plain, type(plain)), where
        if isinstance(plain, datetime):
            assert fast.utcoffset() == plain.utcoffset(), where


@pytest.fixture
def verdicts(reviewer, editor):
    """One verdict with nulls where they can be (no article date, a source never checked,
    no speaker, a correction), one with values everywhere."""
    bare = make_verdict(
        reviewer,
        editor,
        claim=make_claim(make_article(published_on=None), status=ClaimStatus.PUBLISHED, speaker=""),
    )
    full = make_verdict(reviewer, editor)
    Source.objects.filter(verdicts=full).update(http_status=200, last_checked_at=timezone.now())
    correct(bare, editor)
    return bare, full


def test_the_fast_path_reads_a_detail_as_the_orm_does_field_by_field(verdicts, django_assert_num_queries):
    """The fast path runs SQL that Django compiled and calls Django's converters itself
    (SQLCompiler.as_sql, get_converters, apply_converters): a Django upgrade that changes
    them fails here, not in production."""
    bare, full = verdicts
    for verdict in verdicts:
        with django_assert_num_queries(3):  # the verdict row, its sources, its claim's corrections
            fast = queries.published_verdict(verdict.pk)
        assert_same_values(fast, read_by_the_orm(verdict.pk))

    fast = queries.published_verdict(bare.pk)
    assert fast.article.published_on is None and fast.sources[0].last_checked_at is None
    assert isinstance(fast.corrections[0].published_at, datetime)
    fast = queries.published_verdict(full.pk)
    assert isinstance(fast.article.published_on, date) and fast.sources[0].http_status == 200


def test_the_fast_path_reads_a_page_s_evidence_as_the_orm_does(verdicts, django_assert_num_queries):
    rows = list(queries.public_verdicts().order_by("pk"))
    with django_assert_num_queries(2):  # the page's sources, their claims' corrections
        fast = queries.published(rows)

    assert_same_values(fast, [read_by_the_orm(row.id) for row in rows])
