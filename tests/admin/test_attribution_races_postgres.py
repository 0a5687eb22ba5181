"""An article's author changed on its page as a claim of it without a speaker is submitted, on
real connections (PostgreSQL): the submission locks the article, so the change lands before it
(and the editor approves what the page then shows) or waits and is refused; before, it could land
just after the submission, unseen by the check."""

import threading
import time

import pytest
from django.db import connection
from django.urls import reverse

from claims import workflow
from claims.models import Article, Claim
from claims.models.claim import SUBMIT
from reviewers.models import Role
from tests.admin.pages import errors_of, messages_of, submit
from tests.conftest import logged_in, make_user
from tests.workflow.concurrency import run_together
from tests.workflow.factories import claim_in_review, make_article

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; run with DATABASE_URL=postgres://...")


def test_an_author_changed_as_the_claim_is_submitted_lands_before_the_submission(monkeypatch):
    reviewer = make_user("rita", Role.REVIEWER)
    claim = claim_in_review(reviewer, article=make_article(author="Jane Roe"), speaker="")
    tab = logged_in(make_user("eddie", Role.EDITOR))
    page = tab.get(reverse("admin:claims_article_change", args=[claim.article_id]))
    checked = threading.Event()
    refuse = Article.refuse_reattributing_published

    def slow_refuse(self):
        refuse(self)
        checked.set()  # the page's save found nothing to refuse; the reviewer submits now
        time.sleep(1)

    monkeypatch.setattr(Article, "refuse_reattributing_published", slow_refuse)

    def save_author():
        response = submit(tab, page, "Save", {"author": "John Doe"}, follow=True)
        return messages_of(response) + errors_of(response)

    def submit_claim():
        checked.wait(timeout=10)
        workflow.apply(Claim.objects.get(pk=claim.pk), "submit", reviewer)

    outcomes = run_together(lambda fn: fn(), [(save_author,), (submit_claim,)])

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    changed_at = Article.objects.get(pk=claim.article_id).history.first().history_date
    submitted_at = claim.history.filter(history_change_reason=SUBMIT).first().history_date
    assert changed_at < submitted_at
