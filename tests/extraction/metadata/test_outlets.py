"""Outlets: the publication named by a masthead, a byline, a page title, a copyright line, a
footer or an email domain, and never a photo agency or a free-mail domain. All text is invented."""

import datetime as dt

import pytest

from claims.extraction.metadata import find_metadata, outlet_from_email
from claims.extraction.pipeline import analyse, extract, extract_html
from tests.extraction.pages import (
    BAUCHI_LEDE,
    BAUCHI_SECOND,
    FARES_BODY,
    FARES_HEADLINE,
    FARES_PAGE,
    ferry_page,
    ferry_page_html,
)
from tests.extraction.reading import distinct_claims_in_order


def test_an_outlet_and_date_line_under_the_byline_names_the_outlet():
    text = "Ferry fares rise\n\nBy Ana Pell, Transport Correspondent\nIsland Star-Herald, 4 May 2026\n\n"
    meta = analyse(text + "The ferry company said fares would rise by 8 per cent in April.")
    assert (meta.author, meta.outlet) == ("Ana Pell", "Island Star-Herald")


def test_the_outlet_falls_back_to_an_as_previously_reported_by_phrase():
    body = "Assad backed the call, as previously reported by Breitbart’s National Security team."
    assert find_metadata([body], {}, body).outlet == "Breitbart"


def test_free_mail_domains_are_not_outlets():
    assert outlet_from_email("write to jane.roe@gmail.com") is None


def test_a_short_unknown_domain_label_is_written_in_capitals():
    assert outlet_from_email("news@bbc.co.uk") == "BBC"


def test_the_wire_that_carried_a_release_is_its_outlet():
    text = "\n\n".join(
        [
            "Harrowgate Mills Ltd. Reports Record Flour Sales",
            "News provided by LakeWire",
            "TORONTO, May 4, 2026 /LakeWire/ - Harrowgate Mills Ltd. (the “Company”) today announced record"
            " flour sales of 820,000 tonnes in fiscal 2026.",
            "For further information: Media Relations, Harrowgate Mills Ltd., media@harrowgate.example",
        ]
    )
    assert extract(text).outlet == "LakeWire"


STORY = "The port's only crane has been out of service for nine days, the port authority said on Tuesday."


def test_an_outlet_before_the_byline_on_one_line():
    article = extract(
        f"Crane breaks down again\n\nHarbourCheck | By Mele Kauvaka-Toa | 3 May 2026\n\n{STORY}"
    )
    assert (article.author, article.outlet) == ("Mele Kauvaka-Toa", "HarbourCheck")


def test_a_copyright_line_in_the_footer_names_the_outlet():
    footer = "Follow us on Facebook for updates. Copyright 2026 Tonga Harbour Times."
    assert extract(f"Crane breaks down again\n\nBy Mele Kauvaka-Toa\n\n{STORY}\n\n{footer}").outlet == (
        "Tonga Harbour Times"
    )
    footer = "Tonga Harbour Times (c) 2026"
    assert extract(f"Crane breaks down again\n\nBy Mele Kauvaka-Toa\n\n{STORY}\n\n{footer}").outlet == (
        "Tonga Harbour Times"
    )


def test_a_page_title_with_a_bar_gives_the_outlet_after_it():
    article = extract(f"{FARES_HEADLINE} | The Harbour Herald\n\n{FARES_BODY}")
    assert (article.title, article.outlet) == (FARES_HEADLINE, "The Harbour Herald")


def test_the_masthead_among_the_menu_lines_is_the_outlet_but_a_menu_word_is_not():
    menu = "Home\nNews\nSport\nThe Harbourside Courier\n\n"
    assert (
        extract(f"{menu}{FARES_HEADLINE}\nBy Ines Calloway\n\n{FARES_BODY}").outlet
        == "The Harbourside Courier"
    )
    assert extract(f"Home\nNews\nSport\n\n{FARES_HEADLINE}\nBy Ines Calloway\n\n{FARES_BODY}").outlet is None


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
    article = extract(f"{FARES_HEADLINE}\n\n{byline}\n\n{FARES_BODY}")
    assert (article.author, article.outlet) == (author, outlet)


def test_an_outlet_on_the_line_under_the_byline_is_the_outlet():
    article = extract(f"{FARES_HEADLINE}\nBy INES CALLOWAY\nHarbour Press\n{FARES_BODY}")
    assert (article.author, article.outlet) == ("Ines Calloway", "Harbour Press")


