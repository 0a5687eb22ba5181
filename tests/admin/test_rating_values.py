"""Each rating of the scale has its own value (ClaimReview's ratingValue): the admin refuses
a second rating with a taken value, and the migration moves apart values already shared."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import IntegrityError

from claims.models import Rating
from tests.admin.pages import errors_of, submit

MIGRATIONS = Path(__file__).resolve().parents[2] / "claims" / "migrations"


def test_the_default_scale_has_a_value_per_rating(db):
    values = list(Rating.objects.order_by("order").values_list("value", flat=True))
    assert values == sorted(set(values), reverse=True) and len(values) == 8


def test_the_admin_refuses_a_rating_with_a_value_another_has(client, db):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    client.force_login(boss)
    taken = Rating.objects.get(slug="false").value
    page = client.get("/admin/claims/rating/add/")
    sent = {"label": "Wrong", "slug": "wrong", "value": str(taken), "definition": "Not right."}
    response = submit(client, page, "Save", sent)
    assert response.status_code == 200
    assert errors_of(response) == ["Rating with this Value already exists."]
    assert not Rating.objects.filter(slug="wrong").exists()


def test_the_database_refuses_two_ratings_with_one_value(db):
    with pytest.raises(IntegrityError):
        Rating.objects.create(slug="again", label="Again", value=Rating.objects.first().value, definition=".")


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_shared_values_apart_keeping_the_scales_order():
    (migration,) = MIGRATIONS.glob("*_rating_distinct_values.py")
    before = sorted(MIGRATIONS.glob("*.py"))[sorted(MIGRATIONS.glob("*.py")).index(migration) - 1].stem
    call_command("migrate", "claims", before, verbosity=0)
    try:
        old = {"true": 7, "mostly-true": 6, "half-true": 5, "unproven": 4, "misleading": 3, "mostly-false": 3}
        for slug, value in old.items():
            Rating.objects.filter(slug=slug).update(value=value)
    finally:
        # Every app: going back unapplied the other apps' migrations that depend on later
        # claims migrations (reviewers' role grants among them), which later tests need.
        call_command("migrate", verbosity=0)
    values = dict(Rating.objects.values_list("slug", "value"))
    assert values == {
        "true": 8,
        "mostly-true": 7,
        "half-true": 6,
        "unproven": 5,
        "misleading": 4,
        "mostly-false": 3,
        "false": 2,
        "pants-on-fire": 1,
    }
