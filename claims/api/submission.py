"""Articles posted to the API: text, HTML or a URL, each through claims.ingest.

Every failure is an `ArticleRejected` naming the input field to blame, so the API
answers with a field error (413 for an article over the length limit), never a server error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from claims.ingest import ArticleTooLong, IngestError, IngestResult, InputError, ingest, source_of

# Metadata a client may give; what it gives wins over what the page or text says.
TEXT_METADATA = ("title", "outlet", "author", "published_on")


class ArticleRejected(ValueError):
    def __init__(self, field: str, message: str, *, too_long: bool = False):
        super().__init__(message)
        self.field = field
        self.too_long = too_long


@dataclass(frozen=True)
class Submission:
    text: str = ""
    html: str = ""
    url: str = ""
    title: str = ""
    outlet: str = ""
    author: str = ""
    published_on: date | None = None


def submit_article(submission: Submission, *, user=None) -> IngestResult:
    """Store the article once and enqueue its extraction; raises ArticleRejected."""
    metadata = {name: getattr(submission, name) for name in TEXT_METADATA}
    try:
        return ingest(text=submission.text, html=submission.html, url=submission.url, user=user, **metadata)
    except InputError as exc:
        raise ArticleRejected(exc.field, str(exc)) from exc
    except IngestError as exc:
        field = source_of(text=submission.text, html=submission.html, url=submission.url)
        raise ArticleRejected(field, str(exc), too_long=isinstance(exc, ArticleTooLong)) from exc
