"""Photo captions and their credits are not claims, wherever the page prints them.
All text is invented."""

from claims.extraction.pipeline import extract
from tests.extraction.pages import KUMASI_HEADLINE, KUMASI_LEDE, KUMASI_SECOND, VOLTA_LEDE, VOLTA_SECOND
from tests.extraction.reading import claims_in_order, distinct_claims_in_order, unwrapped_claim_texts


def test_a_photo_caption_between_the_headline_and_a_stock_credit_is_not_a_claim():
    page = (
        "OPINION: Put the ferry back on the budget\n\n"
        "In Kelby, volunteer Jo Marsh said 300 residents signed a petition for the ferry.\n\n"
        "- 123RF Stock Photo\n\n"
        "Congratulations to the council on its new budget, which spends 40 million pounds on roads "
        "and nothing at all on the ferry that 2,000 people used every week."
    )
    assert not [c for c in unwrapped_claim_texts(page) if "300 residents" in c]


def test_a_photo_caption_printed_twice_under_the_headline_is_neither_title_nor_claim():
    caption = "Volta Regional Minister, Kofi Agbeko."
    article = extract(
        f"Minister defends pit closures\n\n{caption}\n{caption}\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}"
    )
    assert article.title == "Minister defends pit closures"
    assert caption not in claims_in_order(article)


def test_a_present_tense_photo_caption_dated_to_the_weekday_in_the_body_is_not_a_claim():
    caption = (
        "Residents march to the county courthouse after it was announced that charges would be brought"
        " against two deputies in Dayton, OH on Saturday March 14, 2026."
    )
    assert caption not in claims_in_order(extract(f"{VOLTA_LEDE}\n\n{caption}\n\n{VOLTA_SECOND}"))


def test_a_caption_ending_in_its_outlets_credit_under_the_headline_is_not_a_claim():
    article = extract(
        f"Minister defends pit closures\n\nTrucks queue at a sand pit (ABC)\n\n{VOLTA_LEDE}\n\n{VOLTA_SECOND}"
    )
    assert article.title == "Minister defends pit closures"
    assert claims_in_order(article) == [VOLTA_LEDE, VOLTA_SECOND]


def test_a_caption_ending_in_its_photographers_name_in_capitals_is_not_a_claim():
    page = (
        f"{KUMASI_HEADLINE}\n\n"
        "Kwesi Adjei speaks at the depot in Kumasi, March 3, 2026.\n"
        "After the audit found 30% of buses off the road, Kwesi Adjei said the depot would be rebuilt."
        " (AMA OWUSU)\n\n"
        f"{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    )
    assert not any("audit found" in text for text in distinct_claims_in_order(extract(page)))
