"""Two people (or two tabs) on one article's page, and a worker extracting it meanwhile.

Every POST is what the rendered page sends (tests.admin.pages), so the version the page was
loaded with travels only if the page renders it.
"""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.admin.forms import VersionCheckedForm
from claims.article_claims import extract_claims
from claims.models import Article
from claims.tasks import extract_article
from tests.admin.pages import errors_of, form_data, messages_of, submit
from tests.workflow.factories import make_article

pytestmark = pytest.mark.django_db

# Extraction finds the title "Council to raise tax" and the author "Jane Doe" in it.
TEXT = (
    "Council to raise tax\n\nBy Jane Doe\n\n"
    "The mayor said unemployment fell by 7 percent last year. Officials disputed it."
)
KNOWN = {"title": "Council to raise tax", "author": "Jane Doe", "outlet": "The Courier"}


def change_url(article: Article) -> str:
    return reverse("admin:claims_article_change", args=[article.pk])


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_second_of_two_conflicting_article_edits_is_refused_and_the_first_stays(editor, other_editor):
    article = make_article(title="Jobs up")
    erin, eddie = logged_in(editor), logged_in(other_editor)
    erin_page, eddie_page = erin.get(change_url(article)), eddie.get(change_url(article))

    submit(erin, erin_page, "Save", {"title": "Jobs up by 2%"})
    response = submit(eddie, eddie_page, "Save", {"title": "Jobs down", "author": "Sam Smith"})

    assert response.status_code == 200  # the form again, with eddie's input kept
    assert errors_of(response) == [
        f"This article was changed by erin at {article.history.first().history_date:%H:%M:%S} while you "
        "were editing it (you loaded version 1). Your changes were not saved and theirs are kept: reload "
        "the page and make your edit again."
    ]
    assert form_data(response)["title"] == "Jobs down"
    article.refresh_from_db()
    assert (article.title, article.author, article.version) == ("Jobs up by 2%", "", 2)


def test_a_save_after_a_worker_extracted_the_article_meanwhile_goes_through(editor):
    article = make_article(body=TEXT, **KNOWN, published_on=date(2026, 3, 2))
    client = logged_in(editor)
    page = client.get(change_url(article))
    assert "Waiting for a worker to extract the claims" in page.content.decode()

    extract_article(article.pk)
    response = submit(client, page, "Save", {"outlet": "The Evening Courier"}, follow=True)

    assert messages_of(response)[0].startswith("The article “Council to raise tax” was changed successfully.")
    article.refresh_from_db()
    assert (article.status, article.outlet, article.version) == ("extracted", "The Evening Courier", 2)
    assert article.claims.exists()


def test_a_worker_finishing_while_the_save_is_under_way_keeps_what_it_wrote(editor, monkeypatch):
    article = make_article(body=TEXT, **KNOWN, published_on=date(2026, 3, 2))
    client = logged_in(editor)
    page = client.get(change_url(article))
    original_clean = VersionCheckedForm.clean

    def clean_then_the_worker_finishes(form):
        cleaned = original_clean(form)
        extract_article(article.pk)
        return cleaned

    monkeypatch.setattr(VersionCheckedForm, "clean", clean_then_the_worker_finishes)
    submit(client, page, "Save", {"outlet": "The Evening Courier"})

    article.refresh_from_db()  # the page read it pending; saving all of it would make it pending again
    assert (article.status, article.extraction_started_at, article.outlet) == (
        "extracted",
        None,
        "The Evening Courier",
    )


def test_a_title_saved_while_extraction_ran_is_not_overwritten_by_the_worker(editor):
    article = make_article(body=TEXT, title="", outlet="")
    worker_copy = Article.objects.start_extraction(article.pk, timezone.now())
    client = logged_in(editor)
    submit(client, client.get(change_url(article)), "Save", {"title": "Tax rise agreed"})

    extract_claims(worker_copy)

    article.refresh_from_db()
    assert (article.title, article.author, article.status) == ("Tax rise agreed", "Jane Doe", "extracted")


def test_a_page_loaded_before_extraction_filled_a_blank_title_is_refused_rather_than_blank_it(editor):
    article = make_article(body=TEXT, title="", outlet="")
    client = logged_in(editor)
    page = client.get(change_url(article))
    extract_article(article.pk)

    response = submit(client, page, "Save", {"outlet": "The Courier"})

    assert errors_of(response)[0].startswith("This article was changed by the system at ")
    article.refresh_from_db()
    assert (article.title, article.outlet, article.version) == ("Council to raise tax", "", 2)
