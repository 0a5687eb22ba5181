"""An editor correcting a fact-check in the admin gets its matching vector recomputed."""

import pytest
from django.urls import reverse

from claims.models import FactCheck
from tests.admin.pages import submit

pytestmark = pytest.mark.django_db


def sent_tasks(callbacks) -> list[tuple]:
    return [(c.args[0].name, c.args[1:]) for c in callbacks if hasattr(c, "args")]


def test_saving_a_fact_check_in_the_admin_enqueues_its_embedding(
    admin_client, django_capture_on_commit_callbacks
):
    check = FactCheck.objects.create(
        claim_text="The moon is made of cheese.", url="https://checks.example.org/moon"
    )
    page = admin_client.get(reverse("admin:claims_factcheck_change", args=[check.pk]))

    with django_capture_on_commit_callbacks() as callbacks:
        response = submit(admin_client, page, "Save", {"claim_text": "The moon is made of green cheese."})

    assert response.status_code == 302
    assert ("claims.matching.tasks.embed_fact_check", (check.pk,)) in sent_tasks(callbacks)


def test_storing_a_fact_check_sends_no_message_from_the_model(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        FactCheck.objects.create(claim_text="Bats are blind.", url="https://checks.example.org/bats")

    assert sent_tasks(callbacks) == []  # beat's embed_missing computes its vector
