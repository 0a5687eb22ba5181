"""The seed article (seeds/000_5e1c3ae6a570970f.txt) must come out right: issue 3's acceptance test."""

from pathlib import Path

import pytest

from claims.extraction import boilerplate as bp
from claims.extraction import extract

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5e1c3ae6a570970f.txt"
FACTUAL = [
    "actively involved in giving technical military support to Syria",
    "delivering weapons and shielding his regime from international condemnation by using its veto",
    "the Russian military build-up in Syria late last week",
    "already functions as an anti-IS coalition conducting air raids",
    "the coalition works in coordination with his allies Iran, Iraq and the Hezbollah militia",
]


@pytest.fixture(scope="module")
def seed():
    return extract(SEED.read_text("utf-8"))


def _claim(seed, fragment):
    return next(c for c in seed.claims if fragment in c.text)


def test_photo_caption_credit_follow_line_and_comments_are_skipped_with_reasons(seed):
    skipped = {s.text: s.reason for s in seed.skipped}
    assert skipped["Putin Assad Getty"] == bp.PHOTO_CAPTION
    assert skipped["SERGEI KARPUKHIN/AFP/Getty Images"] == bp.PHOTO_CREDIT
    assert (
        skipped["Follow Sarkis Zeronian on Twitter: or e-mail to: szeronian@breitbart.com"]
        == bp.SOCIAL_FOLLOW
    )
    assert skipped["COMMENTS"] == bp.COMMENTS_HEADER
    assert skipped["Please let us know if you’re having issues with commenting."] == bp.COMMENT_NOTICE


def test_no_boilerplate_becomes_a_claim(seed):
    claim_text = " ".join(c.text for c in seed.claims)
    for junk in (
        "Getty",
        "Follow Sarkis",
        "COMMENTS",
        "commenting",
        "He wrote:",
        "The Russian President said:",
    ):
        assert junk not in claim_text


def test_putins_three_paragraph_quote_is_his(seed):
    for fragment in (
        "Simple common sense",
        "wide coalition to fight extremists",
        "should unite everyone",
        "without the Syrian Army fighting",
    ):
        claim = _claim(seed, fragment)
        assert (claim.speaker, claim.is_quote) == ("Vladimir Putin", True)


def test_assads_quote_is_his(seed):
    for fragment in ("I would like to take this opportunity", "bloodletting hasn’t stopped"):
        claim = _claim(seed, fragment)
        assert (claim.speaker, claim.is_quote) == ("Bashar al-Assad", True)


def test_ulrich_specks_five_paragraph_quote_after_he_wrote_is_his(seed):
    quoted = [c for c in seed.claims if c.paragraph_index >= 13 and c.is_quote]
    assert len({c.paragraph_index for c in quoted}) == 5
    assert {c.speaker for c in quoted} == {"Ulrich Speck"}
    assert len(quoted) == 10


def test_every_quoted_sentence_has_one_of_the_three_speakers(seed):
    assert {c.speaker for c in seed.claims if c.is_quote} == {
        "Vladimir Putin",
        "Bashar al-Assad",
        "Ulrich Speck",
    }


def test_putins_reported_confirmation_carries_his_full_name(seed):
    claim = _claim(seed, "Putin confirmed that")
    assert (claim.speaker, claim.is_quote, claim.is_reported) == ("Vladimir Putin", False, True)


def test_article_metadata_comes_from_the_text(seed):
    assert seed.title == "Putin Urges EU And US To Join Russia And Syria Fighting Islamic State"
    assert seed.author == "Sarkis Zeronian"
    assert seed.outlet == "Breitbart"


def test_factual_sentences_are_queued_near_the_top(seed):
    near_top = len(seed.claims) * 2 // 5
    for fragment in FACTUAL:
        claim = _claim(seed, fragment)
        assert claim.check_worthy, fragment
        assert claim.priority <= near_top, (fragment, claim.priority, near_top)


def test_every_claim_slices_back_out_of_the_article_text(seed):
    for claim in seed.claims:
        assert seed.text[claim.start : claim.end] == claim.text
        start, end = seed.paragraphs[claim.paragraph_index]
        assert start <= claim.start < claim.end <= end
        assert claim.paragraph_text == seed.text[start:end]


def test_assads_lead_in_does_not_outrank_the_quote_it_introduces(seed):
    lead_in = _claim(seed, "Assad backed Putin’s call")
    quote = [c for c in seed.claims if c.speaker == "Bashar al-Assad" and c.is_quote]
    assert lead_in.priority > min(c.priority for c in quote)


def test_assads_quote_keeps_its_lead_in_as_context(seed):
    lead_in = _claim(seed, "Assad backed Putin’s call")
    quote = [c for c in seed.claims if c.speaker == "Bashar al-Assad" and c.is_quote]
    assert quote and all(c.lead_in == lead_in.text for c in quote)
    assert not lead_in.lead_in
