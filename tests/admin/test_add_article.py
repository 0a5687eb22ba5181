"""The admin's "Add article" page: text, HTML or a URL, one clear error for bad input."""

from urllib.parse import urlencode

import pytest

from claims.ingest import extract_claims
from claims.models import Article

pytestmark = pytest.mark.django_db
ADD = "/admin/claims/article/add/"


def test_an_editor_pastes_text_and_lands_on_the_stored_article(client, editor, seed_text):
    client.force_login(editor)
    response = client.post(ADD, {"text": seed_text})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/claims/article/{article.pk}/change/"
    assert article.ingested_by == editor


def test_pasting_the_same_article_again_finds_the_stored_one(client, editor, seed_text):
    client.force_login(editor)
    client.post(ADD, {"text": seed_text})
    response = client.post(ADD, {"text": seed_text}, follow=True)
    assert Article.objects.count() == 1
    assert "already stored" in response.content.decode()


def test_pasted_html_is_reduced_to_its_article_text(client, editor):
    client.force_login(editor)
    html = (
        "<html><body><nav>Home | Sport</nav><article><h1>Bridge reopens</h1>"
        "<p>The bridge carried 41,000 vehicles a day before it closed in 2023, the council said.</p>"
        "</article><script>alert(1)</script></body></html>"
    )
    client.post(ADD, {"html": html})
    article = Article.objects.get()
    assert "41,000 vehicles" in article.body
    assert "<script" not in article.html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Give exactly one of"),
        ({"text": "Some text.", "url": "https://example.org/a"}, "Give exactly one of"),
        ({"text": "\x01\x02\x03\x04" * 40}, "does not look like text"),
        ({"url": "http://127.0.0.1:9/private"}, "loopback"),
    ],
)
def test_bad_input_is_a_form_error_and_stores_nothing(client, editor, settings, data, message):
    settings.SSRF_ALLOWED_NETWORKS = []
    client.force_login(editor)
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def paste(client, **fields):
    """Post the form as a browser does: URL-encoded, so Cyrillic takes 6 bytes a character."""
    return client.post(ADD, urlencode(fields), content_type="application/x-www-form-urlencoded")


def test_a_long_cyrillic_article_is_accepted_up_to_the_character_limit(client, editor):
    client.force_login(editor)
    paragraph = "Министр заявил, что безработица упала до трёх процентов. " * 8
    text = ((paragraph + "\n\n") * 1_400)[:600_000]

    response = paste(client, text=text)

    assert response.status_code == 302  # a 3.4 MB form body, over Django's default 2.5 MB
    assert len(Article.objects.get().body) > 590_000


@pytest.mark.parametrize("field", ["text", "html"])
def test_an_article_over_the_character_limit_is_a_form_error(client, editor, settings, field):
    settings.INGEST_MAX_CHARS = 2000
    client.force_login(editor)

    response = paste(client, **{field: "<p>Министр заявил.</p> " * 100})

    assert response.status_code == 200
    assert "2,000-character limit" in response.content.decode()
    assert not Article.objects.exists()


def test_reviewers_and_strangers_cannot_add_articles(client, reviewer, stranger):
    for user in (reviewer, stranger):
        client.force_login(user)
        assert client.get(ADD).status_code == 403


def test_the_article_page_shows_skipped_text_escaped(client, editor):
    client.force_login(editor)
    client.post(
        ADD,
        {
            "text": "Headline\n\nThe dam holds 3 billion litres, engineers said.\n\n"
            "COMMENTS\n\n<script>alert(1)</script>"
        },
    )
    article = Article.objects.get()
    extract_claims(article)
    page = client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert "COMMENTS" in page
    assert "<script>alert(1)</script>" not in page
