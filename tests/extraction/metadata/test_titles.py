"""Titles: the headline of a pasted or fetched page, not the menus, notices, section labels,
adverts, dates or breadcrumbs above or glued to it. All text is invented."""

import datetime as dt

import pytest

from claims.extraction.pipeline import analyse, extract, extract_html
from tests.extraction.pages import (
    BAUCHI_LEDE,
    BAUCHI_SECOND,
    FARES_BODY,
    FARES_HEADLINE,
    FLOOD_LEDE,
    KUMASI_HEADLINE,
    KUMASI_LEDE,
    KUMASI_SECOND,
    VOLTA_LEDE,
    VOLTA_SECOND,
    ferry_page,
)
from tests.extraction.reading import claims_in_order, distinct_claims_in_order


def test_an_ad_label_and_its_slots_above_the_headline_are_not_the_title():
    clutter = "Sponsored Ad\n\nAd 1\nAd 2\nAd 3\n21.4 C\nMonday, 3 March 2026"
    page = f"{clutter}\n\nFlood shuts 14 stations on the Harbour line\n\n{FLOOD_LEDE}"
    assert extract(page).title == "Flood shuts 14 stations on the Harbour line"


def test_a_donation_appeal_above_the_headline_is_not_the_title():
    page = (
        "Advertisement\n\nWe need your help now\n\nSupport from readers like you keeps this site open.\n\n"
        "If you value our reporting, please contribute what you can.\n\n"
        f"Flood shuts 14 stations on the Harbour line\n\n{FLOOD_LEDE}"
    )
    assert extract(page).title == "Flood shuts 14 stations on the Harbour line"


def test_a_section_latest_news_line_is_the_title():
    headline = "Transport latest news: Harbour line to reopen within days, says minister after flood talks"
    assert extract(f"{headline}\n\n{FLOOD_LEDE}").title == headline


def test_an_aggregators_outlet_name_over_an_item_without_headline_is_not_the_title():
    assert extract(f"Harbour Times\n\n{FLOOD_LEDE}").title is None


def test_a_reposts_headline_printed_twice_above_its_lede_wins_over_the_previous_post():
    page = (
        "MAYOR'S MESSAGE TO THE FLOOD VOLUNTEERS. (PHOTO). #PRESS RELEASE.\n\n"
        "HARBOUR LINE TO REOPEN ON FRIDAY. (PHOTO). #PRESS RELEASE.\n\n"
        f"HARBOUR LINE TO REOPEN ON FRIDAY\n\n{FLOOD_LEDE}"
    )
    assert extract(page).title == "HARBOUR LINE TO REOPEN ON FRIDAY"


def test_a_question_headline_above_its_byline_is_the_title_not_a_claim():
    raw = (
        "Analysis: Why are bus fares in Dunmore rising again?\n\nBy Orla Kinsella\n\n"
        "Fares rose by 9 per cent in May, the transport board said."
    )
    result = analyse(raw)
    assert result.title == "Analysis: Why are bus fares in Dunmore rising again?"
    assert [c.text for c in result.claims] == ["Fares rose by 9 per cent in May, the transport board said."]


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
    assert extract(f"{notice}\n\n{FARES_HEADLINE}\n\n{FARES_BODY}").title == FARES_HEADLINE


def test_a_short_headline_under_the_date_stays_the_title():
    article = extract(
        f"9 Dec 2026\n\nFerry Strike\n\nFrom the morning bulletin, 7:05 am on 9 December 2026\n\n{FARES_BODY}"
    )
    assert (article.title, article.published) == ("Ferry Strike", dt.date(2026, 12, 9))


def test_a_pasted_page_title_gives_the_headline_below_it_and_the_outlet_after_the_dash():
    pasted = f"{FARES_HEADLINE} - Harbour Radio News (Harbour Trust)\n\nUpdated December 9, 2026 10:02\n\n"
    article = extract(f"{pasted}{FARES_HEADLINE}\n\n{FARES_BODY}")
    assert (article.title, article.outlet, article.published) == (
        FARES_HEADLINE,
        "Harbour Radio News",
        dt.date(2026, 12, 9),
    )


def test_a_breadcrumb_glued_to_the_headline_is_not_part_of_the_title():
    assert (
        extract(f"Home Transport {FARES_HEADLINE}\n\n{FARES_HEADLINE}\n\n{FARES_BODY}").title
        == FARES_HEADLINE
    )


def test_a_shorter_headline_below_a_title_does_not_replace_it():
    title = f"{FARES_HEADLINE}, operator confirms"
    assert extract(f"{title}\n\n{FARES_HEADLINE}\n\n{FARES_BODY}").title == title


