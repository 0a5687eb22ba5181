"""Publication dates: the date lines, stamps and datelines a page gives, and which wins when it
gives several. All text is invented."""

import datetime as dt

from claims.extraction import boilerplate as bp
from claims.extraction.metadata import find_metadata, parse_date
from claims.extraction.pipeline import analyse, extract, extract_html
from tests.extraction.pages import FARES_HEADLINE, FARES_PAGE, ferry_page


def test_a_stamp_updated_later_gives_the_first_published_date():
    text = (
        "Ferry fares to rise by 8 per cent\n\nBy Ana Pell\nUpdated 5 May 2026, first published 4 May 2026\n\n"
    )
    meta = analyse(text + "The ferry company said fares would rise by 8 per cent in April.")
    assert meta.published == dt.date(2026, 5, 4)


def test_an_episodes_release_stamp_gives_the_published_date():
    text = "Harbour Talk, episode 9\n\nReleased 4 May 2026. Running time 20 minutes.\n\nHOST: Welcome back."
    assert analyse(text).published == dt.date(2026, 5, 4)


def test_dates_are_read_in_three_common_shapes():
    assert parse_date("Published September 15, 2015 10:30") == dt.date(2015, 9, 15)
    assert parse_date("15 Sept 2015") == dt.date(2015, 9, 15)
    assert parse_date("Updated 2015-09-15T10:30") == dt.date(2015, 9, 15)
    assert parse_date("February 30, 2015") is None


def test_a_date_line_sets_the_publication_date():
    assert find_metadata(["Sep 15, 2015"], {0: bp.DATELINE}).published == dt.date(2015, 9, 15)


def test_a_pages_year_only_date_yields_to_its_published_stamp():
    page = (
        f"<html><head><title>{FARES_HEADLINE}</title></head><body>"
        "<div>Published Dec. 2, 2026 | Updated Dec. 3,"
        f" 2026</div>{FARES_PAGE}<footer>2026</footer></body></html>"
    )
    assert extract_html(page).published == dt.date(2026, 12, 2)


def test_a_wire_dateline_opening_the_story_gives_the_date():
    found = extract(
        "Ferries axed\n\nWELLINGTON, Nov 14, 2026 (TNS) - The harbour ferry will stop running on Sundays from"
        " March, the operator said on Tuesday."
    )
    assert found.published == dt.date(2026, 11, 14)


def test_a_wire_dateline_line_under_the_byline_gives_the_date():
    found = extract(
        ferry_page(
            "Sunday ferries axed in fare row", "By Aroha Hale, Tasman Wire", "NELSON (TW) - Dec. 3, 2026"
        )
    )
    assert found.published == dt.date(2026, 12, 3)
