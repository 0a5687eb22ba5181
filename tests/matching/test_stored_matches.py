"""Matching a text against the claims and fact-checks stored with their vectors."""

import pytest

from claims.matching import tasks
from claims.matching.store import find_matches
from claims.models import ClaimStatus
from claims.similarity import similar_claims
from tests.matching.test_embed_tasks import make_fact_check
from tests.workflow.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def test_an_imported_fact_check_is_found_for_a_reworded_claim():
    check = make_fact_check()
    make_fact_check(claim_text="Drinking bleach cures the coronavirus.", headline="", url="https://x.org/b")
    claim = make_claim(text="Our own claim about the weather in Paris.")
    for pk in (check.pk, check.pk + 1):
        tasks.embed_fact_check(pk)
    tasks.embed_claim(claim.pk)
    (best, *_) = find_matches("Paris's famous tower is being relocated to Nevada, a viral post says", k=3)
    assert (best.kind, best.item) == ("fact_check", check)
    assert 0 < best.score <= 1


def test_nothing_is_found_before_anything_is_embedded():
    make_fact_check()
    assert find_matches("The Eiffel Tower moves to Las Vegas") == []


def test_a_new_vector_is_seen_by_the_next_search():
    first = make_fact_check()
    tasks.embed_fact_check(first.pk)
    assert [f.item for f in find_matches("Eiffel Tower to Las Vegas", k=5)] == [first]
    second = make_fact_check(claim_text="The Eiffel Tower is moving to Texas.", url="https://x.org/texas")
    tasks.embed_fact_check(second.pk)
    assert {f.item for f in find_matches("Eiffel Tower to Las Vegas", k=5)} == {first, second}


def test_similar_claims_are_judged_claims_of_other_articles_close_in_meaning():
    judged = make_claim(text="Bill Gates plans to put microchips in vaccines.", status=ClaimStatus.PUBLISHED)
    unjudged = make_claim(text="Bill Gates wants microchips in vaccines.", status=ClaimStatus.QUEUED)
    unrelated = make_claim(text="The Eiffel Tower will be dismantled.", status=ClaimStatus.PUBLISHED)
    article = make_article()
    same_article = make_claim(
        article, text="Gates puts microchips in vaccines.", status=ClaimStatus.PUBLISHED
    )
    claim = make_claim(article, text="Bill Gates wants to implant microchips through covid jabs.")
    for c in (judged, unjudged, unrelated, same_article, claim):
        tasks.embed_claim(c.pk)
    assert similar_claims(claim) == [judged]


def test_a_claims_stored_vector_is_used_only_while_its_text_is_unchanged():
    from claims.matching.store import claim_vector

    claim = make_claim(text="Drinking bleach cures the coronavirus.")
    assert claim_vector(claim) is None
    tasks.embed_claim(claim.pk)
    assert claim_vector(claim).shape == (384,)
    claim.text = "Something else entirely."
    assert claim_vector(claim) is None
