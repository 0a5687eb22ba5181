"""Seventh real-page measurement (issue #19): titles under an ad slot, a section label or a
masthead, listing pages, subheads, glued notices and the dates pages give. Invented text only."""

import datetime as dt

from claims.extraction.pipeline import extract

LEDE = (
    "Bauchi state governor, Ibrahim Dankwambo, today said that 14 of the 20 councils in the state owe"
    " workers at least four months of salaries."
)
SECOND = "Dankwambo said the councils receive 3.1 billion naira a month but spend 3.6 billion on wages."


def texts(article) -> list[str]:
    """The claims in reading order (extraction ranks them)."""
    starts = {claim.text: claim.start for claim in article.claims}
    return sorted(starts, key=starts.get)


def test_a_quote_headline_under_a_section_label_is_the_title_without_its_programme_note():
    page = (
        "Economy\n\n"
        "Daniyar Seitkali: We will not raise the pension age again. (Minister of Labour, the guest of"
        " the Evening Question programme from 12.03.2026)\n\n12.03.26\n\n"
        f"{LEDE}\n\n{SECOND}"
    )
    article = extract(page)
    assert article.title == "Daniyar Seitkali: We will not raise the pension age again."
    assert texts(article) == [LEDE, SECOND]


def test_the_first_turn_of_a_transcript_under_a_section_label_stays_a_turn():
    page = (
        "Economy\n\nDaniyar Seitkali: We will not raise the pension age again.\n\n"
        "Aigerim Nurlanova: Will the fund pay its way in 2027?\n\n"
        "Daniyar Seitkali: The fund paid 4.2 trillion tenge in 2025, 11 percent more than in 2024.\n"
    )
    assert extract(page).title != "Daniyar Seitkali: We will not raise the pension age again."


def test_an_ad_slots_name_above_the_date_line_gives_way_to_the_long_headline_below():
    headline = (
        "The hardest office to hold in this country is that of a local council chairman- Ibrahim"
        " Dankwambo declares"
    )
    body = f"{LEDE} He said this today at a summit of council chairmen in Bauchi\n{SECOND[:-1]}"
    article = extract(f"Sidebar_ads\n\nMonday, 9 March 2026\n\n{headline}\n\n{body}\n\nNo comments:")
    assert article.title == headline
    assert article.published == dt.date(2026, 3, 9)
    assert not any("Sidebar_ads" in text or "declares" in text for text in texts(article))


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
    claims = texts(article)
    assert not any("Heartless" in text or "Did Not Sponsor" in text or "Tag:" in text for text in claims)
    assert any("11 of the 21 councils" in text for text in claims)


def test_a_one_sentence_subhead_summing_up_the_section_below_it_is_not_a_claim():
    subhead = "The previous government left 34 irrigation projects unfinished."
    before = (
        "The war of words in the state assembly continued on Tuesday, and Minister Ramesh Kashyap"
        " replied to the charges made by the opposition while speaking in the House."
    )
    after = (
        "In reply, Minister Kashyap said that 34 irrigation projects were left unfinished by the previous"
        " government during its five-year tenure and 1,200 crore rupees was spent on them."
    )
    claims = texts(extract(f"{before}\n\n{subhead}\n\n{after}"))
    assert subhead not in claims
    assert any("1,200 crore rupees" in text for text in claims)


def test_a_short_paragraph_with_a_new_claim_between_paragraphs_stays_a_claim():
    line = "Waiting times fell to 41 days in March."
    before, after = (
        "The hospital board met on Tuesday to review the figures for the first quarter, which it"
        " published on its website the same afternoon.",
        "The board said the new theatre at the county hospital had carried out 1,900 operations since"
        " it opened in January, against a target of 1,500.",
    )
    assert line in texts(extract(f"{before}\n\n{line}\n\n{after}"))


def test_a_sites_notice_with_video_links_pasted_inside_is_not_a_claim_and_the_stamp_gives_the_date():
    notice = (
        "This article Click to see Video describes something that took place only a few minutes ago."
        " Today, See Video Clip the report was distributed to the public by our publishers."
    )
    article = extract(f" date 2026-02-11 {notice}\n\n{LEDE}\n\n{SECOND}")
    assert texts(article) == [LEDE, SECOND]
    assert article.published == dt.date(2026, 2, 11)


def test_a_masthead_under_the_pages_render_date_is_the_outlet_and_first_published_is_the_date():
    page = (
        "Wednesday, March 11, 2026 | 09:40 AM IST\nNarmada Standard\nNotification Icon\n"
        "userprofile IconSearch\n\n"
        "Patel dares Gujarat CM to open tender files\n\n"
        "The files cover contracts the Congress says were given without bids\n\n"
        f"Image\n\n{LEDE}\n\n{SECOND}\n\n"
        "Don't miss the most important news and views of the day. Get them on our Telegram channel\n\n"
        "First Published: Feb 3 2019 | 1:15 PM IST\n\nExplore News\n"
    )
    article = extract(page)
    assert article.title == "Patel dares Gujarat CM to open tender files"
    assert article.outlet == "Narmada Standard"
    assert article.published == dt.date(2019, 2, 3)
    assert texts(article) == [LEDE, SECOND]


def test_a_dateline_naming_state_and_country_glued_after_the_stamp_is_cut_off_the_claim():
    article = extract(
        f" date 2026-01-18 Indore (Madhya Pradesh) [India], January 18 (NNS): {LEDE}\n\n{SECOND}"
    )
    assert texts(article) == [LEDE, SECOND]
    assert article.published == dt.date(2026, 1, 18)


def test_an_updated_bar_under_the_headline_gives_the_date_and_is_not_a_claim():
    headline = "EXCLUSIVE | Flood relief was stolen, the audit must be public: opposition leader"
    article = extract(f"{headline}\n\n| Updated: 2 February, 2026 10:05 am IST\n\n{LEDE}\n\n{SECOND}")
    assert article.title == headline
    assert article.published == dt.date(2026, 2, 2)
    assert texts(article) == [LEDE, SECOND]
