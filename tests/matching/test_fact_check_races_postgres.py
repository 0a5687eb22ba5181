"""An admin saving an imported fact-check while import_claimreview updates the same URL, on real
connections (PostgreSQL): the import locks the rows it reads, so the admin's save waits for it and
is refused as stale; before, the admin's save landed in between and the whole import failed."""

import threading
import time

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claims.matching.importing import import_reviews
from claims.models import FactCheck
from reviewers.models import Role
from tests.admin.pages import errors_of, messages_of, submit
from tests.conftest import make_user
from tests.matching.claimreview_files import LIGHTHOUSE
from tests.workflow.concurrency import run_together

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; run with DATABASE_URL=postgres://...")


def test_an_admin_saving_while_a_re_import_updates_the_fact_check_is_refused_and_the_import_lands(
    monkeypatch,
):
    import_reviews([LIGHTHOUSE])
    check = FactCheck.objects.get()
    admin = Client()
    admin.force_login(make_user("ada", Role.ADMIN))
    page = admin.get(reverse("admin:claims_factcheck_change", args=[check.pk]))
    read = threading.Event()
    take_import = FactCheck.take_import

    def slow_take_import(self, values):
        read.set()  # the import has read the row; the admin presses Save now
        time.sleep(1)
        return take_import(self, values)

    monkeypatch.setattr(FactCheck, "take_import", slow_take_import)

    def run_import():
        return import_reviews([{**LIGHTHOUSE, "headline": "Lighthouse: not sold, leased"}])

    def save_page():
        read.wait(timeout=10)
        response = submit(admin, page, "Save", {"headline": "Not sold"}, follow=True)
        return messages_of(response) + errors_of(response)

    imported, shown = run_together(lambda fn: fn(), [(run_import,), (save_page,)])

    assert not isinstance(imported, Exception), imported
    assert len(imported.updated) == 1
    assert any("changed by manage.py import_claimreview" in text for text in shown), shown
    assert FactCheck.objects.get().headline == "Lighthouse: not sold, leased"
