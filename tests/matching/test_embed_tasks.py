"""The Celery tasks that keep one vector per claim and fact-check in the database."""

import numpy as np
import pytest

from claims.matching import tasks
from claims.matching.encoder import model_id
from claims.matching.store import objects_without_vectors
from claims.models import FactCheck, MatchVector
from claims.models.fact_check import VectorKind
from tests.workflow.factories import make_article, make_claim

pytestmark = pytest.mark.django_db


def make_fact_check(**fields) -> FactCheck:
    defaults = {
        "claim_text": "The Eiffel Tower will be moved to Las Vegas.",
        "headline": "Is the Eiffel Tower moving to Vegas?",
        "rating_text": "False",
        "url": "https://checks.example.org/eiffel-vegas",
        "publisher": "Example Checks",
    }
    return FactCheck.objects.create(**{**defaults, **fields})


def test_embedding_a_claim_stores_a_unit_vector_of_this_model():
    claim = make_claim(text="Russia has vetoed every UN resolution on Syria since 2011.")
    assert tasks.embed_claim(claim.pk) is True
    stored = MatchVector.objects.get(kind=VectorKind.CLAIM, object_id=claim.pk)
    assert stored.model_id == model_id()
    assert np.isclose(np.linalg.norm(stored.as_array()), 1.0, atol=1e-4)


def test_embedding_twice_computes_once():
    claim = make_claim(text="Drinking bleach cures the coronavirus.")
    assert tasks.embed_claim(claim.pk) is True
    assert tasks.embed_claim(claim.pk) is False
    assert MatchVector.objects.count() == 1


def test_an_edited_claim_gets_a_new_vector_in_place():
    claim = make_claim(text="Drinking bleach cures the coronavirus.")
    tasks.embed_claim(claim.pk)
    before = MatchVector.objects.get().as_array().copy()
    claim.text = "The Eiffel Tower will be dismantled."
    claim.save()
    assert tasks.embed_claim(claim.pk) is True
    assert MatchVector.objects.count() == 1
    assert not np.allclose(before, MatchVector.objects.get().as_array())


def test_a_deleted_claim_or_fact_check_is_simply_done():
    assert tasks.embed_claim(987654) is False
    assert tasks.embed_fact_check(987654) is False
    assert not MatchVector.objects.exists()


def test_a_fact_check_is_embedded_from_its_headline_and_claim():
    check = make_fact_check()  # the admin enqueues this on save (test_fact_check_admin.py)
    assert tasks.embed_fact_check(check.pk) is True
    assert MatchVector.objects.filter(kind=VectorKind.FACT_CHECK, object_id=check.pk).exists()


def test_the_claims_of_an_article_are_embedded_together():
    article = make_article()
    first = make_claim(article, text="Drinking bleach cures the coronavirus.")
    second = make_claim(article, text="The Eiffel Tower will be dismantled.")
    make_claim(text="A claim of another article.")
    assert tasks.embed_article_claims(article.pk) == 2
    assert set(MatchVector.objects.values_list("object_id", flat=True)) == {first.pk, second.pk}


def test_rows_without_vectors_are_listed_until_embedded():
    claim = make_claim(text="Drinking bleach cures the coronavirus.")
    check = make_fact_check()
    assert list(objects_without_vectors(VectorKind.CLAIM)) == [claim.pk]
    assert list(objects_without_vectors(VectorKind.FACT_CHECK)) == [check.pk]
    tasks.embed_claim(claim.pk)
    assert list(objects_without_vectors(VectorKind.CLAIM)) == []


def test_extracting_an_article_enqueues_the_embedding_of_its_claims(django_capture_on_commit_callbacks):
    from claims.article_claims import extract_claims

    text = (
        "Unemployment fell to 3.9 percent in March, the lowest rate since 2001, the minister said.\n\n"
        "Crime rose by 12 percent last year in the capital, according to police figures."
    )
    article = make_article(body=text)
    with django_capture_on_commit_callbacks() as callbacks:
        extract_claims(article)
    sent = [(c.args[0].name, c.args[1:]) for c in callbacks if hasattr(c, "args")]
    assert ("claims.matching.tasks.embed_article_claims", (article.pk,)) in sent
    assert tasks.embed_article_claims(article.pk) == article.claims.count() > 0


@pytest.fixture
def eager_celery():
    from celery import current_app

    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = False


def test_the_sweep_embeds_what_has_no_vector_and_then_sends_nothing(eager_celery):
    claim = make_claim(text="Drinking bleach cures the coronavirus.")
    check = make_fact_check()
    assert tasks.embed_missing() == 2
    assert set(MatchVector.objects.values_list("kind", "object_id")) == {
        (VectorKind.CLAIM, claim.pk),
        (VectorKind.FACT_CHECK, check.pk),
    }
    assert tasks.embed_missing() == 0


def test_the_sweep_drops_the_vectors_of_deleted_rows(eager_celery):
    kept, gone = make_claim(text="Drinking bleach cures covid."), make_claim(text="The moon is cheese.")
    check = make_fact_check()
    for claim in (kept, gone):
        tasks.embed_claim(claim.pk)
    tasks.embed_fact_check(check.pk)
    gone.delete()
    check.delete()
    tasks.embed_missing()
    assert list(MatchVector.objects.values_list("kind", "object_id")) == [(VectorKind.CLAIM, kept.pk)]
