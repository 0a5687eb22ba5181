"""Metadata of radio pages, bylines led by a section and body's speech pages (issue #19, the
fourteenth set): a station named with its frequency, a "Report" masthead, "Reporter: NAME",
"Broadcast <date>", "Section | Posted | By NAME", a site's name over its breadcrumb and the
date a speech's framing line gives. All text is invented."""

import datetime as dt

import pytest

from claims.extraction.pipeline import analyse

HEADLINE = "Bus fares to rise by 40 cents in January"
LEDE = "Bus fares in Tarrow will rise by 40 cents from January, the transport board has confirmed."


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Lakeland Wave 96FM", "Lakeland Wave 96FM"),
        ("Tarrow Radio 93.1 News", "Tarrow Radio 93.1 News"),
        ("Kestrel Community Radio 101.3 | News", "Kestrel Community Radio 101.3"),
        ("Tarrow Rural Report", "Tarrow Rural Report"),
    ],
)
def test_a_masthead_under_the_headline_is_the_outlet(masthead, outlet):
    raw = f"{HEADLINE}\n\n{masthead}\n\nThursday 3 December 2026\n\n{LEDE}"
    assert analyse(raw).outlet == outlet


@pytest.mark.parametrize(
    "byline",
    [
        "Reporter: Ama Quist",  # a radio newsroom's byline
        "Council Report | Posted Dec. 2, 2026 | By Ama Quist",  # a section first, then the signed name
    ],
)
def test_the_author_is_the_name_the_byline_signs(byline):
    assert analyse(f"{HEADLINE}\n\nThursday 3 December 2026\n\n{byline}\n\n{LEDE}").author == "Ama Quist"


def test_when_a_programme_was_broadcast_is_its_date():
    raw = (
        "Bus fares: transcript of The Evening Round\n\nLakeland Wave 96FM\n\n"
        "Broadcast Tuesday 1 December 2026, 17:40. Presenter: Ama Quist.\n\n"
        "AMA QUIST: Good evening. Fares rise in January. Why?\n\n"
        "TOM REID: Fuel costs rose 18 per cent this year."
    )
    assert analyse(raw).published == dt.date(2026, 12, 1)


def test_a_bodys_site_name_over_its_breadcrumb_is_the_outlet_and_the_heading_below_the_title():
    raw = "\n\n".join(
        [
            "Tarrow Valley Growers Association",
            "Home > News > Speeches",
            "Chair's address to the 2026 annual meeting",
            "Address by Chair Ama Quist to the Tarrow Valley Growers Association annual meeting, Tarrow,"
            " November 28, 2026.",
            "Good morning. Our members grew 14,000 tonnes of apples this year, up from 11,000 in 2025.",
        ]
    )
    extraction = analyse(raw)
    assert extraction.title == "Chair’s address to the 2026 annual meeting"
    assert extraction.outlet == "Tarrow Valley Growers Association"
    assert extraction.published == dt.date(2026, 11, 28)