def test_a_long_headline_keeps_apart_from_the_outlets_byline_on_the_next_line():
    headline = "Harbour Council Approves N48bn Ferry Terminal Upgrade After Public Hearing – Speaker"
    article = extract(f"Thursday, December 3, 2026\n{headline}\nby Harbour Daily News..\n{FARES_BODY}")
    assert (article.title, article.outlet, article.author) == (headline, "Harbour Daily News", None)


def test_a_headline_ending_in_a_quote_is_the_title_above_the_masthead_and_byline():
    found = extract(
        ferry_page("Ferry boss tells MPs services have 'turned a corner'", "Tamaki Herald", "By Aroha Hale")
    )
    assert found.title == "Ferry boss tells MPs services have ‘turned a corner’"


CLINIC_BODY = "Patients at rural clinics now wait 19 days for a routine appointment, the health board said."

CLINIC_HEADLINE = "Rural clinic waiting times doubled in two years, health board figures show"

MENU = "Home\nNews\nSport\nConnect with us\nThe Harbourside Courier\n\n"


def test_a_pasted_page_is_titled_by_the_headline_above_its_byline_not_its_menu():
    article = extract(f"{MENU}{CLINIC_HEADLINE}\nBy Tamsin Oakley\n4 December 2026\n\n{CLINIC_BODY}")
    assert article.title == CLINIC_HEADLINE


def test_a_pasted_page_without_byline_is_titled_by_the_headline_above_its_first_paragraph():
    assert extract(f"{MENU}{CLINIC_HEADLINE}\n\n{CLINIC_BODY}").title == CLINIC_HEADLINE


def test_a_short_first_line_above_a_body_with_no_headline_stays_the_title():
    assert extract(f"Clinic waits\n\n{CLINIC_BODY}").title == "Clinic waits"


def test_a_blogs_category_and_date_before_the_headline_are_not_part_of_the_title():
    pasted = f"Health - 5 December 2026 - {CLINIC_HEADLINE}\n\n{CLINIC_BODY}"
    assert extract(pasted).title == CLINIC_HEADLINE


def test_a_page_title_loses_its_category_date_prefix_and_outlet_suffix():
    page = (
        f"<html><head><title>Health - 5 December 2026 - {CLINIC_HEADLINE} | The Harbourside Courier"
        "</title></head>"
        f"<body><article><p>{CLINIC_BODY}</p><p>Board chief executive Lorcan Whitby said the rise followed"
        " the loss of 14 general practitioners since 2024.</p></article></body></html>"
    )
    assert extract_html(page).title == CLINIC_HEADLINE


def test_a_date_stamp_run_into_the_headline_on_the_first_line_is_cut_from_the_title():
    article = extract(f" date 2026-05-02 {CLINIC_HEADLINE}\n\n{CLINIC_BODY}")
    assert article.title == CLINIC_HEADLINE
    assert str(article.published) == "2026-05-02"


def test_a_listings_page_number_a_tag_listing_and_a_bulleted_menu_are_not_the_title():
    page = (
        "Home Blog Page 4\n\n• Home\n• News\n• Farming\n\nLatest news with #Clinics\n\n"
        f"{CLINIC_HEADLINE}\n\n{CLINIC_BODY}"
    )
    assert extract(page).title == CLINIC_HEADLINE


def test_a_date_line_with_a_section_name_is_never_the_title_and_gives_the_date():
    article = extract(
        f" date 2026-05-20 General News of Wednesday, 20 May 2026\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}"
    )
    assert article.title is None
    assert article.published == dt.date(2026, 5, 20)
    assert not any("General News" in text for text in claims_in_order(article))


def test_a_weekday_date_and_a_social_media_label_above_the_headline_are_not_the_title():
    headline = "Agbeko after cabinet session: We have closed the pits"
    article = extract(
        f"Tuesday, June 9\nSocial Media Profiles:\n\n{headline}\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}"
    )
    assert article.title == headline


def test_a_section_label_gives_way_to_the_headline_above_a_captioned_photo_credit():
    headline = "Ferry cancellations in the Highlands rise for a third month"
    credit = "Harbour and ferry Image copyright Getty Images"
    page = f"Scotland politics\n\n{headline}\n\n{credit}\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}"
    assert extract(page).title == headline


def test_an_accessibility_notice_is_not_the_title_and_a_welsh_month_date_is_read():
    headline = "Huge rise in ambulance handover delays unacceptable - Gareth Pryce"
    notice = "Switch to an accessible version of this website which is easier to read. (requires cookies)"
    article = extract(f"{notice}\n\n{headline}\n\n2026 Mawrth 12 10:05 AM\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}")
    assert article.title == headline
    assert article.published == dt.date(2026, 3, 12)


