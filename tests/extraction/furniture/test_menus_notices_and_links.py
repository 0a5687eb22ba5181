"""Site furniture between the paragraphs: a site's notices and links, related-article blocks,
video blocks, adverts and leftover markup are not claims. All text is invented."""

import datetime as dt

from claims.extraction.pipeline import analyse, extract
from tests.extraction.pages import (
    BAUCHI_LEDE,
    BAUCHI_SECOND,
    FLOOD_LEDE,
    KUMASI_HEADLINE,
    KUMASI_LEDE,
    KUMASI_SECOND,
    VOLTA_LEDE,
    VOLTA_SECOND,
)
from tests.extraction.reading import (
    claims_in_order,
    distinct_claims_in_order,
    skipped_reasons,
    unwrapped_claim_texts,
)


def test_a_related_articles_block_is_not_claims():
    page = (
        f"{FLOOD_LEDE}\n\nTop News\nRelated Articles More\nMayor opens new bridge; Says city will add 40 "
        "buses by May Over 2,000 cases cleared by harbour court: registrar\nPolice seize 3 tonnes of fish"
    )
    assert not [c for c in unwrapped_claim_texts(page) if "2,000 cases" in c or "40 buses" in c]


def test_another_storys_headline_between_paragraphs_is_not_glued_to_a_claim():
    page = (
        "Mayor Ines Kowal said on Friday the city would add 40 buses to the Harbour line by May.\n"
        "Council tax to rise 4% in April after budget vote\n"
        "In comments to reporters, Kowal said the buses would cost 12 million pounds over two years.\n"
        "She said the first ten would arrive in March, ahead of the summer timetable.\n"
    )
    claims = unwrapped_claim_texts(page)
    assert not [c for c in claims if "Council tax" in c]
    assert any(c.startswith("In comments to reporters") for c in claims)


LINKS = [
    "More island news:",
    "- Harbour wall repairs finish early, says council",
    "- Lifeboat crew rescue two kayakers",
    "Related coverage:",
    "Fuel prices climb for fourth week - energy regulator",
]

STORY_WITH_LINKS = "\n\n".join(
    [
        "Ferry fares to rise by 8 per cent",
        "The island ferry company said fares would rise by 8 per cent in April.",
    ]
    + LINKS
)


def test_headlines_under_a_related_or_more_heading_are_links_not_claims():
    skipped = skipped_reasons(STORY_WITH_LINKS)
    assert skipped["- Harbour wall repairs finish early, says council"] == "read_more"
    assert skipped["Fuel prices climb for fourth week - energy regulator"] == "read_more"
    assert "The island ferry company said fares would rise by 8 per cent in April." in [
        c.text for c in analyse(STORY_WITH_LINKS).claims
    ]


def test_lines_with_html_tags_left_in_them_are_not_claims():
    box = (
        "SCHOOL BUS DELAYS Buses late in January - 412Buses late in February - 637 <i>For routes in"
        " Montgomery County. Source: County Transit Office</i>"
    )
    ad = (
        'Kofi Agbeko <a href="//ads.example.net/rc?cs=1f2e"> <br />'
        ' <img src="https://example.com/a.jpg" alt="" /></a>'
    )
    claims = claims_in_order(extract(f"{ad}\n\n{VOLTA_LEDE}\n\n{box}\n\n{VOLTA_SECOND}"))
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
    claims = claims_in_order(extract("\n\n".join([VOLTA_LEDE, *notices, VOLTA_SECOND])))
    assert claims == [VOLTA_LEDE, VOLTA_SECOND]


def test_a_read_also_block_ends_at_the_story_paragraph_that_lost_its_full_stop():
    page = "\n".join(
        [
            VOLTA_LEDE,
            "The comment comes after claims by the Minority that 18 pits had reopened without permits.",
            "The Minority has called for an inquiry into the Minerals Commission.",
            "READ ALSO:",
            "If the bridge is not finished by June, we will sue - chiefs",
            "Agbeko has failed the people of the region- Minority",
            "Deputy Minister for Mines, Efua Mensah stated that the closures cover 14 pits worth 310 million"
            " cedis signed since 2023",
            "''That is the position of the government,'' she said.",
            VOLTA_SECOND,
            "The pits will stay closed until the audit ends in June.",
        ]
    )
    claims = claims_in_order(extract(page))
    assert any("Efua Mensah stated that" in text for text in claims)
    assert not any("we will sue" in text for text in claims)


def test_a_headline_glued_to_the_sites_breadcrumb_is_the_headline_again_not_a_claim():
    headline = "DA Announces Arson Charges After Riverside Warehouse Fires: Press Conference Transcript"
    article = extract(f"{headline}\n\nScribewellBlogTranscripts{headline}\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}")
    assert claims_in_order(article) == [VOLTA_LEDE, VOLTA_SECOND]


def test_a_sites_notice_with_video_links_pasted_inside_is_not_a_claim_and_the_stamp_gives_the_date():
    notice = (
        "This article Click to see Video describes something that took place only a few minutes ago."
        " Today, See Video Clip the report was distributed to the public by our publishers."
    )
    article = extract(f" date 2026-02-11 {notice}\n\n{BAUCHI_LEDE}\n\n{BAUCHI_SECOND}")
    assert distinct_claims_in_order(article) == [BAUCHI_LEDE, BAUCHI_SECOND]
    assert article.published == dt.date(2026, 2, 11)


def test_video_blocks_and_their_dated_blurbs_are_not_claims():
    page = (
        f"{KUMASI_HEADLINE}\n\n{KUMASI_LEDE}\n\n"
        "Click to play video: 'Minister unveils new buses'\nMinister unveils new buses\n"
        "The buses were built in Tema. as Kofi Asante reports, drivers are still being trained"
        " – Mar 4, 2026\n\n"
        f"{KUMASI_SECOND}"
    )
    assert distinct_claims_in_order(extract(page)) == [KUMASI_LEDE, KUMASI_SECOND]


def test_a_providers_advert_above_the_lede_is_not_a_claim():
    page = (
        f"{KUMASI_HEADLINE}\n\nUpgrade to Fibre Max for only $39/month!\n\n{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    )
    assert distinct_claims_in_order(extract(page)) == [KUMASI_LEDE, KUMASI_SECOND]
