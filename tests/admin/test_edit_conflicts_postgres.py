"""Tabs saving a claim's first draft, or a rating, at the same moment, on real connections (PostgreSQL)."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from claims.models import Rating, Verdict
from reviewers.models import Role
from tests.admin.pages import claim_url, errors_of, messages_of, submit
from tests.conftest import make_user
from tests.workflow.concurrency import run_together
from tests.workflow.factories import claim_in_review, rating

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent inserts need PostgreSQL; run with DATABASE_URL=postgres://...")


def test_four_tabs_saving_the_first_draft_at_once_keep_one_and_tell_the_others():
    reviewer = make_user("rita", Role.REVIEWER)
    claim = claim_in_review(reviewer, with_draft=False)
    tabs = []
    for n in range(4):
        client = Client()
        client.force_login(reviewer)
        tabs.append((client, client.get(claim_url(claim)), n))

    def save_draft(client, page, n):
        changes = {"verdicts-0-rating": rating("false").pk, "verdicts-0-summary": f"Tab {n}."}
        response = submit(client, page, "Save", changes, follow=True)
        return response.status_code, messages_of(response) + errors_of(response)

    outcomes = run_together(save_draft, tabs)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes  # no 500 (IntegrityError)
    assert [status for status, _ in outcomes] == [200] * 4
    saved = [shown for _, shown in outcomes if shown == ["Saved."]]
    told = [shown for _, shown in outcomes if any("This verdict was started by rita" in m for m in shown)]
    assert (len(saved), len(told)) == (1, 3), outcomes
    assert Verdict.objects.filter(claim=claim).count() == 1


def test_two_admins_saving_the_same_rating_at_once_keep_one_and_tell_the_other():
    misleading = rating("misleading")
    url = reverse("admin:claims_rating_change", args=[misleading.pk])
    tabs = []
    for name, label in (("ada", "Missing context"), ("abe", "Out of context")):
        client = Client()
        client.force_login(make_user(name, Role.ADMIN))
        tabs.append((client, client.get(url), label))

    def save(client, page, label):
        response = submit(client, page, "Save", {"label": label}, follow=True)
        return response.status_code, messages_of(response) + errors_of(response)

    outcomes = run_together(save, tabs)

    assert [status for status, _ in outcomes] == [200, 200], outcomes
    told = [shown for _, shown in outcomes if any("This rating was changed by" in m for m in shown)]
    assert len(told) == 1, outcomes
    stored = Rating.objects.get(pk=misleading.pk)
    assert stored.version == 2 and stored.label in {"Missing context", "Out of context"}
