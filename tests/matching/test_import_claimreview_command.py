"""manage.py import_claimreview: ClaimReview JSON-LD and HTML pages in, fact-checks out."""

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import FactCheck, MatchVector, Rating, RatingMapping
from tests.matching.claimreview_files import BRIDGE, FERRY, LIGHTHOUSE, as_html_page, as_json, claim_review

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def run(*args) -> str:
    out = StringIO()
    call_command("import_claimreview", *args, stdout=out)
    return out.getvalue()


def write(tmp_path, text: str, name: str = "feed.json") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def mapped():
    RatingMapping.objects.create(rating_key="fabricated", rating=Rating.objects.get(slug="pants-on-fire"))
    RatingMapping.objects.create(rating_key="2 of 1-5", rating=Rating.objects.get(slug="mostly-false"))


def test_a_single_claim_review_is_imported_with_its_mapped_rating(tmp_path, mapped):
    output = run(write(tmp_path, as_json(LIGHTHOUSE)))
    check = FactCheck.objects.get()
    assert check.url == "https://checks.example.org/lighthouse-sold"
    assert check.claim_text.startswith("The town council sold the old lighthouse")
    assert check.headline == "No, the lighthouse was not sold for one euro"
    assert (check.rating_text, check.rating.slug) == ("Fabricated", "pants-on-fire")
    assert (check.publisher, str(check.published_on)) == ("Harbour Checks", "2024-05-02")
    assert "1 imported, 0 updated" in output


def test_a_numeric_rating_maps_through_its_value_and_scale(tmp_path, mapped):
    run(write(tmp_path, as_json(FERRY)))
    check = FactCheck.objects.get()
    assert (check.rating_text, check.rating.slug) == ("2 of 1-5", "mostly-false")


@pytest.mark.parametrize(
    "document",
    [
        [LIGHTHOUSE, FERRY, BRIDGE],
        {"@context": "https://schema.org", "@graph": [LIGHTHOUSE, FERRY, BRIDGE]},
        {
            "@context": "https://schema.org",
            "@type": "DataFeed",
            "dataFeedElement": [
                {"@type": "DataFeedItem", "item": [LIGHTHOUSE]},
                {"@type": "DataFeedItem", "item": FERRY},
                BRIDGE,
            ],
        },
    ],
    ids=["array", "graph", "data-feed"],
)
def test_every_container_of_json_ld_is_read(tmp_path, document):
    run(write(tmp_path, as_json(document)))
    assert FactCheck.objects.count() == 3


def test_claim_reviews_are_read_from_an_html_page(tmp_path):
    page = as_html_page({"@context": "https://schema.org", "@type": "WebPage", "name": "x"}, LIGHTHOUSE)
    run(write(tmp_path, page, "page.html"))
    assert FactCheck.objects.get().url == LIGHTHOUSE["url"]


def test_an_unknown_rating_is_kept_as_text_and_listed(tmp_path, mapped):
    output = run(write(tmp_path, as_json([LIGHTHOUSE, BRIDGE])))
    bridge = FactCheck.objects.get(url=BRIDGE["url"])
    assert (bridge.rating_text, bridge.rating) == ("Needs context", None)
    assert "ratings with no mapping" in output
    assert "'Needs context': 1" in output
    assert "Fabricated" not in output


def test_a_mapping_is_found_whatever_the_case_of_the_rating(tmp_path, mapped):
    shouting = claim_review("https://checks.example.org/x", "Some claim.", {"alternateName": "FABRICATED"})
    run(write(tmp_path, as_json(shouting)))
    assert FactCheck.objects.get().rating.slug == "pants-on-fire"


def test_a_url_seen_before_is_updated_in_place_or_left_alone(tmp_path, mapped):
    path = write(tmp_path, as_json([LIGHTHOUSE, FERRY]))
    run(path)
    first_ids = set(FactCheck.objects.values_list("pk", flat=True))
    reworded = {**LIGHTHOUSE, "claimReviewed": "The council sold the lighthouse for a single euro."}
    output = run(write(tmp_path, as_json([reworded, FERRY]), "again.json"))
    assert "0 imported, 1 updated" in output and "1 unchanged" in output
    assert set(FactCheck.objects.values_list("pk", flat=True)) == first_ids
    assert FactCheck.objects.get(url=LIGHTHOUSE["url"]).claim_text.startswith("The council sold")