def test_a_staff_byline_gives_the_outlet_and_its_stamp_the_date():
    article = extract(
        f"{FARES_HEADLINE}\n\nBy the Harbour Courant staff | Updated 3:15 p.m. ET, Dec. 8, 2026"
        f"\n\n{FARES_BODY}"
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
    assert extract(f"{FARES_HEADLINE}\n\n{FARES_BODY}\n\n{line}").outlet == outlet


def test_a_published_in_note_at_the_foot_gives_the_outlet_and_the_date():
    article = extract(
        f"{FARES_HEADLINE}\n\n{FARES_BODY}\n\nPublished in The Harbour Mail, December 8th, 2026"
    )
    assert (article.outlet, article.published) == ("The Harbour Mail", dt.date(2026, 12, 8))


def test_an_email_domain_is_spelled_as_the_text_spells_the_outlet():
    text = (
        f"{FARES_HEADLINE}\n\n{FARES_BODY} Checked by the Harbour Times fact desk.\n\n"
        "Tips: desk@harbourtimes.example"
    )
    assert extract(text).outlet == "Harbour Times"


def test_a_page_without_a_site_name_takes_the_outlet_from_its_title_bar():
    page = (
        f"<html><head><title>{FARES_HEADLINE}, operator says | The Harbour Herald</title></head>"
        f"<body>{FARES_PAGE}"
    )
    assert extract_html(page).outlet == "The Harbour Herald"


def test_a_reporters_note_naming_the_outlet_beats_the_address_domain():
    note = "Ines Calloway covers transport for the Harbour Valley Record. Reach her at ic@hvrecord.example."
    assert extract(f"{FARES_HEADLINE}\n\n{FARES_BODY}\n\n{note}").outlet == "Harbour Valley Record"


def test_the_masthead_between_the_headline_and_the_byline_is_the_outlet():
    found = extract(
        ferry_page(
            "Sunday ferries axed in fare row", "Tamaki Ledger", "By Aroha Pennington-Hale", "3 May 2026"
        )
    )
    assert (found.title, found.outlet, found.author) == (
        "Sunday ferries axed in fare row",
        "Tamaki Ledger",
        "Aroha Pennington-Hale",
    )
    desk = extract(
        ferry_page("Sunday ferries axed in fare row", "Harbour Science Desk", "By Aroha Pennington-Hale")
    )
    assert desk.outlet == "Harbour Science Desk"
    section = extract(
        ferry_page("Sunday ferries axed in fare row", "Transport News", "By Aroha Pennington-Hale")
    )
    assert section.outlet is None  # a section's label, no outlet's own name


def test_a_programme_line_names_the_station_and_a_transcript_heading_is_the_title():
    found = extract(
        "\n\n".join(
            [
                "Transcript: Ferry cuts - who decided?",
                "Harbour City Radio | The Morning Run",
                "Host Mele Tanoa-Price speaks to Iain Corrigan-Ruiz, chief executive of Harbour Ferries.",
                "TANOA-PRICE: Iain, why are Sunday sailings going?",
                "CORRIGAN-RUIZ: Passenger numbers fell by 14 per cent last year.",
            ]
        )
    )
    assert (found.title, found.outlet) == ("Transcript: Ferry cuts - who decided?", "Harbour City Radio")


def test_footers_that_name_the_outlet():
    wire = extract(
        ferry_page("Ferries axed", "This report by The Tasman Wire was first published May 3, 2026.")
    )
    assert (wire.outlet, wire.published) == ("The Tasman Wire", dt.date(2026, 5, 3))
    oped = "The views expressed are her own and do not necessarily reflect those of the Harbour Review."
    assert extract(ferry_page("Ferries axed") + "\n\n" + oped).outlet == "Harbour Review"
    appeared = "This story first appeared in the Kaikoura Courier."
    assert extract(ferry_page("Ferries axed") + "\n\n" + appeared).outlet == "Kaikoura Courier"


def test_a_photo_credited_to_an_outlet_names_it_but_an_agency_does_not():
    credited = ferry_page("Sunday ferries axed in fare row", "Credit: Gulf Islands Weekly", "By Aroha Hale")
    assert extract(credited).outlet == "Gulf Islands Weekly"
    agency = ferry_page("Sunday ferries axed in fare row", "Credit: Reuters", "By Aroha Hale")
    assert extract(agency).outlet is None


def test_a_pages_footer_copyright_names_the_outlet():
    page = ferry_page_html("By Mele Tanoa-Price", "(c) 2026 The Harbour Daily. All rights reserved.")
    assert extract_html(page).outlet == "The Harbour Daily"


def test_a_masthead_under_the_pages_render_date_is_the_outlet_and_first_published_is_the_date():
    page = (
        "Wednesday, March 11, 2026 | 09:40 AM IST\nNarmada Standard\nNotification Icon\n"
        "userprofile IconSearch\n\n"
        "Patel dares Gujarat CM to open tender files\n\n"
        "The files cover contracts the Congress says were given without bids\n\n"
        f"Image\n\n{BAUCHI_LEDE}\n\n{BAUCHI_SECOND}\n\n"
        "Don't miss the most important news and views of the day. Get them on our Telegram channel\n\n"
        "First Published: Feb 3 2019 | 1:15 PM IST\n\nExplore News\n"
    )
    article = extract(page)
    assert article.title == "Patel dares Gujarat CM to open tender files"
    assert article.outlet == "Narmada Standard"
    assert article.published == dt.date(2019, 2, 3)
    assert distinct_claims_in_order(article) == [BAUCHI_LEDE, BAUCHI_SECOND]