def test_a_quote_headline_under_a_section_label_is_the_title_without_its_programme_note():
    page = (
        "Economy\n\n"
        "Daniyar Seitkali: We will not raise the pension age again. (Minister of Labour, the guest of"
        " the Evening Question programme from 12.03.2026)\n\n12.03.26\n\n"
        f"{BAUCHI_LEDE}\n\n{BAUCHI_SECOND}"
    )
    article = extract(page)
    assert article.title == "Daniyar Seitkali: We will not raise the pension age again."
    assert distinct_claims_in_order(article) == [BAUCHI_LEDE, BAUCHI_SECOND]


def test_an_ad_slots_name_above_the_date_line_gives_way_to_the_long_headline_below():
    headline = (
        "The hardest office to hold in this country is that of a local council chairman- Ibrahim"
        " Dankwambo declares"
    )
    body = f"{BAUCHI_LEDE} He said this today at a summit of council chairmen in Bauchi\n{BAUCHI_SECOND[:-1]}"
    article = extract(f"Sidebar_ads\n\nMonday, 9 March 2026\n\n{headline}\n\n{body}\n\nNo comments:")
    assert article.title == headline
    assert article.published == dt.date(2026, 3, 9)
    assert not any("Sidebar_ads" in text or "declares" in text for text in distinct_claims_in_order(article))


def test_a_tag_listing_page_has_no_title_and_its_teaser_headlines_are_not_claims():
    teasers = [
        (
            "Any Council That Fails To Pay The N40,000 Wage Is Heartless – Chinedu Okafor",
            "Anambra senator, Chinedu Okafor has said 11 of the 21 councils in the state have not paid the"
            " N40,000 minimum wage since January. He ...",
        ),
        (
            "I Did Not Sponsor The Speaker’s Removal – Senator Musa Ibrahim",
            "Kogi senator, Musa Ibrahim has said reports that he paid 12 lawmakers to remove the Speaker"
            " are false. In a statement by his media aide, Halima ...",
        ),
    ]
    page = "Home » Tag: Senator\n\nSenator\n\n" + "\n\n".join(
        f"{headline}\n\nPhoto label\n\n{teaser}\n\nRead More »" for headline, teaser in teasers
    )
    article = extract(page)
    assert article.title is None
    claims = distinct_claims_in_order(article)
    assert not any("Heartless" in text or "Did Not Sponsor" in text or "Tag:" in text for text in claims)
    assert any("11 of the 21 councils" in text for text in claims)


def test_a_you_are_here_breadcrumb_is_not_the_title_and_the_dated_section_gives_the_date():
    page = (
        "You are here: HomeBusiness2026 04 02Article 55120\n\nBusiness News of Thursday, 2 April 2026\n\n"
        f"Source: www.example-news.test\n\n{KUMASI_HEADLINE}\n\n{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    )
    article = extract(page)
    assert article.title == KUMASI_HEADLINE
    assert article.published == dt.date(2026, 4, 2)
    assert distinct_claims_in_order(article) == [KUMASI_LEDE, KUMASI_SECOND]


def test_an_avatars_alt_text_over_the_byline_leaves_the_headline_as_title_and_drops_the_standfirst():
    headline = "New buses for Kumasi by June – Adjei"
    standfirst = "Buses will run from June, Adjei said, adding 40,000 riders a day"
    page = (
        f"Avatar photo\n\nBy Thandi Mokoena\n\nTransport Reporter\n\n{headline}\n\n{standfirst}\n\n"
        f"{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    )
    article = extract(page)
    assert article.title == headline
    assert distinct_claims_in_order(article) == [KUMASI_LEDE, KUMASI_SECOND]


def test_an_advertisement_label_run_into_a_kicker_is_not_the_title():
    headline = "‘No more waiting’: Row erupts in the assembly over new buses"
    page = f"Advertisement\nwar of words\n\n{headline}\n\n{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    assert extract(page).title == headline


def test_a_record_sites_section_over_the_date_gives_way_to_the_debates_heading():
    page = (
        "Seanad debates\nWednesday, 4 March 2026\nHousing Supply\n9:30 am\n"
        "Niamh Quigley (Cork South, Social Democrats)\nLink to this: Individually | In context\n"
        "Rents in Cork rose by 11 per cent last year.\n"
        "Declan Furey (Mayo, Fianna Fáil)\nLink to this: Individually | In context\n"
        "Completions were 18 per cent higher than in 2024.\n"
    )
    assert extract(page).title == "Housing Supply"


def test_an_opinion_section_before_a_bar_is_not_part_of_the_title():
    assert (
        extract(f"Opinion | {KUMASI_HEADLINE}\n\n{KUMASI_LEDE}\n\n{KUMASI_SECOND}").title == KUMASI_HEADLINE
    )
