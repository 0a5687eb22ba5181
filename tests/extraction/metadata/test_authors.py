"""Authors: bylines, notes and meta lines that name the writer, without the date, beat, outlet
or address glued to the name. All text is invented."""

import datetime as dt

import pytest

from claims.extraction import boilerplate as bp
from claims.extraction.html import html_to_text
from claims.extraction.metadata import find_metadata, read_byline, tidy_author
from claims.extraction.pipeline import analyse, extract, extract_html
from tests.extraction.pages import (
    FARES_BODY,
    FARES_HEADLINE,
    FARES_PAGE,
    FERRY_LEDE,
    ferry_page,
    ferry_page_html,
)


def test_a_date_glued_to_the_authors_name_is_cut_off():
    assert tidy_author("Callum Munro Monday December") == "Callum Munro"
    assert tidy_author("Aileen Ross 7 December 2026") == "Aileen Ross"
    assert tidy_author("Theresa May") == "Theresa May"


def test_a_byline_element_the_main_text_leaves_out_gives_the_author():
    page = (
        "<html><head><title>Crab quota cut</title></head><body><article><h1>Crab quota cut</h1>"
        '<div class="by">Martine Leblanc &middot; Gulf Tidings &middot; Posted: Dec 01, 2026</div>'
        "<p>The crab quota was cut by 40 per cent, the fisheries department said on Monday.</p>"
        "<p>Harvesters said 1,300 boats would be idle for most of the spring season.</p>"
        "</article></body></html>"
    )
    assert html_to_text(page).author == "Martine Leblanc"


def test_our_correspondent_is_no_author():
    assert read_byline("By Our Correspondent")[0] is None


def test_a_words_line_closing_the_page_names_the_author():
    text = "Ferry fares rise\n\nThe ferry company said fares would rise by 8 per cent.\n\nWords: Ana Pell"
    assert analyse(text).author == "Ana Pell"


def test_an_outlet_after_a_middle_dot_is_no_part_of_the_author():
    assert tidy_author("Ana Pell · Island Star-Herald") == "Ana Pell"


def test_a_meta_line_opening_with_by_names_the_author_of_a_web_page():
    html = (
        "<html><body><article><h1>Ferry fares rise by 8 per cent</h1>"
        '<p class="meta">By Ana Pell, Kano | Published: May 4, 2026 | 3 mins read</p>'
        "<p>The ferry company said fares would rise by 8 per cent in April, its chief executive said.</p>"
        "</article></body></html>"
    )
    assert extract_html(html).author == "Ana Pell"


def test_the_author_comes_from_a_follow_line_and_the_outlet_from_the_email_domain():
    paragraphs = [
        "Headline",
        "Body of the story mentions Breitbart once.",
        "Follow Sarkis Zeronian on Twitter: or e-mail to: szeronian@breitbart.com",
    ]
    meta = find_metadata(paragraphs, {0: bp.TITLE, 2: bp.SOCIAL_FOLLOW}, "\n\n".join(paragraphs))
    assert (meta.title, meta.author, meta.outlet) == ("Headline", "Sarkis Zeronian", "Breitbart")


def test_a_byline_gives_authors_and_outlet():
    meta = find_metadata(["By Jane Roe and John Smith, Reuters"], {0: bp.BYLINE})
    assert (meta.author, meta.outlet) == ("Jane Roe and John Smith", "Reuters")


def test_a_story_by_byline_names_the_author():
    assert read_byline("Story by Mele Kauvaka-Toa")[0] == "Mele Kauvaka-Toa"
    page = (
        "<html><body><article><h1>Harbour crane breaks down for a second time</h1>"
        '<p class="byline">Story by Mele Kauvaka-Toa</p>'
        "<p>The port's only container crane has been out of service for nine days, the port authority said on"
        " Tuesday, and 14 ships are waiting to unload.</p></article></body></html>"
    )
    assert extract_html(page).author == "Mele Kauvaka-Toa"


@pytest.mark.parametrize(
    "byline",
    [
        "By Ines Calloway | Dec. 8, 2026",
        "Ines Calloway, 8th December 2026",
        "Ines Calloway | 8 December 2026",
    ],
)
def test_a_byline_with_a_date_gives_the_author_and_the_date(byline):
    article = extract(f"{FARES_HEADLINE}\n\n{byline}\n\n{FARES_BODY}")
    assert (article.author, article.published) == ("Ines Calloway", dt.date(2026, 12, 8))


def test_a_name_alone_under_the_headline_is_the_author():
    assert extract(f"{FARES_HEADLINE}\n\nIves Okoro\n\n{FARES_BODY}").author == "Ives Okoro"


def test_a_reporters_note_at_the_foot_gives_the_author_and_the_outlet_from_the_address():
    note = (
        "Ines Calloway is the transport correspondent based in Portsea. Email Ines at icalloway@hfr.example"
    )
    article = extract(f"{FARES_BODY}\n\n{note}")
    assert (article.author, article.outlet) == ("Ines Calloway", "HFR")


def test_a_pages_author_loses_the_beat_and_address_the_markup_adds():
    page = (
        f"<html><head><title>{FARES_HEADLINE}</title>"
        '<meta name="author" content="Ines Calloway; Icalloway Example">'
        f"</head><body>{FARES_PAGE}</body></html>"
    )
    assert extract_html(page).author == "Ines Calloway"


def test_from_name_place_under_the_masthead_is_the_correspondents_byline():
    found = extract(
        ferry_page(
            "Sunday ferries axed in fare row", "Northern Frontier Times", "From Musa Dankano-Bello, Kano"
        )
    )
    assert (found.outlet, found.author) == ("Northern Frontier Times", "Musa Dankano-Bello")
    photo = ("Photo: A flooded street in Lokoja.", "Credit: Confluence Weekly")
    under_photo = extract(
        ferry_page("Sunday ferries axed in fare row", *photo, "Confluence Weekly", "From Musa Dankano, Kano")
    )
    assert (under_photo.outlet, under_photo.author) == ("Confluence Weekly", "Musa Dankano")


def test_a_meta_line_names_the_author_before_the_date():
    assert (
        extract_html(ferry_page_html("Mele Tanoa-Price <span>December 1, 2026 - 7:00am</span>")).author
        == "Mele Tanoa-Price"
    )
    assert (
        extract_html(ferry_page_html("Mele Tanoa-Price - 11 Nov 2026, 10:32 pm")).author == "Mele Tanoa-Price"
    )
    assert (
        extract_html(ferry_page_html("By Mele Tanoa-Price</span> <span>November 30, 2026")).author
        == "Mele Tanoa-Price"
    )
    assert extract_html(ferry_page_html("Harbour Daily <span>December 1, 2026</span>")).author is None


def test_an_author_line_names_the_author_and_is_never_the_outlet():
    page = "Ferry fares rise again\n\nAuthor: Maria Lopez-Tui\nPublished: Updated:\n\n" + FERRY_LEDE
    article = extract(page)
    assert (article.author, article.outlet) == ("Maria Lopez-Tui", None)
    assert "Author:" not in (extract(page.replace("Maria Lopez-Tui", "The Harbour Wire")).outlet or "")
