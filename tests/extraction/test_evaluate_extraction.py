"""`manage.py evaluate_extraction`: the labelled sets score above their floors, and bad labels say why."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

LABELLED = Path(__file__).resolve().parent / "labelled"


def run(*args) -> str:
    out = StringIO()
    call_command("evaluate_extraction", *args, stdout=out)
    return out.getvalue()


def write_article(folder: Path, text: str, labels: dict) -> None:
    (folder / "a.txt").write_text(text, "utf-8")
    (folder / "a.json").write_text(json.dumps(labels), "utf-8")


def test_the_table_shows_each_article_and_a_total_line(tmp_path):
    """The per-article table and totals (the dev floors are gated by `make evaluate-extraction`)."""
    for name in ("01_wire_budget", "02_speech_transcript"):
        for source in (LABELLED / "dev").glob(f"{name}.*"):
            (tmp_path / source.name).symlink_to(source)
    output = run("--labels", str(tmp_path), "--min-recall", "0.5")
    assert "01_wire_budget" in output and "02_speech_transcript" in output
    assert "queued recall" in output and "speaker accuracy" in output and "queued share" in output
    assert "all floors met" in output


def test_a_floor_not_met_fails_with_exit_code_1(tmp_path):
    write_article(
        tmp_path,
        "Unemployment fell to 3.9 percent last year, Jane Doe said.",
        {"claims": [{"text": "Unemployment fell to 3.9 percent", "speaker": "John Roe"}]},
    )
    with pytest.raises(CommandError, match="speaker accuracy 0.000 < 0.9") as raised:
        run("--labels", str(tmp_path), "--min-speaker-accuracy", "0.9")
    assert raised.value.returncode == 1


def test_a_labelled_claim_missing_from_the_article_is_a_label_error_with_exit_code_2(tmp_path):
    write_article(
        tmp_path, "Unemployment fell to 3.9 percent last year.", {"claims": [{"text": "4.1 percent"}]}
    )
    with pytest.raises(CommandError, match="claim text not in the article: '4.1 percent'") as raised:
        run("--labels", str(tmp_path))
    assert raised.value.returncode == 2


def test_an_article_without_labels_is_an_error_with_exit_code_2(tmp_path):
    (tmp_path / "a.txt").write_text("Unemployment fell to 3.9 percent last year.", "utf-8")
    with pytest.raises(CommandError, match="no labels") as raised:
        run("--labels", str(tmp_path))
    assert raised.value.returncode == 2


def test_outlet_author_and_date_labels_are_scored_like_titles(tmp_path):
    write_article(
        tmp_path,
        "Ferry fares rise again\n\nBy Ines Calloway, The Harbour Herald\n\nPublished 3 December 2026\n\n"
        "Ferry fares rose 12 percent on Monday, the operator said.",
        {
            "title": "Ferry fares rise again",
            "outlet": "The Harbour Herald",
            "author": "Ines Calloway",
            "published": "2026-12-04",
            "claims": [],
        },
    )
    output = run("--labels", str(tmp_path), "-v", "2")
    assert "titles 1/1, outlets 1/1, authors 1/1, dates 0/1" in output
    assert "published '2026-12-03', expected '2026-12-04'" in output


def test_a_published_label_that_is_not_an_iso_date_is_a_label_error(tmp_path):
    write_article(tmp_path, "Fares rose 12 percent.", {"published": "3 December 2026", "claims": []})
    with pytest.raises(CommandError, match='"published" wants a YYYY-MM-DD string'):
        run("--labels", str(tmp_path))


def test_the_share_is_also_given_for_sentences_without_a_labelled_claim_and_at_real_page_density(tmp_path):
    write_article(
        tmp_path,
        "Unemployment fell to 3.9 percent last year, Jane Doe said.\n\n"
        "Exports rose 14 percent to $2.1 billion in 2025, the ministry said.\n\n"
        "The weather was mild on Tuesday.",
        {"claims": [{"text": "Unemployment fell to 3.9 percent"}]},
    )
    output = run("--labels", str(tmp_path))
    # The export figure is queued without a label; the weather line is not queued.
    assert "sentences holding no labelled claim: 1 of 2 queued (50.0%)" in output
    # 27% of sentences at 100% recall, 73% at the 50% rate: 0.267 + 0.366.
    assert "(27% of sentences are claims) the queued share would be 63.3%" in output
    with pytest.raises(CommandError, match="queued share at real-page density 0.633 > 0.45") as raised:
        run("--labels", str(tmp_path), "--max-real-density-share", "0.45")
    assert raised.value.returncode == 1


def test_an_author_written_in_capitals_on_the_page_is_the_same_person_title_cased(tmp_path):
    body = "Ferry fares rose 12 percent on Monday, the operator said."
    labels = {"title": "Ferry fares rise again", "author": "INES CALLOWAY-RUIZ", "claims": []}
    write_article(tmp_path, f"Ferry fares rise again\n\nBy INES CALLOWAY-RUIZ\n\n{body}", labels)
    assert "authors 1/1" in run("--labels", str(tmp_path))
    write_article(tmp_path, f"Ferry fares rise again\n\nBy Ines Calloway\n\n{body}", labels)
    assert "authors 0/1" in run("--labels", str(tmp_path))  # another name is still wrong


def test_an_outlet_with_or_without_a_leading_the_is_the_same_outlet(tmp_path):
    body = "Ferry fares rose 12 percent on Monday, the operator said."
    labels = {"outlet": "Harbour Herald", "claims": []}
    write_article(
        tmp_path, f"Ferry fares rise again\n\nBy Ines Calloway, The Harbour Herald\n\n{body}", labels
    )
    assert "outlets 1/1" in run("--labels", str(tmp_path))
    write_article(
        tmp_path, f"Ferry fares rise again\n\nBy Ines Calloway, The Harbour Times\n\n{body}", labels
    )
    assert "outlets 0/1" in run("--labels", str(tmp_path))
