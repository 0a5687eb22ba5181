"""Articles posted to the API: a claims.ingest.Submission of text, HTML or a URL.

Every failure is an `ArticleRejected` naming the input field to blame, so the API
answers with a field error (413 for an article over the length limit), never a server error.
"""

from __future__ import annotations

from claims.ingest import ArticleTooLong, IngestError, IngestResult, InputError, Submission


class ArticleRejected(ValueError):
    def __init__(self, field: str, message: str, *, too_long: bool = False):
        super().__init__(message)
        self.field = field
        self.too_long = too_long


def submit_article(submission: Submission, *, user=None) -> IngestResult:
    """Store the article once and enqueue its extraction; raises ArticleRejected."""
    try:
        return submission.ingest(user=user)
    except InputError as exc:
        raise ArticleRejected(exc.field, str(exc)) from exc
    except IngestError as exc:
        too_long = isinstance(exc, ArticleTooLong)
        raise ArticleRejected(submission.source(), str(exc), too_long=too_long) from exc
