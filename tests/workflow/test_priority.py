from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Claim
from claims.priority import content_score
from tests.workflow.factories import make_article, make_claim


def test_content_score_grows_with_each_doubling_of_repeats():
    assert content_score(0.5, 0) == 0.5
    assert content_score(0.5, 1) == pytest.approx(0.75)
    assert content_score(0.5, 3) == pytest.approx(1.0)


@pytest.mark.django_db
def test_a_claim_repeated_by_other_articles_counts_them_once_each():
    text = "Unemployment fell to 3 percent last year."
    claim = make_claim(make_article(body=text), text=text, checkworthiness=0.5)
    for _ in range(3):
        make_claim(make_article(body="Intro.\n\n" + text), text=text, checkworthiness=0.5)
    assert Claim.objects.with_repeats().get(pk=claim.pk).repeats == 3


@pytest.mark.django_db
def test_refreshing_priorities_ranks_a_repeated_claim_above_a_lone_one():
    text = "Unemployment fell to 3 percent last year."
    repeated = make_claim(make_article(body=text), text=text, checkworthiness=0.5)
    make_claim(make_article(body="So. " + text), text=text, checkworthiness=0.5)
    lone = make_claim(checkworthiness=0.6)
    assert Claim.objects.refresh_priorities() == 3
    assert Claim.objects.in_take_order().filter(pk__in=[repeated.pk, lone.pk]).first() == repeated


@pytest.mark.django_db
def test_age_is_worth_a_twentieth_per_day_by_default():
    make_claim(priority=0.5)
    older = make_claim(priority=0.5 - 0.05 * 9)
    Claim.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=10))
    assert Claim.objects.in_take_order().first() == older
