"""Whose voice a page is in (issue #19, the fourteenth set): a signed column's own sentences
are its writer's, and a release whose sender stands on its own line under the release
markers is that sender's, with the line below it as the headline. All text is invented."""

from claims.extraction.pipeline import WRITERS_VOICE, analyse, extract
from tests.extraction.reading import claim_speakers, claim_texts

COLUMN = "\n\n".join(
    [
        "OPINION",
        "Late payment is the real credit crunch",
        "By Ottilie Brannock",
        "I ran a small joinery in Kettering for nine years before I sold it in 2024.",
        "Suppliers to large firms wait an average of 71 days to be paid, twice the legal limit.",
        "“We stopped bidding for council work,” one roofer told me.",
        "Gideon Fairweather, who chairs the Joiners’ Guild, said 300 of its members had closed.",
        "The writer is a former joiner and sits on the board of a small business charity.",
    ]
)


def _speakers(extraction) -> dict[str, str | None]:
    return {c.text: c.speaker for c in extraction.claims}


def test_a_signed_columns_own_sentences_are_its_writers():
    extraction = extract(COLUMN)
    by_text = {c.text: c for c in extraction.claims}
    late = by_text["Suppliers to large firms wait an average of 71 days to be paid, twice the legal limit."]
    assert (late.speaker, late.speaker_reason) == ("Ottilie Brannock", WRITERS_VOICE)
    assert _speakers(extraction)[
        "I ran a small joinery in Kettering for nine years before I sold it in 2024."
    ] == ("Ottilie Brannock")


def test_in_a_column_whoever_a_sentence_names_still_speaks_and_quotes_stay_unassigned():
    speakers = _speakers(extract(COLUMN))
    assert (
        speakers["Gideon Fairweather, who chairs the Joiners’ Guild, said 300 of its members had closed."]
        == "Gideon Fairweather"
    )
    quote = next(text for text in speakers if text.startswith("“We stopped bidding"))
    assert speakers[quote] != "Ottilie Brannock"


def test_a_news_story_without_an_opinion_label_keeps_its_narration_unassigned():
    story = COLUMN.replace("OPINION\n\n", "").replace(
        "\n\nThe writer is a former joiner and sits on the board of a small business charity.", ""
    )
    speakers = _speakers(extract(story))
    assert (
        speakers["Suppliers to large firms wait an average of 71 days to be paid, twice the legal limit."]
        is None
    )


RELEASE = "\n\n".join(
    [
        "PRESS RELEASE",
        "Tarrow Valley Dairy Farmers’ Union",
        "Dairy union opens 14 new milk collection centres",
        "Tarrow, 3 December 2026",
        "The Tarrow Valley Dairy Farmers’ Union has opened 14 milk collection centres since June.",
        "The centres collect 38,000 litres a day from 1,200 farms.",
        "-ENDS-",
        "Notes to editors:",
        "The Tarrow Valley Dairy Farmers’ Union is a farmer-owned union founded in 1987.",
        "For media enquiries: Ada Quill, press@tvdfu.example",
    ]
)


def test_a_releases_sender_on_its_own_line_is_not_the_headline_but_the_outlet():
    extraction = analyse(RELEASE)
    assert extraction.title == "Dairy union opens 14 new milk collection centres"
    assert extraction.outlet == "Tarrow Valley Dairy Farmers’ Union"


def test_a_releases_own_sentences_are_its_senders():
    speakers = claim_speakers(RELEASE)
    assert (
        speakers["The centres collect 38,000 litres a day from 1,200 farms."]
        == "Tarrow Valley Dairy Farmers’ Union"
    )


def test_what_follows_a_releases_end_mark_is_the_senders_notes_not_claims():
    texts = claim_texts(RELEASE)
    assert not any("founded in 1987" in t for t in texts)
    assert "The centres collect 38,000 litres a day from 1,200 farms." in texts
