import json

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

pytestmark = pytest.mark.django_db
SEED = "seeds/000_5e1c3ae6a570970f.txt"


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


def test_dry_run_prints_one_json_document_and_stores_nothing():
    document = json.loads(run("--dry-run", "--format", "json", SEED))
    assert document["article"]["author"] == "Sarkis Zeronian"
    assert {"text", "speaker", "is_quote", "score", "start", "end", "paragraph_index"} <= set(
        document["claims"][0]
    )
    assert any(s["reason"] for s in document["skipped"])
    assert not Article.objects.exists()


def test_the_dry_run_gives_each_quote_the_lead_in_that_introduces_it():
    claims = json.loads(run("--dry-run", "--format", "json", SEED))["claims"]
    lead_in = next(c for c in claims if c["text"].startswith("Assad backed Putin"))
    quoted = [c for c in claims if c["lead_in"] == lead_in["text"]]
    assert quoted and all(c["is_quote"] and c["speaker"] == "Bashar al-Assad" for c in quoted)
    assert all(c["priority"] < lead_in["priority"] for c in quoted)
    assert lead_in["lead_in"] == ""


def test_a_text_file_is_stored_once_however_often_it_is_ingested():
    assert "stored" in run(SEED)
    assert "already stored" in run(SEED)
    assert Article.objects.count() == 1


def test_a_batch_stores_every_article(tmp_path):
    batch = tmp_path / "batch.jsonl"
    lines = [{"text": f"Story {n}: the river rose {n} metres overnight, officials said."} for n in range(3)]
    batch.write_text("\n".join(json.dumps(line) for line in lines))
    output = run("--format", "json", str(batch))
    assert [json.loads(line)["created"] for line in output.splitlines()] == [True, True, True]
    assert Article.objects.count() == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"text": "a", "html": "<p>a</p>"}', "not both"),
        ('{"url": ""}', "Give the article's text, its HTML or its URL"),
        ('{"text": 42}', "must be strings"),
        ('{"text": "  "}', "empty"),
        ('{"text": "The river rose.", "url": "javascript:alert(1)"}', "http"),
    ],
)
def test_a_batch_with_one_bad_line_exits_2_and_stores_nothing(tmp_path, line, message):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": "A fine article with a claim in it."}) + "\n" + line + "\n")
    with pytest.raises(CommandError, match=message) as raised:
        run(str(batch))
    assert raised.value.returncode == 2
    assert ":2:" in str(raised.value)
    assert not Article.objects.exists()


def test_a_missing_file_exits_2():
    with pytest.raises(CommandError, match="no such file") as raised:
        run("does/not/exist.txt")
    assert raised.value.returncode == 2


def test_a_url_is_fetched_and_its_page_metadata_kept(article_server, settings):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    run(f"{article_server}/council-budget")
    article = Article.objects.get()
    assert article.url.endswith("/council-budget")
    assert "412 million dollars" in article.body
    assert "Home" not in article.body  # navigation dropped
    assert "<script" not in article.html  # stored HTML sanitised

    again = run("--format", "json", f"{article_server}/council-budget")
    assert json.loads(again)["created"] is False  # known URL: the same article, not fetched twice
    assert Article.objects.count() == 1


def test_ingesting_nothing_is_refused():
    from claims.ingest import IngestError, ingest

    with pytest.raises(IngestError, match="text, its HTML or its URL"):
        ingest()
    assert not Article.objects.exists()


def test_a_loopback_url_is_refused_unless_a_setting_allows_it(article_server, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    with pytest.raises(CommandError, match="loopback") as raised:
        run(f"{article_server}/council-budget")
    assert raised.value.returncode == 2
    assert not Article.objects.exists()


def test_a_url_that_cannot_be_fetched_is_named_once_in_the_error(article_server, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    url = f"{article_server}/council-budget"
    with pytest.raises(CommandError) as raised:
        run(url)
    assert str(raised.value).count(url) == 1, raised.value
