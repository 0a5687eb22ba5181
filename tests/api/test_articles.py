import json

import pytest

from claims.models import Article
from tests.api.conftest import token_client
from tests.api.factories import make_article, make_claim
from tests.guarded_http.site import html, page, site  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
URL = "/api/v1/articles/"
STORY = "The minister said unemployment fell to 3 percent in 2023. Official figures show 4.1 percent."


@pytest.fixture
def poster(submitter):
    return token_client(submitter)


def test_posting_text_answers_202_with_the_id_and_where_to_poll(poster, submitter):
    response = poster.post(URL, {"text": STORY, "title": "Jobs", "outlet": "The Daily"}, format="json")

    assert response.status_code == 202
    body = response.json()
    article = Article.objects.get()
    assert body["id"] == article.pk and body["created"] is True and body["status"] == "pending"
    assert body["poll"].endswith(f"{URL}{article.pk}/")
    assert response["Location"] == body["poll"]
    assert (article.title, article.outlet, article.ingested_by) == ("Jobs", "The Daily", submitter)
    polled = poster.get(body["poll"]).json()
    assert polled["status"] == "pending" and polled["body"] == STORY


def test_posting_the_same_article_again_returns_the_same_id(poster):
    first = poster.post(URL, {"text": STORY}, format="json").json()
    again = poster.post(URL, {"text": STORY + "\n\n"}, format="json")

    assert again.status_code == 202
    assert again.json()["id"] == first["id"] and again.json()["created"] is False
    assert Article.objects.count() == 1


def test_posted_html_is_stored_as_text_and_sanitised_html(poster):
    markup = (
        "<html><head><title>Jobs report</title><script>alert(1)</script></head><body><article>"
        f"<h1>Jobs report</h1><p>{STORY}</p><p>More context follows in this second paragraph.</p>"
        "</article></body></html>"
    )

    response = poster.post(URL, {"html": markup}, format="json")

    assert response.status_code == 202
    article = Article.objects.get()
    assert "unemployment fell to 3 percent" in article.body
    assert "<script" not in article.body and "<script" not in article.html
    assert article.title == "Jobs report"


def test_a_url_is_fetched_and_its_page_ingested(poster, site, settings):  # noqa: F811
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    site.routes["/story"] = lambda request: html(page("Jobs report", STORY))

    response = poster.post(URL, {"url": site.url("/story")}, format="json")
    again = poster.post(URL, {"url": site.url("/story")}, format="json")

    assert response.status_code == 202, response.json()
    article = Article.objects.get()
    assert "unemployment fell to 3 percent" in article.body
    assert article.url == site.url("/story")
    assert again.json()["id"] == article.pk
    assert site.hits["/story"] == 1  # the second post found it without fetching


def test_a_url_that_cannot_be_fetched_is_a_field_error(poster, site, settings):  # noqa: F811
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]

    response = poster.post(URL, {"url": site.url("/gone")}, format="json")

    assert response.status_code == 400
    assert "404" in response.json()["url"][0]


def test_a_url_whose_host_is_no_valid_name_is_a_field_error_not_a_server_error(poster):
    # Django's URL check lets such characters through; the HTTP client cannot encode them.
    response = poster.post(URL, {"url": "https://①②.example.org/story"}, format="json")

    assert response.status_code == 400
    assert "not a valid host name" in response.json()["url"][0]
    assert not Article.objects.exists()


def test_a_url_on_a_private_network_is_refused(poster, site):  # noqa: F811
    response = poster.post(URL, {"url": site.url("/story")}, format="json")

    assert response.status_code == 400
    assert "refused" in response.json()["url"][0]
    assert site.hits["/story"] == 0


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "text"),
        ({"text": "   \n  "}, "text"),
        ({"text": "\x01\x02\x03\x04" * 40}, "text"),
        ({"text": "nul \x00 byte"}, "text"),
        ({"text": STORY, "html": "<p>x</p>"}, "html"),
        ({"url": "ftp://example.org/story"}, "url"),
        ({"url": "not a url"}, "url"),
        ({"text": STORY, "published_on": "last tuesday"}, "published_on"),
        ({"text": STORY, "title": "x" * 501}, "title"),
        ({"text": 42}, "text"),
        ([1, 2], "non_field_errors"),
    ],
)
def test_bad_input_gets_a_field_error_and_stores_nothing(poster, payload, field):
    response = poster.post(URL, payload, format="json")

    assert response.status_code == 400, response.content
    if field:
        assert field in response.json()
    assert not Article.objects.exists()


def test_malformed_json_is_a_400(poster):
    response = poster.post(URL, '{"text": "unterminated', content_type="application/json")

    assert response.status_code == 400


