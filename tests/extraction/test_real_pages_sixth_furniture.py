"""Titles, dates, furniture and transcript labels from the sixth real-page measurement (issue #19).

Every article here is invented; each reproduces a layout seen on the real pages."""

import datetime as dt

from claims.extraction.pipeline import extract
from claims.extraction.sentences import split_sentences

LEDE = (
    "The Volta Regional Minister, Kofi Agbeko has defended the closure of 14 sand-winning pits in the"
    " region, saying the Minerals Commission never sent him the 9 permits it issued."
)
SECOND = "The Minister said 300 trucks had left the pits in March alone, against 40 in January."


def texts(article) -> list[str]:
    return [claim.text for claim in sorted(article.claims, key=lambda claim: claim.start)]


def test_a_date_line_with_a_section_name_is_never_the_title_and_gives_the_date():
    article = extract(f" date 2026-05-20 General News of Wednesday, 20 May 2026\n\n{LEDE}\n\n{SECOND}")
    assert article.title is None
    assert article.published == dt.date(2026, 5, 20)
    assert not any("General News" in text for text in texts(article))


def test_a_weekday_date_and_a_social_media_label_above_the_headline_are_not_the_title():
    headline = "Agbeko after cabinet session: We have closed the pits"
    article = extract(f"Tuesday, June 9\nSocial Media Profiles:\n\n{headline}\n\n{LEDE}\n\n{SECOND}")
    assert article.title == headline


def test_a_photo_caption_printed_twice_under_the_headline_is_neither_title_nor_claim():
    caption = "Volta Regional Minister, Kofi Agbeko."
    article = extract(f"Minister defends pit closures\n\n{caption}\n{caption}\n\n{LEDE}\n\n{SECOND}")
    assert article.title == "Minister defends pit closures"
    assert caption not in texts(article)


def test_a_section_label_gives_way_to_the_headline_above_a_captioned_photo_credit():
    headline = "Ferry cancellations in the Highlands rise for a third month"
    credit = "Harbour and ferry Image copyright Getty Images"
    page = f"Scotland politics\n\n{headline}\n\n{credit}\n\n{LEDE}\n\n{SECOND}"
    assert extract(page).title == headline


def test_an_accessibility_notice_is_not_the_title_and_a_welsh_month_date_is_read():
    headline = "Huge rise in ambulance handover delays unacceptable - Gareth Pryce"
    notice = "Switch to an accessible version of this website which is easier to read. (requires cookies)"
    article = extract(f"{notice}\n\n{headline}\n\n2026 Mawrth 12 10:05 AM\n\n{LEDE}\n\n{SECOND}")
    assert article.title == headline
    assert article.published == dt.date(2026, 3, 12)


def test_a_date_stamp_glued_to_the_first_sentence_is_cut_off_the_claim_and_read_as_the_date():
    article = extract(f" date 2026-03-04 {LEDE}\n{SECOND}")
    assert texts(article)[0] == LEDE
    assert article.published == dt.date(2026, 3, 4)


def test_a_present_tense_photo_caption_dated_to_the_weekday_in_the_body_is_not_a_claim():
    caption = (
        "Residents march to the county courthouse after it was announced that charges would be brought"
        " against two deputies in Dayton, OH on Saturday March 14, 2026."
    )
    assert caption not in texts(extract(f"{LEDE}\n\n{caption}\n\n{SECOND}"))


def test_a_caption_ending_in_its_outlets_credit_under_the_headline_is_not_a_claim():
    article = extract(
        f"Minister defends pit closures\n\nTrucks queue at a sand pit (ABC)\n\n{LEDE}\n\n{SECOND}"
    )
    assert article.title == "Minister defends pit closures"
    assert texts(article) == [LEDE, SECOND]


def test_lines_with_html_tags_left_in_them_are_not_claims():
    box = (
        "SCHOOL BUS DELAYS Buses late in January - 412Buses late in February - 637 <i>For routes in"
        " Montgomery County. Source: County Transit Office</i>"
    )
    ad = (
        'Kofi Agbeko <a href="//ads.example.net/rc?cs=1f2e"> <br />'
        ' <img src="https://example.com/a.jpg" alt="" /></a>'
    )
    claims = texts(extract(f"{ad}\n\n{LEDE}\n\n{box}\n\n{SECOND}"))
    assert not any("<" in text for text in claims)
    assert not any("SCHOOL BUS" in text or "Transit Office" in text for text in claims)


def test_a_sites_own_notices_and_links_are_not_claims():
    notices = [
        "Version 0 of 1.",
        "Try Scribewell for free and save time transcribing, captioning, and subtitling.",
        "Read the details in the news briefing transcript here.",
        "The Harbour Broadcaster is not responsible for the content of external Internet sites",
        "Bottom left to right: officer Jane Roe, sergeant John Doe.",
    ]
    claims = texts(extract("\n\n".join([LEDE, *notices, SECOND])))
    assert claims == [LEDE, SECOND]


def test_a_timestamped_turn_label_on_its_own_line_names_the_speaker_without_the_office():
    page = (
        "DA Announces Arson Charges: Press Conference Transcript\n\n"
        "District Attorney Dana Whitfield: (00:12)\nGood afternoon, and thank you all for coming today.\n\n"
        "District Attorney Dana Whitfield: (00:48)\nSo we have decided to issue warrants for two men today."
        " There have been 27 fires in seven days.\n"
    )
    article = extract(page)
    assert not any("(00:48)" in text for text in texts(article))
    fires = next(claim for claim in article.claims if "27 fires" in claim.text)
    assert fires.speaker == "Dana Whitfield"


def test_a_read_also_block_ends_at_the_story_paragraph_that_lost_its_full_stop():
    page = "\n".join(
        [
            LEDE,
            "The comment comes after claims by the Minority that 18 pits had reopened without permits.",
            "The Minority has called for an inquiry into the Minerals Commission.",
            "READ ALSO:",
            "If the bridge is not finished by June, we will sue - chiefs",
            "Agbeko has failed the people of the region- Minority",
            "Deputy Minister for Mines, Efua Mensah stated that the closures cover 14 pits worth 310 million"
            " cedis signed since 2023",
            "''That is the position of the government,'' she said.",
            SECOND,
            "The pits will stay closed until the audit ends in June.",
        ]
    )
    claims = texts(extract(page))
    assert any("Efua Mensah stated that" in text for text in claims)
    assert not any("we will sue" in text for text in claims)


def test_an_abbreviated_police_rank_stays_with_the_name_after_it():
    text = "An incident report filed by Greensboro police Cpl. KR Johnson says he was held down."
    assert split_sentences(text, 0, len(text)) == [(0, len(text))]


def test_a_headline_glued_to_the_sites_breadcrumb_is_the_headline_again_not_a_claim():
    headline = "DA Announces Arson Charges After Riverside Warehouse Fires: Press Conference Transcript"
    article = extract(f"{headline}\n\nScribewellBlogTranscripts{headline}\n\n{LEDE}\n\n{SECOND}")
    assert texts(article) == [LEDE, SECOND]
