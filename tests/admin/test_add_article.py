"""The admin's "Add article" page: text, HTML or a URL, one clear error for bad input."""

from urllib.parse import urlencode

import pytest

from claims.article_claims import extract_claims
from claims.models import Article
from tests.admin.pages import form_data, submit

pytestmark = pytest.mark.django_db
ADD = "/admin/claims/article/add/"


def test_an_editor_pastes_text_and_lands_on_the_stored_article(client, editor, seed_text):
    client.force_login(editor)
    response = client.post(ADD, {"text": seed_text})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/claims/article/{article.pk}/change/"
    assert article.ingested_by == editor


def test_a_pasted_article_s_page_says_its_claims_are_being_extracted_until_they_are(
    client, editor, seed_text
):
    client.force_login(editor)
    page = client.post(ADD, {"text": seed_text}, follow=True).content.decode()
    assert "a worker is extracting its claims. Reload this page" in page
    assert "Waiting for a worker to extract the claims" in page
    article = Article.objects.get()
    extract_claims(article)
    page = client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert "Waiting for a worker" not in page and "Claims extracted" in page


def test_the_article_page_shows_the_extraction_task_but_offers_no_box_to_change_it(client, editor, seed_text):
    client.force_login(editor)
    client.post(ADD, {"text": seed_text})
    Article.objects.update(extraction_task_id="9f1c-attempt-of-a-worker")
    page = client.get(f"/admin/claims/article/{Article.objects.get().pk}/change/")
    assert "9f1c-attempt-of-a-worker" in page.content.decode()
    assert "extraction_task_id" not in form_data(page)


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
        ({}, "its HTML or its URL"),
        ({"text": "Some text.", "html": "<p>Some text.</p>"}, "not both"),
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


def test_a_url_that_cannot_be_fetched_says_to_paste_the_text_instead(client, editor, settings):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    client.force_login(editor)
    response = client.post(ADD, {"url": "http://127.0.0.2:9/closed-port"})
    assert response.status_code == 200
    assert "paste its text or HTML instead" in response.content.decode()
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


def test_the_article_page_says_which_skipped_lines_were_kept_as_its_title_and_byline(client, editor):
    client.force_login(editor)
    client.post(
        ADD,
        {"text": "Dam levels fall again\n\nBy Jane Roe\n\nThe dam holds 3 billion litres, engineers said."},
    )
    article = Article.objects.get()
    extract_claims(article)
    page = client.get(f"/admin/claims/article/{article.pk}/change/").content.decode()
    assert "<li>Kept as the title: <q>Dam levels fall again</q></li>" in page
    assert "<li>Read as the byline: <q>By Jane Roe</q></li>" in page


HARBOUR = """Harbour tolls to double from April

By Jane Roe

14 March 2026

The port authority will double tolls for cargo ships from April, its chief executive said on Friday.

Tolls have not risen since 2019, the authority said.

jane.roe@harbourtimes.co.uk"""

TRAM_PAGE = (
    "<html><head><title>Tram line opens</title>"
    '<link rel="canonical" href="https://news.example.org/tram-line">'
    '<meta name="author" content="Sam Poe"><meta property="og:site_name" content="Example News">'
    '<meta property="article:published_time" content="2026-02-01"></head>'
    "<body><article><h1>Tram line opens</h1>"
    "<p>The new tram line carries 12,000 passengers a day, the city council said on Monday.</p>"
    "<p>It cost 480 million euros to build, according to the council.</p></article></body></html>"
)


def test_preview_shows_the_metadata_found_in_pasted_text_and_stores_nothing(client, editor):
    client.force_login(editor)

    form = form_data(submit(client, client.get(ADD), "Preview", {"text": HARBOUR}))

    assert form["title"] == "Harbour tolls to double from April"
    assert form["author"] == "Jane Roe"
    assert form["outlet"] == "Harbourtimes"
    assert form["published_on"] == "2026-03-14"
    assert form["text"] == HARBOUR
    assert not Article.objects.exists()


