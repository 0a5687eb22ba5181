"""The seed article, stored and extracted, gives the queue reviewers expect."""

import pytest

from claims.ingest import extract_claims, ingest_text
from claims.models import ClaimStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_article(seed_text):
    article = ingest_text(seed_text).article
    extract_claims(article)
    article.refresh_from_db()
    return article


def test_the_author_and_outlet_come_from_the_text(seed_article):
    assert seed_article.author == "Sarkis Zeronian"
    assert seed_article.outlet == "Breitbart"


def test_boilerplate_is_kept_as_skipped_text_not_claims(seed_article):
    skipped = " ".join(s["text"] for s in seed_article.skipped_text)
    for line in ("SERGEI KARPUKHIN/AFP/Getty Images", "Follow Sarkis Zeronian on Twitter", "COMMENTS"):
        assert line in skipped
        assert not seed_article.claims.filter(text__contains=line).exists()


def test_quotes_carry_their_speakers(seed_article):
    speakers = set(seed_article.claims.filter(is_quote=True).values_list("speaker", flat=True))
    assert speakers == {"Vladimir Putin", "Bashar al-Assad", "Ulrich Speck"}


def test_reported_speech_keeps_its_speaker_and_is_marked_as_reported(seed_article):
    claim = seed_article.claims.get(text__startswith="Putin confirmed that Russia")
    assert (claim.speaker, claim.is_quote, claim.is_reported) == ("Vladimir Putin", False, True)
    assert not seed_article.claims.filter(is_quote=True, is_reported=True).exists()


def test_factual_sentences_are_queued(seed_article):
    queued = " ".join(seed_article.claims.filter(status=ClaimStatus.QUEUED).values_list("text", flat=True))
    assert "technical military support to Syria" in queued
    assert "veto at the UN Security Council" in queued


def test_every_claim_slices_back_out_of_the_stored_body(seed_article):
    for claim in seed_article.claims.all():
        assert seed_article.body[claim.start : claim.end] == claim.text


def test_each_stored_claim_says_why_it_has_its_speaker(seed_article):
    claim = seed_article.claims.get(text__startswith="Putin confirmed that Russia")
    assert claim.speaker_reason == "named in the same sentence"
    quote = seed_article.claims.filter(speaker="Ulrich Speck", is_quote=True).first()
    assert quote.speaker_reason == "pronoun -> nearest preceding male person"  # "He wrote:"
