"""A published fact-check is on the public record: nobody deletes it, with its evidence, by
deleting its claim or its article (their pages or *Delete selected*), as nobody edits it
outside a correction another editor signs off."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Source, Verdict
from tests.admin.pages import submit
from tests.conftest import logged_in
from tests.workflow.factories import published_claim

pytestmark = pytest.mark.django_db

YES = "Yes, I’m sure"


def delete_on_its_page(tab, model: str, pk: int):
    page = tab.get(reverse(f"admin:claims_{model}_delete", args=[pk]))
    if YES not in page.content.decode():
        return page
    return submit(tab, page, YES, form_id=None)


def delete_selected(tab, model: str, pk: int):
    chosen = {"action": "delete_selected", "_selected_action": [pk], "post": "yes"}
    return tab.post(reverse(f"admin:claims_{model}_changelist"), chosen)


@pytest.mark.parametrize("how", [delete_on_its_page, delete_selected], ids=["page", "delete-selected"])
@pytest.mark.parametrize("model", ["claim", "article"])
def test_an_admin_cannot_delete_a_published_fact_check_with_its_claim_or_article(
    reviewer, editor, newsroom_admin, model, how
):
    claim = published_claim(reviewer, editor)
    verdict = claim.published_verdict()
    cited = list(verdict.sources.values_list("pk", flat=True))

    how(logged_in(newsroom_admin), model, claim.pk if model == "claim" else claim.article_id)

    assert Verdict.objects.filter(pk=verdict.pk, published_at__isnull=False).exists()
    assert Source.objects.filter(pk__in=cited).count() == len(cited)
    assert Client().get(f"/api/v1/claimreview/{verdict.pk}/").status_code == 200
