"""Metadata (issue #19, the twelfth set's layouts): the masthead between the headline and the
byline, a programme line, footers that name the outlet, a release's "About" section, a photo
credited to the outlet, a wire dateline's date, "From NAME, Place", and a page's meta line
naming the author before the date. All text is invented."""

import datetime as dt

from claims.extraction.metadata import issuing_body
from claims.extraction.pipeline import ISSUING_BODY, extract, extract_html

LEDE = "The harbour ferry will stop running on Sundays from March, the operator said on Tuesday."


def _page(*lines: str) -> str:
    return "\n\n".join([*lines, LEDE, "Passenger numbers fell by 14 per cent last year, it said."])


def test_the_masthead_between_the_headline_and_the_byline_is_the_outlet():
    found = extract(
        _page("Sunday ferries axed in fare row", "Tamaki Ledger", "By Aroha Pennington-Hale", "3 May 2026")
    )
    assert (found.title, found.outlet, found.author) == (
        "Sunday ferries axed in fare row",
        "Tamaki Ledger",
        "Aroha Pennington-Hale",
    )
    desk = extract(
        _page("Sunday ferries axed in fare row", "Harbour Science Desk", "By Aroha Pennington-Hale")
    )
    assert desk.outlet == "Harbour Science Desk"
    section = extract(_page("Sunday ferries axed in fare row", "Transport News", "By Aroha Pennington-Hale"))
    assert section.outlet is None  # a section's label, no outlet's own name


def test_a_headline_ending_in_a_quote_is_the_title_above_the_masthead_and_byline():
    found = extract(
        _page("Ferry boss tells MPs services have 'turned a corner'", "Tamaki Herald", "By Aroha Hale")
    )
    assert found.title == "Ferry boss tells MPs services have ‘turned a corner’"


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
    wire = extract(_page("Ferries axed", "This report by The Tasman Wire was first published May 3, 2026."))
    assert (wire.outlet, wire.published) == ("The Tasman Wire", dt.date(2026, 5, 3))
    oped = "The views expressed are her own and do not necessarily reflect those of the Harbour Review."
    assert extract(_page("Ferries axed") + "\n\n" + oped).outlet == "Harbour Review"
    appeared = "This story first appeared in the Kaikoura Courier."
    assert extract(_page("Ferries axed") + "\n\n" + appeared).outlet == "Kaikoura Courier"


def test_a_press_release_is_issued_by_the_company_its_about_section_names():
    release = "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Tasman Ferries orders two electric boats",
            "Auckland, 4 May 2026 - Tasman Ferries Limited today announced two electric ferries.",
            "The boats will carry 300 passengers each.",
            "About Tasman Ferries Limited",
            "Tasman Ferries Limited runs 12 routes across the Hauraki Gulf.",
        ]
    )
    found = extract(release)
    assert (found.outlet, found.published) == ("Tasman Ferries Limited", dt.date(2026, 5, 4))


def test_a_wire_dateline_opening_the_story_gives_the_date():
    found = extract(
        "Ferries axed\n\nWELLINGTON, Nov 14, 2026 (TNS) - The harbour ferry will stop running on Sundays from"
        " March, the operator said on Tuesday."
    )
    assert found.published == dt.date(2026, 11, 14)


def test_a_photo_credited_to_an_outlet_names_it_but_an_agency_does_not():
    credited = _page("Sunday ferries axed in fare row", "Credit: Gulf Islands Weekly", "By Aroha Hale")
    assert extract(credited).outlet == "Gulf Islands Weekly"
    agency = _page("Sunday ferries axed in fare row", "Credit: Reuters", "By Aroha Hale")
    assert extract(agency).outlet is None


def test_from_name_place_under_the_masthead_is_the_correspondents_byline():
    found = extract(
        _page("Sunday ferries axed in fare row", "Northern Frontier Times", "From Musa Dankano-Bello, Kano")
    )
    assert (found.outlet, found.author) == ("Northern Frontier Times", "Musa Dankano-Bello")
    photo = ("Photo: A flooded street in Lokoja.", "Credit: Confluence Weekly")
    under_photo = extract(
        _page("Sunday ferries axed in fare row", *photo, "Confluence Weekly", "From Musa Dankano, Kano")
    )
    assert (under_photo.outlet, under_photo.author) == ("Confluence Weekly", "Musa Dankano")


def _html(meta: str, footer: str = "") -> str:
    return (
        "<html><head><title>Ferries axed - Harbour Daily</title></head><body><article>"
        f'<h1>Sunday ferries axed in fare row</h1><p class="meta">{meta}</p><p>{LEDE}</p>'
        "<p>Passenger numbers fell by 14 per cent last year, the operator said in a statement.</p>"
        f"</article><footer>{footer}</footer></body></html>"
    )


def test_a_meta_line_names_the_author_before_the_date():
    assert (
        extract_html(_html("Mele Tanoa-Price <span>December 1, 2026 - 7:00am</span>")).author
        == "Mele Tanoa-Price"
    )
    assert extract_html(_html("Mele Tanoa-Price - 11 Nov 2026, 10:32 pm")).author == "Mele Tanoa-Price"
    assert (
        extract_html(_html("By Mele Tanoa-Price</span> <span>November 30, 2026")).author == "Mele Tanoa-Price"
    )
    assert extract_html(_html("Harbour Daily <span>December 1, 2026</span>")).author is None


def test_a_pages_footer_copyright_names_the_outlet():
    page = _html("By Mele Tanoa-Price", "(c) 2026 The Harbour Daily. All rights reserved.")
    assert extract_html(page).outlet == "The Harbour Daily"


def test_a_wire_dateline_line_under_the_byline_gives_the_date():
    found = extract(
        _page("Sunday ferries axed in fare row", "By Aroha Hale, Tasman Wire", "NELSON (TW) - Dec. 3, 2026")
    )
    assert found.published == dt.date(2026, 12, 3)


def test_a_release_naming_itself_only_in_its_about_heading_speaks_its_own_sentences():
    release = "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Kestrel Wind Power Limited commissions its 120 MW wind farm",
            "Lagos, 2 December 2026 - Kestrel Wind Power Limited today announced the commissioning of its"
            " wind farm at Epe.",
            "The farm will supply 410 gigawatt-hours a year to the national grid under a 20-year agreement.",
            "About Kestrel Wind Power Limited",
            "Kestrel Wind Power Limited develops and operates wind farms in West Africa.",
        ]
    )
    assert issuing_body(release, None) == ("Kestrel Wind Power Limited", False)
    claims = {c.text: c for c in extract(release).claims}
    supply = claims[
        "The farm will supply 410 gigawatt-hours a year to the national grid under a 20-year agreement."
    ]
    assert (supply.speaker, supply.speaker_reason) == ("Kestrel Wind Power Limited", ISSUING_BODY)
    assert issuing_body(release.replace("FOR IMMEDIATE RELEASE\n\n", ""), None) is None  # a story about it


def test_an_author_line_names_the_author_and_is_never_the_outlet():
    page = "Ferry fares rise again\n\nAuthor: Maria Lopez-Tui\nPublished: Updated:\n\n" + LEDE
    article = extract(page)
    assert (article.author, article.outlet) == ("Maria Lopez-Tui", None)
    assert "Author:" not in (extract(page.replace("Maria Lopez-Tui", "The Harbour Wire")).outlet or "")
