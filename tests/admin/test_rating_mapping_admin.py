"""The rating mapping table: the admin role edits it in the admin, and imports follow it."""

import pytest
from django.urls import reverse

from claims.matching.importing import import_reviews
from claims.models import FactCheck, Rating, RatingMapping
from tests.admin.pages import errors_of, submit
from tests.matching.claimreview_files import BRIDGE

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["reviewer", "editor", "stranger"])
def test_only_the_admin_role_opens_the_mapping_table(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("admin:claims_ratingmapping_changelist")).status_code == 403


def test_a_mapping_added_in_the_admin_maps_the_next_import(client, newsroom_admin):
    client.force_login(newsroom_admin)
    import_reviews([BRIDGE])
    assert FactCheck.objects.get().rating is None
    half_true = Rating.objects.get(slug="half-true")
    page = client.get(reverse("admin:claims_ratingmapping_add"))
    submit(client, page, "Save", {"rating_key": "  needs   CONTEXT ", "rating": str(half_true.pk)})
    assert RatingMapping.objects.get().rating_key == "needs CONTEXT"
    report = import_reviews([BRIDGE])
    assert len(report.updated) == 1
    assert FactCheck.objects.get().rating == half_true


def test_the_same_rating_cannot_be_mapped_twice_in_another_case(client, newsroom_admin):
    client.force_login(newsroom_admin)
    RatingMapping.objects.create(rating_key="Needs context", rating=Rating.objects.get(slug="half-true"))
    page = client.get(reverse("admin:claims_ratingmapping_add"))
    response = submit(
        client, page, "Save", {"rating_key": "needs context", "rating": str(Rating.objects.first().pk)}
    )
    assert any("already has a mapping" in error for error in errors_of(response))
    assert RatingMapping.objects.count() == 1


def test_the_admin_role_lists_the_fact_checks_whose_rating_is_not_mapped(client, newsroom_admin, reviewer):
    import_reviews([BRIDGE])
    client.force_login(newsroom_admin)
    url = reverse("admin:claims_factcheck_changelist")
    listed = client.get(url, {"rating__isempty": "1"})
    assert (
        listed.status_code == 200 and "The north bridge will close for five years." in listed.content.decode()
    )
    client.force_login(reviewer)
    assert client.get(url).status_code == 403
