"""Eighth real-page measurement (issue #19): titles under page chrome (a breadcrumb, an image's
alt text, an advert label, a site section over the date, an "Opinion |" prefix), video blocks,
a caption ending in its photographer's name, a provider's advert and a standfirst the lede
retells. Invented text only."""

import datetime as dt

from claims.extraction.pipeline import extract
from tests.extraction.test_real_pages_seventh_furniture import texts

LEDE = "Transport Minister Kwesi Adjei has said 120 new buses will run in Kumasi from June."
SECOND = "Adjei said the buses cost 90 million cedis and will carry 40,000 people a day."
HEADLINE = "New buses for Kumasi by June, minister promises"


def test_a_you_are_here_breadcrumb_is_not_the_title_and_the_dated_section_gives_the_date():
    page = (
        "You are here: HomeBusiness2026 04 02Article 55120\n\nBusiness News of Thursday, 2 April 2026\n\n"
        f"Source: www.example-news.test\n\n{HEADLINE}\n\n{LEDE}\n\n{SECOND}"
    )
    article = extract(page)
    assert article.title == HEADLINE
    assert article.published == dt.date(2026, 4, 2)
    assert texts(article) == [LEDE, SECOND]


def test_an_avatars_alt_text_over_the_byline_leaves_the_headline_as_title_and_drops_the_standfirst():
    headline = "New buses for Kumasi by June – Adjei"
    standfirst = "Buses will run from June, Adjei said, adding 40,000 riders a day"
    page = (
        f"Avatar photo\n\nBy Thandi Mokoena\n\nTransport Reporter\n\n{headline}\n\n{standfirst}\n\n"
        f"{LEDE}\n\n{SECOND}"
    )
    article = extract(page)
    assert article.title == headline
    assert texts(article) == [LEDE, SECOND]


def test_an_advertisement_label_run_into_a_kicker_is_not_the_title():
    headline = "‘No more waiting’: Row erupts in the assembly over new buses"
    page = f"Advertisement\nwar of words\n\n{headline}\n\n{LEDE}\n\n{SECOND}"
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
    assert extract(f"Opinion | {HEADLINE}\n\n{LEDE}\n\n{SECOND}").title == HEADLINE


def test_video_blocks_and_their_dated_blurbs_are_not_claims():
    page = (
        f"{HEADLINE}\n\n{LEDE}\n\n"
        "Click to play video: 'Minister unveils new buses'\nMinister unveils new buses\n"
        "The buses were built in Tema. as Kofi Asante reports, drivers are still being trained"
        " – Mar 4, 2026\n\n"
        f"{SECOND}"
    )
    assert texts(extract(page)) == [LEDE, SECOND]


def test_a_caption_ending_in_its_photographers_name_in_capitals_is_not_a_claim():
    page = (
        f"{HEADLINE}\n\n"
        "Kwesi Adjei speaks at the depot in Kumasi, March 3, 2026.\n"
        "After the audit found 30% of buses off the road, Kwesi Adjei said the depot would be rebuilt."
        " (AMA OWUSU)\n\n"
        f"{LEDE}\n\n{SECOND}"
    )
    assert not any("audit found" in text for text in texts(extract(page)))


def test_a_providers_advert_above_the_lede_is_not_a_claim():
    page = f"{HEADLINE}\n\nUpgrade to Fibre Max for only $39/month!\n\n{LEDE}\n\n{SECOND}"
    assert texts(extract(page)) == [LEDE, SECOND]


def test_a_standfirst_the_lede_retells_is_not_a_claim():
    standfirst = "Kumasi gets 120 new buses from June, Adjei said, promising 40,000 riders a day"
    page = f"{HEADLINE}\n\n{standfirst}\n\n{LEDE}\n\n{SECOND}"
    assert texts(extract(page)) == [LEDE, SECOND]
