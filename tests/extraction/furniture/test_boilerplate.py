import pytest

from claims.extraction import boilerplate as bp
from claims.extraction.boilerplate import classify_paragraphs, classify_sentence

BODY = "Russia vetoed the resolution at the UN Security Council on Tuesday."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow Sarkis Zeronian on Twitter: or e-mail to: szeronian@breitbart.com", bp.SOCIAL_FOLLOW),
        ("COMMENTS", bp.COMMENTS_HEADER),
        ("143 Comments", bp.COMMENTS_HEADER),
        ("Please let us know if you’re having issues with commenting.", bp.COMMENT_NOTICE),
        ("Comments are moderated before they appear.", bp.COMMENT_NOTICE),
        ("Read more: Putin’s speech in full", bp.READ_MORE),
        ("READ MORE", bp.READ_MORE),
        ("Polls closed at 10pm. Our live coverage has now ended.", bp.LIVE_SIGN_OFF),
        ("Advertisement", bp.ADVERTISEMENT),
        ("Story continues below advertisement", bp.ADVERTISEMENT),
        ("We use cookies to give you the best experience.", bp.COOKIE_NOTICE),
        ("Share this article", bp.SHARE_BAR),
        ("Facebook Twitter Email", bp.SHARE_BAR),
        ("Sign up for our daily newsletter", bp.NEWSLETTER),
        ("© 2015 Breitbart. All rights reserved.", bp.COPYRIGHT),
        ("SERGEI KARPUKHIN/AFP/Getty Images", bp.PHOTO_CREDIT),
        ("(Photo by Jim Watson/AFP via Getty Images)", bp.PHOTO_CREDIT),
        (
            "(This story has not been edited by our staff and is published from a syndicated feed.)",
            bp.AGENCY_NOTE,
        ),
        ("Source: Regional Water Board (RWB), Drought Bulletin No. 12", bp.SOURCE_LINE),
        ("($1 = 0.92 euros)", bp.CURRENCY_NOTE),
        ("(£1 = 1.27 US dollars)", bp.CURRENCY_NOTE),
        ("Key figures (nine months to June 30):", bp.HEADING),
        ("All figures in Australian dollars (unless stated).", bp.CURRENCY_NOTE),
        ("All figures are in Australian dollars unless stated.", bp.CURRENCY_NOTE),
        ("(Rs 1 lakh = Rs 100,000)", bp.CURRENCY_NOTE),
        ("(Rs 1 crore = Rs 10 million. Rs 50 = approximately US$0.60.)", bp.CURRENCY_NOTE),
        ("Currency: KSh 1,000 = about US$7.70 at the official rate.", bp.CURRENCY_NOTE),
        ("Exchange rate: R100 = US$5.40", bp.CURRENCY_NOTE),
        ("Temperatures are in degrees Fahrenheit.", bp.CURRENCY_NOTE),
        ("All distances are given in kilometres.", bp.CURRENCY_NOTE),
        ("This article was amended on 15 July to correct the name of the N6.", bp.CORRECTION_NOTE),
        (
            "Correction: An earlier version of this article gave the wrong figure for beds.",
            bp.CORRECTION_NOTE,
        ),
        ("A previous version of this story said the depot employs 430 drivers.", bp.CORRECTION_NOTE),
    ],
)
def test_it_recognises_boilerplate_lines(line, reason):
    assert classify_paragraphs([BODY, line]) == {1: reason}


@pytest.mark.parametrize(
    "sentence",
    [
        BODY,
        "Related costs rose by 5 percent last year.",
        "Advertisement spending fell sharply in 2015.",
        "The share of voters who back him has doubled.",
        "Twitter said it had removed the accounts.",
        "Sources close to the minister said 12 posts would go.",
        "The report was updated to show 40 more deaths.",
        "Correction officers said 40 prisoners had escaped.",
    ],
)
def test_it_keeps_article_sentences_that_share_words_with_boilerplate(sentence):
    assert classify_sentence(sentence) is None


def test_a_labelled_line_among_the_notes_at_an_articles_foot_is_a_note():
    notes = [BODY, "This story has been amended to correct a councillor's name.", "Tolls: a car pays $4.20."]
    assert classify_paragraphs(notes)[2] == bp.EDITORS_NOTE


def test_a_labelled_line_in_the_story_is_no_note():
    assert classify_paragraphs([BODY, "Tolls: a car pays $4.20 since the bridge reopened."]) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures are in the high 30s across the state this week.",
        "Currency: the shilling fell 3 per cent against the dollar on Monday.",
        "One in five = too many, the union said of the vacancies.",
    ],
)
def test_a_claim_about_temperatures_or_currencies_is_no_conversion_note(line):
    assert classify_paragraphs([BODY, line]) == {}


def test_a_short_line_next_to_a_photo_credit_is_a_caption():
    reasons = classify_paragraphs(
        ["Headline Here", "Putin Assad Getty", "SERGEI KARPUKHIN/AFP/Getty Images", BODY]
    )
    assert reasons == {0: bp.TITLE, 1: bp.PHOTO_CAPTION, 2: bp.PHOTO_CREDIT}


def test_an_unterminated_first_line_is_the_title_and_later_ones_are_headings():
    reasons = classify_paragraphs(["Putin Urges EU And US To Join Russia", BODY, "What happens next", BODY])
    assert reasons == {0: bp.TITLE, 2: bp.HEADING}


