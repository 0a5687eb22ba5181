"""The three ways in (the ingest command, the admin's "Add article" page, the API) check an
article with the same rules: the same bad input gets the same message from each, and a URL
stored before is not fetched again by any of them."""

import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article
from tests.admin.pages import errors_of, submit
from tests.api.conftest import token_client
from tests.guarded_http.site import html, page

pytestmark = pytest.mark.django_db
STORY = "The minister said unemployment fell to 3 percent in 2023. Official figures show 4.1 percent."


def by_command(tmp_path, fields: dict) -> str:
    """The command's one line for a batch of one article, without the file:line prefix."""
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps(fields) + "\n", encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        call_command("ingest", str(batch))
    assert refused.value.returncode == 2
    return str(refused.value).removeprefix(f"{batch}:1: ")


def by_admin(client, editor, fields: dict) -> str:
    """The one error the "Add article" page shows after the editor fills it in and adds it."""
    client.force_login(editor)
    response = submit(client, client.get("/admin/claims/article/add/"), "Add article", fields)
    assert response.status_code == 200
    [error] = errors_of(response)
    return error


def by_api(submitter, fields: dict) -> str:
    """The one field error the API answers with."""
    response = token_client(submitter).post("/api/v1/articles/", fields, format="json")
    assert response.status_code in (400, 413), response.content
    [messages] = response.json().values()
    return messages[0]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Give the article's text, its HTML or its URL."),
        ({"text": STORY, "html": f"<p>{STORY}</p>"}, "Give the article's text or its HTML, not both."),
        ({"text": "\x01\x02\x03\x04" * 40}, "input does not look like text (too many control characters)"),
        ({"text": STORY * 40}, "over the 2,000-character limit"),
        ({"html": f"<p>{STORY}</p>" * 40}, "over the 2,000-character limit"),
    ],
)
def test_the_same_bad_input_gets_the_same_message_from_every_way_in(
    tmp_path,
    client,
    editor,
    submitter,
    settings,
    fields,
    message,
):
    settings.INGEST_MAX_CHARS = 2000

    answers = {by_command(tmp_path, fields), by_admin(client, editor, fields), by_api(submitter, fields)}

    assert len(answers) == 1, answers
    assert message in answers.pop()
    assert not Article.objects.exists()


def test_a_stored_url_is_not_fetched_again_by_any_way_in(
    tmp_path,
    client,
    editor,
    submitter,
    site,
    settings,
):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    site.routes["/story"] = lambda request: html(page("Jobs report", STORY))
    url = site.url("/story")
    token_client(submitter).post("/api/v1/articles/", {"url": url}, format="json")
    stored = Article.objects.get()
    assert site.hits["/story"] == 1

    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"url": url}) + "\n", encoding="utf-8")
    call_command("ingest", str(batch))
    client.force_login(editor)
    added = submit(client, client.get("/admin/claims/article/add/"), "Add article", {"url": url})
    again = token_client(submitter).post("/api/v1/articles/", {"url": url}, format="json")

    assert added["Location"] == f"/admin/claims/article/{stored.pk}/change/"
    assert again.json() == {**again.json(), "id": stored.pk, "created": False}
    assert Article.objects.count() == 1
    assert site.hits["/story"] == 1


def test_a_url_beside_the_text_is_its_address_and_is_not_fetched_by_any_way_in(
    tmp_path,
    client,
    editor,
    submitter,
    site,
    settings,
):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    texts = [f"{STORY} Story {n}." for n in range(3)]
    urls = [site.url(f"/story-{n}") for n in range(3)]

    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": texts[0], "url": urls[0]}) + "\n", encoding="utf-8")
    call_command("ingest", str(batch))
    client.force_login(editor)
    submit(
        client, client.get("/admin/claims/article/add/"), "Add article", {"text": texts[1], "url": urls[1]}
    )
    token_client(submitter).post("/api/v1/articles/", {"text": texts[2], "url": urls[2]}, format="json")

    assert sorted(Article.objects.values_list("url", flat=True)) == sorted(urls)
    assert not any(site.hits.values())
