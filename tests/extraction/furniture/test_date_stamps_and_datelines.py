"""Date stamps and datelines glued to the first sentence are cut off the claim.
All text is invented."""

import datetime as dt

from claims.extraction.boilerplate import leading_date_stamp
from claims.extraction.pipeline import extract
from tests.extraction.pages import BAUCHI_LEDE, BAUCHI_SECOND, FLOOD_LEDE, VOLTA_LEDE, VOLTA_SECOND
from tests.extraction.reading import claims_in_order, distinct_claims_in_order, unwrapped_claim_texts


def test_an_item_number_and_dateline_are_not_part_of_the_claim():
    page = f"1. PORT ALDRIC, Selwyn — {FLOOD_LEDE}"
    assert unwrapped_claim_texts(page)[0].startswith("Floodwater closed 14 stations")


def test_a_paragraph_between_slashes_dateline_is_kept_as_a_claim():
    text = (
        "MIRGOROD, March 4. /Xinhua/. The Veltrian Interior Ministry expects the broadcaster to "
        "correct 14 errors in its report, the ministry's spokeswoman Oksana Derevko said."
    )
    claims = [claim.text for claim in extract(text).claims]
    assert any("14 errors" in claim for claim in claims)


def test_a_published_stamp_and_a_dateline_glued_to_the_first_sentence_are_both_cut_off():
    sentence = "Published December 3, 2026LAHORE: The water board said 40 hydrants were illegal."
    assert sentence[leading_date_stamp(sentence) :] == "The water board said 40 hydrants were illegal."


def test_a_date_stamp_glued_to_the_first_sentence_is_cut_off_the_claim_and_read_as_the_date():
    article = extract(f" date 2026-03-04 {VOLTA_LEDE}\n{VOLTA_SECOND}")
    assert claims_in_order(article)[0] == VOLTA_LEDE
    assert article.published == dt.date(2026, 3, 4)


def test_a_dateline_naming_state_and_country_glued_after_the_stamp_is_cut_off_the_claim():
    article = extract(
        " date 2026-01-18 Indore (Madhya Pradesh) [India], January 18 (NNS): "
        f"{BAUCHI_LEDE}\n\n{BAUCHI_SECOND}"
    )
    assert distinct_claims_in_order(article) == [BAUCHI_LEDE, BAUCHI_SECOND]
    assert article.published == dt.date(2026, 1, 18)


def test_an_updated_bar_under_the_headline_gives_the_date_and_is_not_a_claim():
    headline = "EXCLUSIVE | Flood relief was stolen, the audit must be public: opposition leader"
    article = extract(
        f"{headline}\n\n| Updated: 2 February, 2026 10:05 am IST\n\n{BAUCHI_LEDE}\n\n{BAUCHI_SECOND}"
    )
    assert article.title == headline
    assert article.published == dt.date(2026, 2, 2)
    assert distinct_claims_in_order(article) == [BAUCHI_LEDE, BAUCHI_SECOND]
