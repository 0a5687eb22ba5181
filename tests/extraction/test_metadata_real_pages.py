"""Title, outlet, author and date from the layouts real pages have when pasted or fetched
(issue #19): notices and menus above the headline, the page title pasted with the outlet's
name, bylines with a date or a beat, mastheads, copyright lines, a reporter's note."""

import datetime as dt

import pytest

from claims.extraction.pipeline import extract, extract_html

HEADLINE = "Ferry fares to rise 12 percent in January"
BODY = (
    "Fares on the harbour ferries will rise by 12 percent in January, the operator said on Monday.\n\n"
    "The operator said fuel costs had doubled since 2024."
)


@pytest.mark.parametrize(
    "notice",
    [
        "Skip to main contentSkip to navigation",
        "Your web browser is no longer supported. To improve your experience update it here",
        "Home | News | Politics | Business | Sport | Opinion",
        "Press Release",
        "Wednesday, December 9, 2026",
        "Fri. Dec 4th, 2026",
    ],
)
def test_a_notice_menu_or_date_above_the_headline_does_not_take_the_title(notice):
    assert extract(f"{notice}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_short_headline_under_the_date_stays_the_title():
    article = extract(
        f"9 Dec 2026\n\nFerry Strike\n\nFrom the morning bulletin, 7:05 am on 9 December 2026\n\n{BODY}"
    )
    assert (article.title, article.published) == ("Ferry Strike", dt.date(2026, 12, 9))


def test_a_pasted_page_title_gives_the_headline_below_it_and_the_outlet_after_the_dash():
    pasted = f"{HEADLINE} - Harbour Radio News (Harbour Trust)\n\nUpdated December 9, 2026 10:02\n\n"
    article = extract(f"{pasted}{HEADLINE}\n\n{BODY}")
    assert (article.title, article.outlet, article.published) == (
        HEADLINE,
        "Harbour Radio News",
        dt.date(2026, 12, 9),
    )


def test_a_page_title_with_a_bar_gives_the_outlet_after_it():
    article = extract(f"{HEADLINE} | The Harbour Herald\n\n{BODY}")
    assert (article.title, article.outlet) == (HEADLINE, "The Harbour Herald")


def test_a_breadcrumb_glued_to_the_headline_is_not_part_of_the_title():
    assert extract(f"Home Transport {HEADLINE}\n\n{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_shorter_headline_below_a_title_does_not_replace_it():
    title = f"{HEADLINE}, operator confirms"
    assert extract(f"{title}\n\n{HEADLINE}\n\n{BODY}").title == title


def test_the_masthead_among_the_menu_lines_is_the_outlet_but_a_menu_word_is_not():
    menu = "Home\nNews\nSport\nThe Harbourside Courier\n\n"
    assert extract(f"{menu}{HEADLINE}\nBy Ines Calloway\n\n{BODY}").outlet == "The Harbourside Courier"
    assert extract(f"Home\nNews\nSport\n\n{HEADLINE}\nBy Ines Calloway\n\n{BODY}").outlet is None


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Kofi Mensah-Boateng, Harbour Courier Business Desk", "Kofi Mensah-Boateng", "Harbour Courier"),
        ("By Kofi Mensah, Accra", "Kofi Mensah", None),
        ("By Kofi Mensah, Health Correspondent", "Kofi Mensah", None),
        ("By Political reporter Kofi Mensah", "Kofi Mensah", None),
        ("By KOFI MENSAH", "Kofi Mensah", None),
        ("by Harbour News..", None, "Harbour News"),
    ],
)
def test_a_bylines_outlet_is_an_outlet_not_a_place_or_a_beat(byline, author, outlet):
    article = extract(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (article.author, article.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "byline",
    [
        "By Ines Calloway | Dec. 8, 2026",
        "Ines Calloway, 8th December 2026",
        "Ines Calloway | 8 December 2026",
    ],
)
def test_a_byline_with_a_date_gives_the_author_and_the_date(byline):
    article = extract(f"{HEADLINE}\n\n{byline}\n\n{BODY}")
    assert (article.author, article.published) == ("Ines Calloway", dt.date(2026, 12, 8))


def test_a_name_alone_under_the_headline_is_the_author():
    assert extract(f"{HEADLINE}\n\nIves Okoro\n\n{BODY}").author == "Ives Okoro"


def test_an_outlet_on_the_line_under_the_byline_is_the_outlet():
    article = extract(f"{HEADLINE}\nBy INES CALLOWAY\nHarbour Press\n{BODY}")
    assert (article.author, article.outlet) == ("Ines Calloway", "Harbour Press")


def test_a_staff_byline_gives_the_outlet_and_its_stamp_the_date():
    article = extract(
        f"{HEADLINE}\n\nBy the Harbour Courant staff | Updated 3:15 p.m. ET, Dec. 8, 2026\n\n{BODY}"
    )
    assert (article.outlet, article.published) == ("Harbour Courant", dt.date(2026, 12, 8))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(c) 2026 The Harbour Herald", "The Harbour Herald"),
        ("Copyright 2026 Harbour Evening Post. All rights reserved.", "Harbour Evening Post"),
        ("© Northern Harbour Press Ltd 2026. All rights reserved.", "Northern Harbour Press"),
        ("©2026 The Harbour Ledger", "The Harbour Ledger"),
        ("© Getty Images 2026", None),
    ],
)
def test_a_copyright_line_names_the_outlet_unless_it_is_a_photo_agency(line, outlet):
    assert extract(f"{HEADLINE}\n\n{BODY}\n\n{line}").outlet == outlet


