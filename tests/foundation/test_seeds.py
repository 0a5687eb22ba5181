import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article

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
