import pytest

from claims.article_claims import extract_claims
from claims.ingest import ingest_text
from claims.models import ClaimStatus

pytestmark = pytest.mark.django_db
CLAIM = "Unemployment in the county fell to 3.9 percent in March, the lowest rate since 2001."


def ingest_and_extract(text: str):
    article = ingest_text(text).article
    extract_claims(article)
    return article


def test_an_identical_claim_in_another_article_is_linked_and_not_queued_twice():
    first = ingest_and_extract(f"Jobs report\n\n{CLAIM}")
    second = ingest_and_extract(f"County news in brief\n\nOfficials were pleased. {CLAIM}")
    original = first.claims.get(text=CLAIM)
    repeat = second.claims.get(text=CLAIM)
    assert repeat.duplicate_of == original
    assert repeat.status == ClaimStatus.DISMISSED
    assert str(original.pk) in repeat.dismissal_reason


def test_a_reworded_claim_is_linked_to_the_earlier_one_and_still_queued():
    first = ingest_and_extract(f"Jobs report\n\n{CLAIM}")
    reworded = "In March, unemployment in the county fell to 3.9 percent, the lowest rate since 2001."
    second = ingest_and_extract(f"Weekly round-up\n\n{reworded}")
    repeat = second.claims.get(text=reworded)
    assert repeat.duplicate_of == first.claims.get(text=CLAIM)
    assert repeat.status == ClaimStatus.QUEUED


def test_a_claim_repeated_in_another_article_rises_in_the_queue():
    first = ingest_and_extract(f"Jobs report\n\n{CLAIM}")
    before = first.claims.get(text=CLAIM).priority
    ingest_and_extract(f"County news in brief\n\nOfficials were pleased. {CLAIM}")
    assert first.claims.get(text=CLAIM).priority > before