def test_skipped_items_are_counted_with_the_reason_for_each(tmp_path):
    no_url = claim_review("", "A claim with no address.")
    no_claim = claim_review("https://checks.example.org/empty", "")
    script_url = claim_review("javascript:alert(1)", "A claim.")
    output = run(write(tmp_path, as_json([LIGHTHOUSE, no_url, no_claim, script_url, LIGHTHOUSE])))
    assert FactCheck.objects.count() == 1
    assert "1 imported, 0 updated (URL seen before, content changed), 0 unchanged" in output
    assert "4 skipped" in output
    assert "skipped ClaimReview 2: it has no url" in output
    assert "skipped https://checks.example.org/empty: it has no claimReviewed text" in output
    assert "skipped javascript:alert(1): its url is not an http(s) address" in output
    assert f"skipped {LIGHTHOUSE['url']}: its url came earlier in this input" in output


def test_a_dry_run_counts_but_stores_nothing(tmp_path):
    output = run("--dry-run", write(tmp_path, as_json([LIGHTHOUSE, FERRY])))
    assert "2 would be imported" in output
    assert not FactCheck.objects.exists()


def test_imported_fact_checks_get_their_vectors_from_the_embed_task(
    tmp_path, django_capture_on_commit_callbacks
):
    from celery import current_app

    current_app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            run(write(tmp_path, as_json([LIGHTHOUSE, FERRY])))
    finally:
        current_app.conf.task_always_eager = False
    ids = set(FactCheck.objects.values_list("pk", flat=True))
    assert set(MatchVector.objects.filter(kind="fact_check").values_list("object_id", flat=True)) == ids


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"@type": "ClaimReview", "url": ', "not valid JSON"),
        ("Just a sentence, not a document.", "neither JSON nor an HTML page"),
        (
            '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}',
            "no ClaimReview found",
        ),
        ("<html><body><p>No structured data here.</p></body></html>", "no ClaimReview found"),
    ],
    ids=["broken-json", "plain-text", "json-without-claimreview", "html-without-claimreview"],
)
def test_unusable_input_exits_2_and_stores_nothing(tmp_path, text, message):
    with pytest.raises(CommandError, match=message) as raised:
        run(write(tmp_path, text))
    assert raised.value.returncode == 2
    assert not FactCheck.objects.exists()


def test_a_missing_file_exits_2(tmp_path):
    with pytest.raises(CommandError, match="cannot read the file") as raised:
        run(str(tmp_path / "absent.json"))
    assert raised.value.returncode == 2


def test_a_file_that_is_not_utf_8_exits_2(tmp_path):
    path = tmp_path / "feed.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(CommandError, match="not valid UTF-8") as raised:
        run(str(path))
    assert raised.value.returncode == 2


def test_a_nul_character_in_a_feeds_text_is_dropped_so_postgresql_stores_it(tmp_path):
    # PostgreSQL refuses NUL in text columns: kept, it would end the import in a traceback.
    review = {**FERRY, "claimReviewed": "Ferry fares\u0000 tripled.", "headline": "Fares\u0000"}
    run(write(tmp_path, as_json(review)))
    check = FactCheck.objects.get()
    assert (check.claim_text, check.headline) == ("Ferry fares tripled.", "Fares")


def test_an_item_that_breaks_the_database_leaves_nothing_half_imported(tmp_path, monkeypatch):
    from claims.models import fact_check

    saved = []
    real_save = fact_check.FactCheck.save

    def save_then_fail_on_the_second(self, *args, **kwargs):
        saved.append(self.url)
        if len(saved) == 2:
            raise RuntimeError("disk full")
        real_save(self, *args, **kwargs)

    monkeypatch.setattr(fact_check.FactCheck, "save", save_then_fail_on_the_second)
    with pytest.raises(RuntimeError):
        run(write(tmp_path, as_json([LIGHTHOUSE, FERRY])))
    assert not FactCheck.objects.exists()


class _FactCheckSite(BaseHTTPRequestHandler):
    def do_GET(self):
        body = as_html_page(LIGHTHOUSE).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fact_check_site():
    server = ThreadingHTTPServer(("127.0.0.3", 0), _FactCheckSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.3:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_page_is_fetched_and_its_claim_review_imported(fact_check_site, settings):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    run(f"{fact_check_site}/lighthouse")
    assert FactCheck.objects.get().url == LIGHTHOUSE["url"]


def test_a_url_the_ssrf_guard_refuses_exits_2(fact_check_site, settings):
    settings.SSRF_ALLOWED_NETWORKS = []
    with pytest.raises(CommandError, match="loopback") as raised:
        run(f"{fact_check_site}/lighthouse")
    assert raised.value.returncode == 2
    assert not FactCheck.objects.exists()


def test_from_the_shell_bad_input_prints_one_line_and_exits_2(tmp_path):
    path = write(tmp_path, "neither this nor that")
    done = subprocess.run(
        [sys.executable, "manage.py", "import_claimreview", path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"CommandError: {path}: neither JSON nor an HTML page"]


def test_standard_input_is_read_with_a_dash(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(as_json([FERRY, BRIDGE]).encode())))
    assert "2 imported" in run("-")
    assert FactCheck.objects.count() == 2
