"""Queries compiled once and run with new ids give what the ORM would give."""

import pytest

from claims.api.compiled import CompiledQuery
from claims.models import Claim, ClaimStatus
from tests.api.factories import make_claim, make_verdict

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
