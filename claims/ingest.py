"""Store an incoming article once, then hand it to the extraction task.

Every way in (the ingest command, the admin "Add article" page, the API) reads its input
into a `Submission`, checks it with `check_input` and stores it with `ingest`, so the
errors, de-duplication and enqueueing are the same for all; each entry point only
translates IngestError into its own shape (exit 2 with one line, a form error, an HTTP
400 field error).
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction

from claims.article_claims import ArticleTooLong, IngestError, check_cost
from claims.extraction import dedupe
from claims.extraction.html import html_to_text, sanitize_html
from claims.extraction.normalize import normalise
from claims.guarded_http.fetch import FetchedPage, FetchError, fetch
from claims.models import Article
from claims.models.article import ArticleStatus
from claims.tasks import extract_article
from factcheck.enqueue import enqueue_on_commit


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


# Metadata a sender may give; what they give wins over what the page or the text says.
METADATA = ("title", "outlet", "author", "published_on")


@dataclass(frozen=True)
class Submission:
    """One article to store, as every way in receives it: its text or its HTML (`url` is
    then only its address), or a `url` alone to fetch; metadata left blank is detected."""

    text: str = ""
    html: str = ""
    url: str = ""
    title: str = ""
    outlet: str = ""
    author: str = ""
    published_on: date | None = None

    def source(self) -> str:
        """The field holding the article (see source_of)."""
        return source_of(text=self.text, html=self.html, url=self.url)

    def check(self) -> str:
        """Refuse it before storing or fetching anything (see check_input)."""
        return check_input(text=self.text, html=self.html, url=self.url)

    def metadata(self) -> dict:
        return {name: getattr(self, name) for name in METADATA if getattr(self, name)}

    def ingest(self, *, user=None) -> IngestResult:
        """Store it once and enqueue its extraction (see ingest)."""
        return ingest(text=self.text, html=self.html, url=self.url, user=user, **self.metadata())


class InputError(IngestError):
    """Input that names no article, or two at once; `field` is the one to blame."""

    def __init__(self, message: str, *, field: str):
        super().__init__(message)
        self.field = field


def source_of(*, text: str = "", html: str = "", url: str = "") -> str:
    """Which of text, html and url holds the article: the text or the HTML (a URL beside
    either is only the article's address), else the URL alone, to be fetched."""
    if text and html:
        raise InputError("Give the article's text or its HTML, not both.", field="html")
    if not (text or html or url):
        raise InputError("Give the article's text, its HTML or its URL.", field="text")
    return "text" if text else "html" if html else "url"


def check_input(*, text: str = "", html: str = "", url: str = "") -> str:
    """What `ingest` refuses before storing or fetching anything, so a batch or a form is
    checked whole first; returns the field holding the article (see source_of)."""
    source = source_of(text=text, html=html, url=url)
    if url and not url.lower().startswith(("http://", "https://")):
        # Pages link to it: a javascript: address would run in a reader's browser.
        raise InputError("The article's URL must be an http or https address.", field="url")
    if source == "text":
        validate_text(text)
    elif source == "html":
        check_length(html)  # before parsing it; a fetched page is capped by FETCH_MAX_BYTES instead
    return source


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


def ingest_text(text: str, *, url: str = "", html: str = "", user=None, **metadata) -> IngestResult:
    """Store the article (or find it again) and enqueue claim extraction after commit.

    The article stays pending until extracted; if the broker is down the save still
    succeeds and claims.sweeper enqueues the extraction later.

    Re-ingesting the same URL or the same normalised text returns the existing row.
    """
    body = validate_text(text)
    url = Article.fitted({"url": url})["url"]
    digest = dedupe.content_hash(body)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is None and url:
        existing = Article.objects.filter(url=url).first()
    if existing is not None:
        if existing.status == ArticleStatus.PENDING:
            enqueue_on_commit(extract_article, existing.pk)
        return IngestResult(existing, created=False)
    fields = Article.fitted({k: v for k, v in metadata.items() if v})
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


def retry_failed_extraction(articles) -> int:
    """Failed articles of the queryset `articles` back to pending, extraction enqueued; how many."""
    ids = articles.retry_extraction()
    for pk in ids:
        enqueue_on_commit(extract_article, pk)
    return len(ids)


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
        url=url or Article.fitted({"url": page.url or ""})["url"] or fetched_from,
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
    """Store one article given as text or HTML (with its URL, if known), or as a URL to fetch.

    `metadata` (title, outlet, author, published_on) is stored as given; what is left out
    is taken from the page or detected during extraction. A URL stored before is not
    fetched again. Raises IngestError (InputError for the rule of check_input).
    """
    source = source_of(text=text, html=html, url=url)
    if source == "text":
        return ingest_text(text, url=url, user=user, **metadata)
    if source == "html":
        check_length(html)  # before parsing it; a fetched page is capped by FETCH_MAX_BYTES instead
        return ingest_html(html, url=url, user=user, **metadata)
    known = Article.objects.filter(url=url).first()
    if known is not None:
        return IngestResult(known, created=False)
    return ingest_url(url, user=user, **metadata)