def test_metadata_corrected_after_the_preview_is_what_is_stored(client, editor):
    client.force_login(editor)
    preview = submit(client, client.get(ADD), "Preview", {"text": HARBOUR})
    corrected = {"outlet": "The Harbour Times", "url": "https://harbourtimes.example/tolls"}

    response = submit(client, preview, "Add article", corrected)

    article = Article.objects.get()
    assert response.status_code == 302
    assert (article.title, article.author, article.outlet) == (
        "Harbour tolls to double from April",
        "Jane Roe",
        "The Harbour Times",
    )
    assert str(article.published_on) == "2026-03-14"
    assert article.url == "https://harbourtimes.example/tolls"
    extract_claims(article)
    article.refresh_from_db()
    assert article.outlet == "The Harbour Times"


def test_typed_metadata_wins_over_detection_without_a_preview(client, editor):
    client.force_login(editor)

    submit(client, client.get(ADD), "Add article", {"text": HARBOUR, "title": "Port tolls rise"})
    article = Article.objects.get()
    extract_claims(article)

    article.refresh_from_db()
    assert article.title == "Port tolls rise"
    assert article.author == "Jane Roe"  # left blank: detected


def test_preview_of_pasted_html_shows_the_page_metadata_and_a_typed_title_wins(client, editor):
    client.force_login(editor)
    preview = submit(client, client.get(ADD), "Preview", {"html": TRAM_PAGE, "title": "Tram opens"})
    form = form_data(preview)

    assert (form["title"], form["author"], form["outlet"]) == ("Tram opens", "Sam Poe", "Example News")
    assert (form["published_on"], form["url"]) == ("2026-02-01", "https://news.example.org/tram-line")

    submit(client, preview, "Add article", {"author": "Sam Poe and Ann Lee"})
    article = Article.objects.get()
    assert (article.title, article.author) == ("Tram opens", "Sam Poe and Ann Lee")
    assert article.outlet == "Example News"
    assert article.url == "https://news.example.org/tram-line"


def test_preview_of_a_url_alone_fetches_nothing_and_says_when_it_will(client, editor, monkeypatch):
    monkeypatch.setattr("claims.ingest.fetch", lambda *a, **k: pytest.fail("fetched on preview"))
    client.force_login(editor)

    response = submit(client, client.get(ADD), "Preview", {"url": "https://news.example.org/tram-line"})

    assert "fetched only when you add it" in response.content.decode()
    assert form_data(response)["url"] == "https://news.example.org/tram-line"
    assert not Article.objects.exists()


def test_previewing_an_article_over_the_character_limit_is_a_form_error(client, editor, settings):
    settings.INGEST_MAX_CHARS = 2000
    client.force_login(editor)

    response = submit(client, client.get(ADD), "Preview", {"text": "Министр заявил.\n\n" * 200})

    assert "2,000-character limit" in response.content.decode()
    assert not Article.objects.exists()


def test_a_date_that_is_not_a_date_is_a_form_error(client, editor):
    client.force_login(editor)

    response = submit(
        client, client.get(ADD), "Add article", {"text": HARBOUR, "published_on": "next Tuesday"}
    )

    assert response.status_code == 200
    assert "Enter a valid date" in response.content.decode()
    assert not Article.objects.exists()


PASTED_PAGE = """Skip to main contentSkip to navigation

Home | News | Business | Sport | Opinion

Ferry fares to rise 12 percent in January

Ines Calloway, 3rd December 2026

Fares on the harbour ferries will rise by 12 percent in January, the operator said on Monday.

(c) 2026 The Harbour Herald. All rights reserved."""


def test_preview_of_a_pasted_page_fills_title_outlet_author_and_date_from_its_furniture(client, editor):
    client.force_login(editor)

    form = form_data(submit(client, client.get(ADD), "Preview", {"text": PASTED_PAGE}))

    assert (form["title"], form["outlet"], form["author"], form["published_on"]) == (
        "Ferry fares to rise 12 percent in January",
        "The Harbour Herald",
        "Ines Calloway",
        "2026-12-03",
    )
