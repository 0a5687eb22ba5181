"""Store an incoming article once, then hand it to the extraction task.

Every way in (the ingest command, the admin "Add article" page, the API) ends in
`ingest_text`, so validation, de-duplication and enqueueing are the same for all.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from claims.enqueue import enqueue_on_commit
from claims.extraction import dedupe
from claims.extraction.html import html_to_text, sanitize_html
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.pipeline import extract
from claims.models import Article, Claim, ClaimStatus
from claims.models.article import ArticleStatus
from claims.web.fetch import FetchedPage, FetchError, fetch
from claims.workflow import DismissalKind


class IngestError(ValueError):
    """Input that cannot become an article; the message is shown to the user as is."""


class ArticleTooLong(IngestError):
    """Input over INGEST_MAX_CHARS characters, or article text over what one article may cost
    (ARTICLE_MAX_CHARS, ARTICLE_MAX_PARAGRAPHS): the API answers 413."""


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def decode_upload(data: bytes) -> str:
    """Bytes from a file or request body to text, refusing binary and undecodable input."""
    if len(data) > 4 * settings.INGEST_MAX_CHARS:  # more bytes than that many characters can take
        raise ArticleTooLong(f"input is over the {settings.INGEST_MAX_CHARS:,}-character limit")
    if b"\x00" in data[:8192]:
        raise IngestError("input looks binary (it contains NUL bytes), not text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(f"input is not valid UTF-8 (byte {exc.start})") from None


def check_length(text: str) -> None:
    """Refuse text or HTML over INGEST_MAX_CHARS characters, however it was encoded on the way."""
    if len(text) > settings.INGEST_MAX_CHARS:
        raise ArticleTooLong(
            f"article is {len(text):,} characters, over the {settings.INGEST_MAX_CHARS:,}-character limit"
        )


def validate_text(text: str) -> str:
    """The normalised article text, or IngestError saying why it cannot be one."""
    check_length(text)
    sample = text[:10000]
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
    if printable < 0.95 * len(sample):
        raise IngestError("input does not look like text (too many control characters)")
    text = normalise(text)
    if not text:
        raise IngestError("article is empty")
    check_length(text)  # normalising can lengthen text (NFC, paragraph separators)
    check_cost(text)
    return text


def check_cost(body: str) -> None:
    """IngestError when normalised text is more than one article may cost to extract
    (ARTICLE_MAX_CHARS, ARTICLE_MAX_PARAGRAPHS as the pipeline lays them out)."""
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise ArticleTooLong(
            f"article is longer than the {settings.ARTICLE_MAX_CHARS:,}-character limit ({len(body):,})"
        )
    paragraphs = len(lay_out(body).paragraphs)
    if paragraphs > settings.ARTICLE_MAX_PARAGRAPHS:
        raise ArticleTooLong(
            f"article has more than the {settings.ARTICLE_MAX_PARAGRAPHS:,}-paragraph limit ({paragraphs:,})"
        )


def ingest_text(text: str, *, url: str = "", html: str = "", user=None, **metadata) -> IngestResult:
    """Store the article (or find it again) and enqueue claim extraction after commit.

    The article stays pending until extracted; if the broker is down the save still
    succeeds and claims.sweeper enqueues the extraction later.

    Re-ingesting the same URL or the same normalised text returns the existing row.
    """
    from claims.tasks import extract_article

    body = validate_text(text)
    digest = dedupe.content_hash(body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is None and url:
        existing = Article.objects.filter(url=url).first()
    if existing is not None:
        if existing.status == ArticleStatus.PENDING:
            enqueue_on_commit(extract_article, existing.pk)
        return IngestResult(existing, created=False)
    fields = {k: _fit(k, v) for k, v in metadata.items() if v}
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url, html=html, body=body, content_hash=digest, ingested_by=user, **fields
            )
            enqueue_on_commit(extract_article, article.pk)
    except IntegrityError:
        # Another request stored the same article a moment ago: that row is the answer.
        return IngestResult(Article.objects.get(content_hash=digest), created=False)
    return IngestResult(article, created=True)


def extract_claims(article: Article) -> int:
    """Run the extraction pipeline on a stored article and write its claims; returns how many are new.

    Check-worthy claims are queued; the rest stay `new` (a reviewer can promote them).
    A claim identical to one already in another article is linked to it and not queued
    again; a near-duplicate is linked and queued, so the reviewer sees the earlier verdict.
    Safe to run twice: claims are unique per article span. IngestError when the article is
    over the size caps now in force (it may have been stored under larger ones).
    """
    check_cost(article.body)
    extraction = extract(article.body)
    existing_spans = set(article.claims.values_list("start", "end"))
    new_claims = []
    for candidate in extraction.claims:
        if (candidate.start, candidate.end) in existing_spans:
            continue
        claim = Claim(
            article=article,
            text=candidate.text,
            speaker=candidate.speaker or "",
            speaker_reason=candidate.speaker_reason[: Claim._meta.get_field("speaker_reason").max_length],
            lead_in=candidate.lead_in,
            is_quote=candidate.is_quote,
            is_reported=candidate.is_reported,
            start=candidate.start,
            end=candidate.end,
            paragraph_index=candidate.paragraph_index,
            paragraph=candidate.paragraph_text,
            checkworthiness=min(max(candidate.score, 0.0), 1.0),
            priority=candidate.score,
            normalized_hash=dedupe.content_hash(candidate.text),
            status=ClaimStatus.QUEUED if candidate.check_worthy else ClaimStatus.NEW,
        )
        _link_duplicate(claim)
        new_claims.append(claim)
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            body=extraction.text,
            title=article.title or extraction.title or "",
            author=article.author or extraction.author or "",
            outlet=article.outlet or extraction.outlet or "",
            published_on=article.published_on or extraction.published,
            skipped_text=[
                {"text": s.text, "reason": s.reason, "start": s.start, "end": s.end}
                for s in extraction.skipped
            ],
            status=ArticleStatus.EXTRACTED,
            error="",
            extraction_started_at=None,
        )
        Claim.objects.bulk_create(new_claims, ignore_conflicts=True)
        # A claim repeated across articles ranks higher, here and where it appeared before.
        Claim.objects.filter(normalized_hash__in={c.normalized_hash for c in new_claims}).refresh_priorities()
        if new_claims:
            from claims.matching.tasks import embed_article_claims

            enqueue_on_commit(embed_article_claims, article.pk)
    return len(new_claims)


def retry_failed_extraction(articles) -> int:
    """Failed articles of the queryset `articles` back to pending, extraction enqueued; how many."""
    from claims.tasks import extract_article

    ids = articles.retry_extraction()
    for pk in ids:
        enqueue_on_commit(extract_article, pk)
    return len(ids)


def _link_duplicate(claim: Claim) -> None:
    """Point `claim.duplicate_of` at an earlier claim from another article saying the same."""
    others = Claim.objects.exclude(article=claim.article).filter(duplicate_of__isnull=True)
    identical = others.filter(normalized_hash=claim.normalized_hash).order_by("pk").first()
    if identical is not None:
        claim.duplicate_of = identical
        if claim.status == ClaimStatus.QUEUED:
            claim.status = ClaimStatus.DISMISSED
            claim.dismissal_reason = f"{DismissalKind.DUPLICATE.label}: same as claim {identical.pk}"
        return
    # Near-duplicates share their rarest (longest) content words; compare those few by overlap.
    words = sorted(dedupe.similar_key(claim.text).split(), key=len, reverse=True)[:2]
    if len(words) < 2:
        return
    candidates = others.filter(text__icontains=words[0]).filter(text__icontains=words[1])
    for other in candidates.only("pk", "text").order_by("pk")[:200]:
        if dedupe.is_near_duplicate(claim.text, other.text):
            claim.duplicate_of = other
            return


def ingest_html(html: str, *, url: str = "", user=None, fetched_from: str = "", **metadata) -> IngestResult:
    """An HTML page: main text and metadata by trafilatura, stored HTML sanitised.

    `url` and `metadata` (title, outlet, author, published_on) given by the caller win over
    the page's own; `fetched_from` is the address used when neither names one.
    """
    page = html_to_text(html, url=url or fetched_from or None)
    from_page = {
        "title": page.title,
        "author": page.author,
        "outlet": page.outlet,
        "published_on": page.published,
    }
    return ingest_text(
        page.text,
        url=url or page.url or fetched_from,
        html=sanitize_html(html),
        user=user,
        **(from_page | {k: v for k, v in metadata.items() if v}),
    )


def fetch_page(url: str) -> FetchedPage:
    """Fetch an article URL through the SSRF guard and caps; failures become IngestError."""
    try:
        return fetch(
            url,
            max_bytes=settings.FETCH_MAX_BYTES,
            timeout=settings.FETCH_TIMEOUT,
            allowed_networks=settings.SSRF_ALLOWED_NETWORKS,
        )
    except FetchError as exc:
        raise IngestError(str(exc)) from None


def ingest_url(url: str, *, user=None, **metadata) -> IngestResult:
    page = fetch_page(url)
    if page.content_type == "text/html":
        return ingest_html(page.text, fetched_from=page.final_url, user=user, **metadata)
    return ingest_text(page.text, url=page.final_url, user=user, **metadata)


def ingest(*, text: str = "", html: str = "", url: str = "", user=None, **metadata) -> IngestResult:
    """Store one article given as text, HTML or a URL to fetch (the first given wins).

    `metadata` (title, outlet, author, published_on) is stored as given; what is left out
    is taken from the page or detected during extraction. A URL stored before is not
    fetched again.
    """
    if text:
        return ingest_text(text, url=url, user=user, **metadata)
    if html:
        check_length(html)  # before parsing it; a fetched page is capped by FETCH_MAX_BYTES instead
        return ingest_html(html, url=url, user=user, **metadata)
    if not url:
        raise IngestError("Give the article's text, its HTML or its URL.")
    known = Article.objects.filter(url=url).first()
    if known is not None:
        return IngestResult(known, created=False)
    return ingest_url(url, user=user, **metadata)


def _fit(field_name: str, value):
    """Page metadata can be any length; cut strings to the column so storing never fails."""
    limit = getattr(Article._meta.get_field(field_name), "max_length", None)
    return value[:limit] if limit and isinstance(value, str) else value
