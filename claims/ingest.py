"""Store an incoming article once, then hand it to the extraction task.

Every way in (the ingest command, the admin "Add article" page, the API) ends in
`ingest_text`, so validation, de-duplication and enqueueing are the same for all.
"""

import hashlib
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from claims.models import Article
from claims.models.article import ArticleStatus


class IngestError(ValueError):
    """Input that cannot become an article; the message is shown to the user as is."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def decode_upload(data: bytes) -> str:
    """Bytes from a file or request body to text, refusing binary and undecodable input."""
    if len(data) > settings.INGEST_MAX_BYTES:
        raise IngestError(f"article is larger than the {settings.INGEST_MAX_BYTES:,}-byte limit")
    if b"\x00" in data[:8192]:
        raise IngestError("input looks binary (it contains NUL bytes), not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"input is not valid UTF-8 (byte {exc.start})") from None


def normalise_text(text: str) -> str:
    """NFC, unified newlines, trimmed trailing spaces; what offsets and hashes refer to."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text: str) -> str:
    folded = " ".join(normalise_text(text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def validate_text(text: str) -> str:
    text = normalise_text(text)
    if not text:
        raise IngestError("article is empty")
    if len(text.encode("utf-8")) > settings.INGEST_MAX_BYTES:
        raise IngestError(f"article is larger than the {settings.INGEST_MAX_BYTES:,}-byte limit")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text[:10000])
    if printable < 0.95 * min(len(text), 10000):
        raise IngestError("input does not look like text (too many control characters)")
    return text


def ingest_text(text: str, *, url: str = "", html: str = "", user=None, **metadata) -> IngestResult:
    """Store the article (or find it again) and enqueue claim extraction after commit.

    Re-ingesting the same URL or the same normalised text returns the existing row.
    """
    from claims.tasks import extract_article

    body = validate_text(text)
    digest = content_hash(body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is None and url:
        existing = Article.objects.filter(url=url).first()
    if existing is not None:
        if existing.status == ArticleStatus.PENDING:
            transaction.on_commit(lambda: extract_article.delay(existing.pk))
        return IngestResult(existing, created=False)
    fields = {k: v for k, v in metadata.items() if v}
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url, html=html, body=body, content_hash=digest, ingested_by=user, **fields
            )
            transaction.on_commit(lambda: extract_article.delay(article.pk))
    except IntegrityError:
        # Another request stored the same article a moment ago: that row is the answer.
        return IngestResult(Article.objects.get(content_hash=digest), created=False)
    return IngestResult(article, created=True)


def _sentence_spans(text: str):
    """Sentences with offsets and paragraph index (replaced by the extraction pipeline)."""
    from syntok import segmenter

    for p_index, paragraph in enumerate(segmenter.analyze(text)):
        for sentence in paragraph:
            tokens = list(sentence)
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            yield p_index, start, end


def extract_claims(article: Article) -> int:
    """Split the article into candidate claims and queue them; returns how many were new."""
    created = 0
    with transaction.atomic():
        for p_index, start, end in _sentence_spans(article.body):
            sentence = article.body[start:end]
            _, was_created = article.claims.get_or_create(
                start=start,
                end=end,
                defaults={
                    "text": sentence,
                    "paragraph_index": p_index,
                    "normalized_hash": content_hash(sentence),
                    "status": "queued",
                },
            )
            created += was_created
        Article.objects.filter(pk=article.pk).update(status=ArticleStatus.EXTRACTED, error="")
    return created