def test_a_published_in_note_at_the_foot_gives_the_outlet_and_the_date():
    article = extract(f"{HEADLINE}\n\n{BODY}\n\nPublished in The Harbour Mail, December 8th, 2026")
    assert (article.outlet, article.published) == ("The Harbour Mail", dt.date(2026, 12, 8))


def test_an_email_domain_is_spelled_as_the_text_spells_the_outlet():
    text = f"{HEADLINE}\n\n{BODY} Checked by the Harbour Times fact desk.\n\nTips: desk@harbourtimes.example"
    assert extract(text).outlet == "Harbour Times"


def test_a_reporters_note_at_the_foot_gives_the_author_and_the_outlet_from_the_address():
    note = (
        "Ines Calloway is the transport correspondent based in Portsea. Email Ines at icalloway@hfr.example"
    )
    article = extract(f"{BODY}\n\n{note}")
    assert (article.author, article.outlet) == ("Ines Calloway", "HFR")


PAGE_BODY = (
    "<article><p>Fares on the harbour ferries will rise by 12 percent in January, the operator said on"
    " Monday.</p><p>The operator said fuel costs had doubled since 2024, and that the rise would pay for"
    " two new boats.</p></article>"
)


def test_a_page_without_a_site_name_takes_the_outlet_from_its_title_bar():
    page = (
        f"<html><head><title>{HEADLINE}, operator says | The Harbour Herald</title></head><body>{PAGE_BODY}"
    )
    assert extract_html(page).outlet == "The Harbour Herald"


def test_a_pages_year_only_date_yields_to_its_published_stamp():
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><div>Published Dec. 2, 2026 | Updated Dec. 3,"
        f" 2026</div>{PAGE_BODY}<footer>2026</footer></body></html>"
    )
    assert extract_html(page).published == dt.date(2026, 12, 2)


def test_a_pages_author_loses_the_beat_and_address_the_markup_adds():
    page = (
        f"<html><head><title>{HEADLINE}</title>"
        '<meta name="author" content="Ines Calloway; Icalloway Example">'
        f"</head><body>{PAGE_BODY}</body></html>"
    )
    assert extract_html(page).author == "Ines Calloway"


def test_a_long_headline_keeps_apart_from_the_outlets_byline_on_the_next_line():
    headline = "Harbour Council Approves N48bn Ferry Terminal Upgrade After Public Hearing – Speaker"
    article = extract(f"Thursday, December 3, 2026\n{headline}\nby Harbour Daily News..\n{BODY}")
    assert (article.title, article.outlet, article.author) == (headline, "Harbour Daily News", None)


def test_a_reporters_note_naming_the_outlet_beats_the_address_domain():
    note = "Ines Calloway covers transport for the Harbour Valley Record. Reach her at ic@hvrecord.example."
    assert extract(f"{HEADLINE}\n\n{BODY}\n\n{note}").outlet == "Harbour Valley Record"
