import pytest

from claims.ingest import IngestError, decode_upload, extract_claims, ingest_text
from claims.models import Article

pytestmark = pytest.mark.django_db


def test_ingesting_the_same_text_twice_keeps_one_article(seed_text):
    first = ingest_text(seed_text)
    again = ingest_text(seed_text.replace("\n", "\r\n") + "\n\n")
    assert first.created and not again.created
    assert again.article.pk == first.article.pk
    assert Article.objects.count() == 1


def test_ingesting_the_same_url_twice_keeps_one_article():
    ingest_text("First version of the story.", url="https://news.example.org/a")
    result = ingest_text("Updated version of the story.", url="https://news.example.org/a")
    assert not result.created
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("   \n\t ", "empty"), ("\x01\x02\x03\x04" * 50, "does not look like text")],
)
def test_unusable_text_is_refused_and_nothing_is_stored(text, message):
    with pytest.raises(IngestError, match=message):
        ingest_text(text)
    assert not Article.objects.exists()


def test_oversized_text_is_refused(settings):
    settings.INGEST_MAX_CHARS = 2048
    with pytest.raises(IngestError, match="2,048-character limit"):
        ingest_text("A sentence. " * 500)
    assert not Article.objects.exists()


def test_the_length_limit_counts_characters_not_bytes(settings):
    settings.INGEST_MAX_CHARS = 2048
    cyrillic = "Министр заявил, что безработица упала. " * 50  # 1,950 characters, 3,600 bytes

    assert ingest_text(cyrillic).created


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"), (b"caf\xe9 au lait", "not valid UTF-8")],
)
def test_binary_or_undecodable_uploads_are_refused(data, message):
    with pytest.raises(IngestError, match=message):
        decode_upload(data)


def test_extraction_gives_claims_whose_offsets_slice_back_to_their_text(seed_text):
    article = ingest_text(seed_text).article
    extract_claims(article)
    extract_claims(article)  # running it twice adds nothing
    article.refresh_from_db()
    claims = list(article.claims.all())
    assert len(claims) == len({(c.start, c.end) for c in claims}) > 10
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text
