"""Two admins on the verdict scale or the rating mappings at once: the second save, from a page or
a list loaded before the first, is refused with the name of who changed it, and nothing of it is
saved (as on the claim, source and article pages)."""

import pytest
from django.urls import reverse

from claims.models import Rating, RatingMapping
from tests.admin.pages import errors_of, form_data, submit

pytestmark = pytest.mark.django_db

CHANGED_BY_ADA = "This {} was changed by ada at {:%H:%M:%S} while you were editing it (you loaded version 1)."
LIST = "changelist-form"


@pytest.fixture
def mappings(db):
    return [
        RatingMapping.objects.create(rating_key="Four Pinocchios", rating=Rating.objects.get(slug="false")),
        RatingMapping.objects.create(rating_key="2 of 1-5", rating=Rating.objects.get(slug="mostly-false")),
    ]


def change_url(obj) -> str:
    return reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk])


def list_url(model) -> str:
    return reverse(f"admin:claims_{model._meta.model_name}_changelist")


def changed_by_ada(obj) -> str:
    return CHANGED_BY_ADA.format(obj._meta.verbose_name, obj.history.first().history_date)


def row_of(page, obj) -> str:
    """The list's form prefix of `obj`'s row ("form-3")."""
    data = form_data(page, LIST)
    (row,) = [name for name, value in data.items() if name.endswith("-id") and value == str(obj.pk)]
    return row.removesuffix("-id")


def test_the_second_of_two_admins_saving_a_rating_is_told_who_saved_first_and_nothing_is_saved(admin_tabs):
    ada, abe = admin_tabs
    rating = Rating.objects.get(slug="misleading")
    ada_page, abe_page = ada.get(change_url(rating)), abe.get(change_url(rating))
    submit(ada, ada_page, "Save", {"label": "Missing context"})

    refused = submit(abe, abe_page, "Save", {"definition": "Facts arranged to mislead.", "order": "9"})

    assert refused.status_code == 200
    assert errors_of(refused)[0].startswith(changed_by_ada(rating))
    stored = Rating.objects.get(pk=rating.pk)
    assert (stored.label, stored.definition) == ("Missing context", rating.definition)
    assert stored.order == rating.order


def test_the_second_of_two_admins_saving_a_rating_mapping_is_told_who_saved_first(admin_tabs, mappings):
    ada, abe = admin_tabs
    mapping = mappings[0]
    ada_page, abe_page = ada.get(change_url(mapping)), abe.get(change_url(mapping))
    submit(ada, ada_page, "Save", {"rating": str(Rating.objects.get(slug="pants-on-fire").pk)})

    refused = submit(abe, abe_page, "Save", {"rating_key": "4 Pinocchios"})

    assert refused.status_code == 200
    assert errors_of(refused)[0].startswith(changed_by_ada(mapping))
    stored = RatingMapping.objects.get(pk=mapping.pk)
    assert (stored.rating_key, stored.rating.slug) == ("Four Pinocchios", "pants-on-fire")


def test_a_ratings_list_loaded_before_a_rating_was_retired_does_not_bring_it_back(admin_tabs):
    ada, abe = admin_tabs
    retired, moved = Rating.objects.get(slug="misleading"), Rating.objects.get(slug="true")
    stale = abe.get(list_url(Rating))
    submit(ada, ada.get(change_url(retired)), "Save", {"is_active": False})

    refused = submit(abe, stale, "Save", {f"{row_of(stale, moved)}-order": "20"}, form_id=LIST)

    assert refused.status_code == 200
    assert any(error.startswith(changed_by_ada(retired)) for error in errors_of(refused))
    assert Rating.objects.get(pk=retired.pk).is_active is False
    assert Rating.objects.get(pk=moved.pk).order == moved.order


def test_a_mapping_list_loaded_before_a_mapping_changed_does_not_undo_it(admin_tabs, mappings):
    ada, abe = admin_tabs
    changed, other = mappings
    stale = abe.get(list_url(RatingMapping))
    misleading = str(Rating.objects.get(slug="misleading").pk)
    submit(ada, ada.get(change_url(changed)), "Save", {"rating": misleading})
    unproven = str(Rating.objects.get(slug="unproven").pk)

    refused = submit(abe, stale, "Save", {f"{row_of(stale, other)}-rating": unproven}, form_id=LIST)

    assert refused.status_code == 200
    assert any(error.startswith(changed_by_ada(changed)) for error in errors_of(refused))
    assert RatingMapping.objects.get(pk=changed.pk).rating.slug == "misleading"
    assert RatingMapping.objects.get(pk=other.pk).rating.slug == "mostly-false"


def test_a_fresh_ratings_list_still_saves(admin_tabs):
    ada, _ = admin_tabs
    moved = Rating.objects.get(slug="true")
    page = ada.get(list_url(Rating))

    submit(ada, page, "Save", {f"{row_of(page, moved)}-order": "20"}, form_id=LIST)

    assert Rating.objects.get(pk=moved.pk).order == 20
