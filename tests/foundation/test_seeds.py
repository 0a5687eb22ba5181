from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.matching.tasks import embed_claim, embed_fact_check
from claims.models import Article, Claim, FactCheck
from claims.tasks import extract_article
from tests.admin.pages import claim_url

pytestmark = pytest.mark.django_db


def test_load_seeds_stores_the_seed_article_once_however_often_it_runs(settings):
    settings.DEBUG = True
    call_command("load_seeds")
    call_command("load_seeds")
    assert Article.objects.count() == 1
    assert Article.objects.get().body.startswith("Putin Urges EU And US")
    assert get_user_model().objects.filter(username__in=["reviewer", "editor", "admin"]).count() == 3


def test_load_seeds_creates_no_demo_users_in_production_mode(settings):
    settings.DEBUG = False
    call_command("load_seeds")
    assert Article.objects.count() == 1
    assert not get_user_model().objects.exists()


def test_demo_users_can_log_in_to_the_admin(client, settings):
    settings.DEBUG = True
    call_command("load_seeds")
    assert client.login(username="editor", password="editor-demo-pass")
    assert client.get("/admin/").status_code == 200


def test_load_seeds_imports_the_example_fact_checks_once_in_development(settings):
    settings.DEBUG = True
    out = StringIO()
    call_command("load_seeds")
    call_command("load_seeds", stdout=out)
    assert FactCheck.objects.count() == 2
    assert "claimreview_example.json: 0 example fact-checks imported, 2 already present" in out.getvalue()


def test_a_newcomer_sees_the_example_fact_check_as_a_match_on_the_seed_claim(client, settings):
    settings.DEBUG = True
    call_command("load_seeds")
    article = Article.objects.get()
    extract_article(article.pk)
    for check in FactCheck.objects.all():
        embed_fact_check(check.pk)
    claim = Claim.objects.get(article=article, text__contains="technical military support")
    embed_claim(claim.pk)
    client.login(username="reviewer", password="reviewer-demo-pass")
    page = client.get(claim_url(claim)).content.decode()
    assert "Russia is giving military technical support to the Syrian government." in page
    assert "Example Checks" in page
    assert "Same claim" in page


def test_load_seeds_imports_no_example_fact_checks_in_production_mode(settings):
    settings.DEBUG = False
    call_command("load_seeds")
    assert not FactCheck.objects.exists()
