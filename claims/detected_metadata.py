"""The metadata an article gives about itself, for the "Add article" preview.

The same detection extraction uses when it stores an article (the page's markup first,
then headline, byline, masthead, copyright line, e-mail domain and date line in the text),
run before anything is stored so an editor can see it and correct it.
"""

from claims.extraction.html import html_to_text
from claims.extraction.pipeline import analyse, publication_date
from claims.models import Article


def detect_metadata(*, text: str = "", html: str = "") -> dict:
    """{field: value} for the claims.ingest.METADATA found in the text or page (plus "url" a
    page names), cut to fit the article's columns as they will be stored (`Article.fitted`)."""
    page = html_to_text(html) if html else None
    found = analyse(page.text if page else text)
    detected = {
        "title": found.title,
        "outlet": found.outlet,
        "author": found.author,
        "published_on": found.published,
    }
    if page is not None:
        from_page = {"title": page.title, "outlet": page.outlet, "author": page.author}
        detected |= {k: v for k, v in from_page.items() if v}
        detected["published_on"] = publication_date(page, found.published)
        detected["url"] = page.url
    return {k: v for k, v in Article.fitted(detected).items() if v}