def test_a_form_or_other_media_type_is_refused_with_415(poster):
    response = poster.post(URL, {"text": STORY}, format="multipart")

    assert response.status_code == 415


def test_an_oversized_body_is_a_json_413_before_it_is_read(poster, settings):
    settings.API_MAX_BODY_BYTES = 10_000

    response = poster.post(URL, json.dumps({"text": "x" * 3_000_000}), content_type="application/json")

    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    assert "10,000-byte limit" in response.json()["detail"]
    assert not Article.objects.exists()


# 600,000 characters, 1.1 MB of UTF-8; JSON-escaped as the example in docs/api.md does, 3 MB
# (over Django's default DATA_UPLOAD_MAX_MEMORY_SIZE of 2.5 MB).
CYRILLIC = (("Министр заявил, что безработица упала до трёх процентов в прошлом году. " * 8 + "\n\n") * 1100)[
    :600_000
]


def test_a_long_cyrillic_article_json_escaped_as_the_readme_does_is_accepted(poster):
    body = json.dumps({"text": CYRILLIC})
    assert len(body) > 2_621_440

    response = poster.post(URL, body, content_type="application/json")

    assert response.status_code == 202, response.content[:300]
    assert len(Article.objects.get().body) > 590_000


@pytest.mark.parametrize("field", ["text", "html"])
def test_an_article_over_the_length_limit_is_a_413_naming_the_field(poster, settings, field):
    settings.INGEST_MAX_CHARS = 2000
    # Within the limit in characters although twice as long in bytes: accepted.
    assert poster.post(URL, {"text": CYRILLIC[:2000]}, format="json").status_code == 202

    response = poster.post(URL, {field: "A sentence. " * 200}, format="json")

    assert response.status_code == 413
    assert "2,000-character limit" in response.json()[field][0]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("payload", ["[" * 5000, '{"text": ' * 5000, "[" * 100_000 + "]" * 100_000])
def test_deeply_nested_json_is_a_400(poster, payload):
    response = poster.post(URL, payload, content_type="application/json")

    assert response.status_code == 400
    # "nested too deeply" where the decoder recurses that far; Python 3.13's stops earlier on
    # unclosed brackets with its own parse error. Either way a JSON 400, never a 500.
    assert response.json()["detail"].startswith("JSON parse error")


def test_a_chunked_body_is_refused_with_411_not_taken_as_empty(poster):
    response = poster.post(
        URL, json.dumps({"text": STORY}), content_type="application/json", HTTP_TRANSFER_ENCODING="chunked"
    )

    assert response.status_code == 411
    assert "Content-Length" in response.json()["detail"]
    assert not Article.objects.exists()


def test_posting_needs_a_token(api):
    response = api.post(URL, {"text": STORY}, format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_posting_needs_the_add_article_permission(reviewer):
    response = token_client(reviewer).post(URL, {"text": STORY}, format="json")

    assert response.status_code == 403
    assert not Article.objects.exists()


def test_articles_are_for_the_newsroom_only(api, stranger, reviewer):
    article = make_article()

    assert api.get(URL).status_code == 401
    assert token_client(stranger).get(f"{URL}{article.pk}/").status_code == 403
    assert token_client(reviewer).get(f"{URL}{article.pk}/").json()["id"] == article.pk


def test_an_article_shows_its_claims_and_how_many(reviewer):
    article = make_article()
    claim = make_claim(article=article)

    client = token_client(reviewer)
    listed = client.get(URL).json()["results"][0]
    detail = client.get(f"{URL}{article.pk}/").json()

    assert listed["claim_count"] == 1
    assert [c["id"] for c in detail["claims"]] == [claim.pk]


@pytest.mark.parametrize("rows", [2, 50])
def test_the_list_costs_the_same_queries_for_2_or_50_rows(reviewer, rows, django_assert_num_queries):
    for _ in range(rows):
        make_claim(article=make_article())
    client = token_client(reviewer)
    client.get(URL)  # the first request of a token may clean up expired ones
    # 1. the token, with its user (knox)   2. the user's other tokens (knox's expiry clean-up)
    # 3. the user's own permissions         4. the user's group permissions
    # 5. the page: articles with their claim count (one GROUP BY query)
    with django_assert_num_queries(5):
        response = client.get(f"{URL}?page_size=50")
    assert len(response.json()["results"]) == rows


def test_metadata_given_with_html_wins_over_the_page_s_own(poster):
    page = f"<html><head><title>The page's title</title></head><body><p>{STORY}</p></body></html>"

    response = poster.post(URL, {"html": page, "title": "Mine"}, format="json")

    assert response.status_code == 202, response.json()
    assert Article.objects.get().title == "Mine"
