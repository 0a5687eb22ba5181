"""Titles of pages pasted or fetched with their site furniture (issue #19): menu lines and
the outlet's name above the headline, a blog's "Category - date -" prefix."""

from claims.extraction.pipeline import extract, extract_html

MENU = "Home\nNews\nSport\nConnect with us\nThe Harbourside Courier\n\n"
HEADLINE = "Rural clinic waiting times doubled in two years, health board figures show"
BODY = "Patients at rural clinics now wait 19 days for a routine appointment, the health board said."


def test_a_pasted_page_is_titled_by_the_headline_above_its_byline_not_its_menu():
    article = extract(f"{MENU}{HEADLINE}\nBy Tamsin Oakley\n4 December 2026\n\n{BODY}")
    assert article.title == HEADLINE


def test_a_pasted_page_without_byline_is_titled_by_the_headline_above_its_first_paragraph():
    assert extract(f"{MENU}{HEADLINE}\n\n{BODY}").title == HEADLINE


def test_a_short_first_line_above_a_body_with_no_headline_stays_the_title():
    assert extract(f"Clinic waits\n\n{BODY}").title == "Clinic waits"


def test_a_blogs_category_and_date_before_the_headline_are_not_part_of_the_title():
    pasted = f"Health - 5 December 2026 - {HEADLINE}\n\n{BODY}"
    assert extract(pasted).title == HEADLINE


def test_a_page_title_loses_its_category_date_prefix_and_outlet_suffix():
    page = (
        f"<html><head><title>Health - 5 December 2026 - {HEADLINE} | The Harbourside Courier</title></head>"
        f"<body><article><p>{BODY}</p><p>Board chief executive Lorcan Whitby said the rise followed"
        " the loss of 14 general practitioners since 2024.</p></article></body></html>"
    )
    assert extract_html(page).title == HEADLINE


def test_a_date_stamp_run_into_the_headline_on_the_first_line_is_cut_from_the_title():
    article = extract(f" date 2026-05-02 {HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert str(article.published) == "2026-05-02"


def test_a_listings_page_number_a_tag_listing_and_a_bulleted_menu_are_not_the_title():
    page = (
        f"Home Blog Page 4\n\n• Home\n• News\n• Farming\n\nLatest news with #Clinics\n\n{HEADLINE}\n\n{BODY}"
    )
    assert extract(page).title == HEADLINE
