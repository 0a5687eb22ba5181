"""Detected metadata longer than its column is cut to fit, on a word and with "…" where it is
words, so storing it never fails (PostgreSQL refuses a longer value; SQLite kept it whole).

Run these on PostgreSQL too: DATABASE_URL=postgres://... pytest tests/ingestion/test_long_metadata.py
"""

import pytest

from claims.article_claims import extract_claims
from claims.models import Article, Claim
from tests.admin.pages import errors_of, submit

pytestmark = pytest.mark.django_db
ADD = "/admin/claims/article/add/"
TITLE_COLUMN = Article._meta.get_field("title").max_length
WORD = "Extraordinarily-Overcomplicated-Counterintuitive"
LONG_HEADLINE = " ".join(["Minister", "Says", *[WORD] * 12])  # 601 characters
BODY = (
    "By Dana Whitfield\n\n"
    "The council approved a budget of 412 million dollars on Tuesday, up 6 percent from last year, "
    "said the mayor.\n\nUnemployment fell to 3.9 percent in March."
)


def assert_cut_on_a_word(stored: str, whole: str, limit: int) -> None:
    assert len(whole) > limit >= len(stored)
    assert stored.endswith("…")
    kept = stored.removesuffix("…")
    assert whole.startswith(kept) and whole[len(kept)] == " "


def test_a_headline_longer_than_the_title_column_is_stored_cut_on_a_word_after_extraction(client, editor):
    client.force_login(editor)
    submit(client, client.get(ADD), "Add article", {"text": f"{LONG_HEADLINE}\n\n{BODY}"})
    article = Article.objects.get()

    extract_claims(article)

    article.refresh_from_db()
    assert_cut_on_a_word(article.title, LONG_HEADLINE, TITLE_COLUMN)
    assert article.author == "Dana Whitfield"
    page = client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert article.title in page


def test_the_preview_fills_in_a_title_that_fits_so_the_article_can_be_added(client, editor):
    client.force_login(editor)
    previewed = submit(client, client.get(ADD), "Preview", {"text": f"{LONG_HEADLINE}\n\n{BODY}"})

    added = submit(client, previewed, "Add article")

    assert added.status_code == 302, errors_of(added)
    assert_cut_on_a_word(Article.objects.get().title, LONG_HEADLINE, TITLE_COLUMN)


def test_a_page_s_long_title_and_too_long_canonical_address_are_stored_so_they_fit(client, editor):
    too_long_url = "https://news.example.org/" + "a" * 2000
    html = (
        f'<html><head><title>{LONG_HEADLINE}</title><link rel="canonical" href="{too_long_url}"></head>'
        f"<body><article><h1>{LONG_HEADLINE}</h1><p>{BODY.replace(chr(10), ' ')}</p></article></body></html>"
    )
    client.force_login(editor)

    submit(client, client.get(ADD), "Add article", {"html": html})

    article = Article.objects.get()
    assert_cut_on_a_word(article.title, LONG_HEADLINE, TITLE_COLUMN)
    assert article.url == ""  # a cut address would lead elsewhere: none is better


def test_a_detected_speaker_longer_than_its_column_is_stored_cut_on_a_word(client, editor):
    name = " ".join(["Bartholomew-Maximilian-Fitzwilliam-Worthington-Smythe"] * 5)  # 269 characters
    text = (
        "Council approves the budget\n\n"
        f'"Unemployment fell to 3.9 percent in March, the lowest since 2001," said {name}.'
    )
    client.force_login(editor)
    submit(client, client.get(ADD), "Add article", {"text": text})

    extract_claims(Article.objects.get())

    assert_cut_on_a_word(Claim.objects.get().speaker, name, Claim._meta.get_field("speaker").max_length)