def test_bylines_and_date_lines_are_recognised_only_as_short_lines():
    reasons = classify_paragraphs([BODY, "By Jane Roe and John Smith", "September 15, 2015", BODY])
    assert reasons == {1: bp.BYLINE, 2: bp.DATELINE}


def test_a_long_paragraph_that_mentions_an_email_address_is_kept():
    long = (
        "The ministry said complaints can be sent to info@example.org, "
        + "and it promised a reply " * 5
        + "."
    )
    assert classify_paragraphs([BODY, long]) == {}


def test_a_pasted_headline_in_sentence_case_above_a_photo_line_is_the_title():
    paragraphs = [
        "Record number of students apply for nursing degrees",
        "Photo: Applicants at an open day in Brennock (Kessel Press Agency)",
        BODY,
    ]
    assert classify_paragraphs(paragraphs) == {0: bp.TITLE, 1: bp.PHOTO_CREDIT}


def test_a_long_first_line_in_sentence_case_without_a_full_stop_is_the_title():
    paragraphs = ["Port authority says container traffic hit a record high in 2025 despite the strikes", BODY]
    assert classify_paragraphs(paragraphs) == {0: bp.TITLE}


def test_a_long_first_line_above_a_date_line_is_the_title():
    paragraphs = [
        "Joint statement with the Hon Mara Quill MP – the seasonal worker scheme reopens to 12 more"
        " countries from 1 March",
        "Friday, 14 February 2026",
        BODY,
    ]
    assert classify_paragraphs(paragraphs) == {0: bp.TITLE, 1: bp.DATELINE}


@pytest.mark.parametrize(
    ("sentence", "stamp"),
    [
        ("Updated 14 May 2026 09:12Record numbers of students applied.", "Updated 14 May 2026 09:12"),
        ("March 3, 2026 The council voted to cut 14 routes.", "March 3, 2026 "),
        ("Published: 2026-04-09 at 08:30 GMT Fuel prices rose.", "Published: 2026-04-09 at 08:30 GMT "),
        ("In May 2026 the council voted to cut 14 routes.", ""),
        ("LONDON, March 3 (Wirewatch) - Rail fares will rise.", "LONDON, March 3 (Wirewatch) - "),
        ("Kestrel Bay, Mar 4 (NWA) The second phase will open.", "Kestrel Bay, Mar 4 (NWA) "),
        ("ABUJA (NWA) - The minister said power had improved.", "ABUJA (NWA) - "),
        ("WASHINGTON — The Senate voted 52 to 48.", "WASHINGTON — "),
        ("TALPUR: The number of cases has crossed 6,000.", "TALPUR: "),
        ("DAYTON, Ohio (Lakes Wire) -- Tolls will rise.", "DAYTON, Ohio (Lakes Wire) -- "),
        (
            "REGINA, SK, Feb. 3, 2026 /Prairie Newswire/ - Harvest Co. today opened a mill.",
            "REGINA, SK, Feb. 3, 2026 /Prairie Newswire/ - ",
        ),
        ("Tamale, Nov. 8, NRA - The board says 40 depots will close.", "Tamale, Nov. 8, NRA - "),
        ("NHS England (NHSE) said waiting lists fell.", ""),
        ("Health Minister Agnes Thornbury said the ward would open.", ""),
    ],
)
def test_a_date_stamp_or_dateline_glued_to_the_first_sentence_is_found(sentence, stamp):
    assert sentence[: bp.leading_date_stamp(sentence)] == stamp


def test_a_press_release_subheading_under_its_headline_is_not_a_claim():
    paragraphs = [
        "FOR IMMEDIATE RELEASE",
        "Glenmoor Water to open a $90-million treatment works in Ashby, creating 120 jobs for the region",
        "Works will clean 40 million litres of water a day for homes across the valley",
        "Glenmoor Water said on Monday that the works would supply 90,000 homes.",
    ]
    assert classify_paragraphs(paragraphs)[2] == bp.HEADING


def test_a_press_release_keeps_its_headline_and_skips_its_release_line_and_about_section():
    paragraphs = [
        "FOR IMMEDIATE RELEASE",
        "Glenmoor Water opens a new treatment works",
        "Glenmoor Water said on Monday that the works would supply 90,000 homes.",
        "About Glenmoor Water",
        "Glenmoor Water is a utility serving 1.2 million customers in the north-west.",
        "Issued by the Glenmoor Water press office.",
        "###",
    ]
    assert classify_paragraphs(paragraphs) == {
        0: bp.PRESS_RELEASE,
        1: bp.TITLE,
        3: bp.PRESS_RELEASE,
        4: bp.PRESS_RELEASE,
        5: bp.PRESS_RELEASE,
        6: bp.PRESS_RELEASE,
    }


def test_a_fact_box_line_above_a_currency_note_stays_a_claim():
    lines = [
        BODY,
        "Net profit: 4.1 bln shillings (+6%)",
        "Dividend: 0.25 shillings per share",
        "($1 = 129.40 shillings)",
    ]
    assert classify_paragraphs(lines).get(2) != bp.EDITORS_NOTE


def test_bulleted_pledges_under_a_lead_in_ending_in_a_colon_are_sentences_not_headings():
    lines = [BODY, "The mayor said the city would:", "- plant 4,000 trees by 2028", "- hire 60 bus drivers"]
    assert classify_paragraphs(lines) == {}
