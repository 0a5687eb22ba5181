"""An imported fact-check corrected in the admin: two admins saving it at once, or a page loaded
before a re-import changed it, are refused naming who saved first; and a re-import of its URL
follows the publisher except where an admin corrected it."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import FactCheck, Rating
from tests.admin.pages import errors_of, submit
from tests.matching.claimreview_files import LIGHTHOUSE, as_json

pytestmark = pytest.mark.django_db

CHANGED = "This fact check was changed by {} at {:%H:%M:%S} while you were editing it (you loaded version 1)."


@pytest.fixture
def lighthouse(tmp_path):
    """The lighthouse fact-check, imported from its publisher's feed."""
    import_feed(tmp_path, LIGHTHOUSE)
    return FactCheck.objects.get()


def import_feed(tmp_path, *reviews) -> str:
    path = tmp_path / "feed.json"
    path.write_text(as_json(list(reviews)), encoding="utf-8")
    out = StringIO()
    call_command("import_claimreview", str(path), stdout=out)
    return out.getvalue()


def change_url(check) -> str:
    return reverse("admin:claims_factcheck_change", args=[check.pk])


def changed_by(who: str, check) -> str:
    return CHANGED.format(who, check.history.first().history_date)


@pytest.mark.parametrize("first", ["ada", "manage.py import_claimreview"])
def test_a_fact_check_page_loaded_before_another_save_saves_nothing_and_names_who_saved(
    first, admin_tabs, lighthouse, tmp_path
):
    ada, abe = admin_tabs
    stale = abe.get(change_url(lighthouse))
    if first == "ada":
        submit(ada, ada.get(change_url(lighthouse)), "Save", {"headline": "Lighthouse: not sold, leased"})
    else:
        import_feed(tmp_path, {**LIGHTHOUSE, "headline": "Lighthouse: not sold, leased"})

    refused = submit(abe, stale, "Save", {"publisher": "Harbour Fact Checks"})

    assert refused.status_code == 200
    assert errors_of(refused)[0].startswith(changed_by(first, lighthouse))
    stored = FactCheck.objects.get()
    assert (stored.headline, stored.publisher) == ("Lighthouse: not sold, leased", "Harbour Checks")


def test_a_re_import_keeps_an_admins_correction_and_takes_the_publishers_other_changes(
    admin_tabs, lighthouse, tmp_path
):
    ada, _ = admin_tabs
    unproven = Rating.objects.get(slug="unproven")
    submit(ada, ada.get(change_url(lighthouse)), "Save", {"rating": str(unproven.pk)})
    republished = {
        **LIGHTHOUSE,
        "headline": "Lighthouse: not sold, leased",
        "reviewRating": {"alternateName": "False"},
    }

    output = import_feed(tmp_path, republished)

    stored = FactCheck.objects.get()
    assert stored.headline == "Lighthouse: not sold, leased"
    assert (stored.rating_text, stored.rating) == ("False", unproven)
    assert "1 updated" in output
    assert f"kept as corrected in the admin: {LIGHTHOUSE['url']}: rating" in output


def test_reverting_a_fact_check_to_the_imported_version_hands_it_back_to_the_publisher(
    admin_tabs, lighthouse, tmp_path
):
    ada, _ = admin_tabs
    submit(ada, ada.get(change_url(lighthouse)), "Save", {"headline": "Not sold"})
    imported = lighthouse.history.earliest("history_date")
    revert_url = reverse("admin:claims_factcheck_simple_history", args=[lighthouse.pk, imported.history_id])
    submit(ada, ada.get(revert_url), "Revert")

    output = import_feed(tmp_path, {**LIGHTHOUSE, "headline": "Lighthouse: not sold, leased"})

    assert FactCheck.objects.get().headline == "Lighthouse: not sold, leased"
    assert "kept as corrected" not in output
