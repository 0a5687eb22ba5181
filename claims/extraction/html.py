"""HTML pages: article text with paragraphs kept, page metadata, and safe stored HTML.

trafilatura finds the main content and drops navigation, share bars, ads and comment
sections; we walk its cleaned tree rather than taking its plain-text output because that
joins paragraphs with single newlines, and the pipeline wants blank lines between them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING

import nh3
import regex

from claims.extraction.boilerplate import headline_of
from claims.extraction.metadata import (
    MAX_OUTLET_WORDS,
    copyright_holder,
    parse_date,
    persons_name,
    read_byline,
    tidy_author,
)

if TYPE_CHECKING:
    from lxml import etree

# Tags an article needs to read as written; everything else (scripts, forms, iframes,
# styles, event handlers) is removed before HTML is stored or shown.
ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption cite code dd del dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img "
    "ins li mark ol p pre q s small strong sub sup table tbody td tfoot th thead time tr u ul".split()
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
_BLOCKS = frozenset("p head quote list item table row cell code".split())


@dataclass(frozen=True)
class PageText:
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None


def sanitize_html(html: str) -> str:
    """Stored HTML: article tags only, safe URL schemes, links marked nofollow."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def html_to_text(html: str, *, url: str | None = None) -> PageText:
    """Main text of a page, one paragraph per blank-line-separated block, with its metadata."""
    # Imported here: trafilatura and lxml add about 20 MB to every process that imports
    # this module (the admin and every worker), and only HTML ingestion needs them.
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True, include_images=False
    )
    if document is None or document.body is None:
        text = trafilatura.html2txt(html) or ""
        return PageText(text=text.strip(), url=url)
    paragraphs = [p for p in (_flatten(el) for el in _blocks(document.body)) if p]
    title = headline_of(document.title or "") or None
    if title and (not paragraphs or headline_of(paragraphs[0]) != title):
        paragraphs.insert(0, title)  # the headline heads the stored text, as in plain-text articles
    author = (document.author or "").strip()
    return PageText(
        text="\n\n".join(paragraphs),
        title=title,
        author=tidy_author(author) if author else _byline_author(html),
        outlet=_outlet(document.sitename, title, html),
        published=_published(document.date, html),
        url=url or document.url,
    )


# The page's byline element, which the main text may leave out: "Jane Roe · The Outlet · Posted: ..."
_BYLINE_ELEMENT = regex.compile(
    r"<(?P<tag>p|div|span)\b[^>]*\bclass=[\"'](?:(?P<byline>by|byline|authors?|author-line)|(?:post-|entry-)?meta)[\"'][^>]*>"
    r"(?P<inner>.*?)</(?P=tag)>",
    regex.I | regex.S,
)


# "By", "Story by", "Words by": the byline signs the author's name after it.
_SIGNED_BY = regex.compile(r"(?i:(?:story|article|text|words|written|reporting)\s+)?(?i:by)\s")


def _byline_author(html: str) -> str | None:
    """The author a byline element names before its first separator, when trafilatura found none.
    A meta line names the author after "By" ("By Jane Roe, Kano | Published: ...") or as a
    name alone before the date ("Jane Roe <span>December 1, 2026</span>", "Jane Roe - 11 Nov 2026")."""
    for match in _BYLINE_ELEMENT.finditer(html):
        parts = [" ".join(unescape(p).split()) for p in regex.split(r"<[^>]+>", match.group("inner"))]
        line = " | ".join(p for p in parts if p)  # each element's text apart: a date's span is not the name's
        first, *rest = regex.split(r"\s*[·•|]\s*|\s+[-–—]\s+", line)
        signed = _SIGNED_BY.match(first)
        if not match.group("byline") and not signed:
            if persons_name(first) and parse_date(" ".join(rest)):
                return first
            continue
        author = read_byline(first if signed else f"By {first}")[0]
        if author:
            return author
    return None


_PAGE_TITLE = regex.compile(r"<title[^>]*>(.*?)</title>", regex.I | regex.S)
_TITLE_SUFFIX = regex.compile(r"^\s*[|–—-]\s*([^|–—]+?)\s*$")
_PIPE_SUFFIX = regex.compile(r"^.+\s\|\s+([^|]+?)\s*$")


def _outlet(sitename: str | None, headline: str | None, html: str) -> str | None:
    """The site's name as the page gives it: trafilatura's site name unless that is the
    headline again or a bare domain, else what the page's <title> adds after the headline
    ("Headline | The Harbour Herald")."""
    sitename = (sitename or "").strip()
    if sitename and sitename != headline and not regex.fullmatch(r"[\w.-]+\.[a-z]{2,}", sitename):
        return sitename
    match = _PAGE_TITLE.search(html)
    page_title = " ".join(unescape(match.group(1)).split()) if match else ""
    if headline and headline in page_title:  # "Headline - Outlet": a dash only after the headline
        suffix = _TITLE_SUFFIX.match(page_title[page_title.index(headline) + len(headline) :])
    else:
        suffix = _PIPE_SUFFIX.match(page_title)
    if suffix and len(suffix.group(1).split()) <= MAX_OUTLET_WORDS:
        return suffix.group(1)
    return _footer_holder(html)


_FOOTER = regex.compile(r"<footer\b[^>]*>(.*?)</footer>", regex.I | regex.S)


def _footer_holder(html: str) -> str | None:
    """The copyright holder the page's footer names ("(c) 2026 The Lagoon Courier. All rights reserved.")."""
    for footer in _FOOTER.finditer(html):
        for part in regex.split(r"<[^>]+>", footer.group(1)):
            if holder := copyright_holder(" ".join(unescape(part).split())):
                return holder
    return None


def _blocks(element: etree._Element):
    """Leaf block elements in order: list items and table rows become paragraphs of their own."""
    for child in element:
        if child.tag in ("list", "table") or (child.tag == "quote" and any(c.tag in _BLOCKS for c in child)):
            yield from _blocks(child)
        else:
            yield child


def _flatten(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(
            "\n" if child.tag == "lb" else (" " if child.tag == "cell" and parts else "") + _flatten(child)
        )
        parts.append(child.tail or "")
    return "".join(parts).strip()


_STAMP = regex.compile(r"\b(?:published|posted)\b(?:\s*(?:on|:))?\s*[^<]{0,40}", regex.I)


def _published(value: str | None, html: str) -> dt.date | None:
    """The page's date; when that is missing or a January 1st (how a date found only as a
    year reads), the first "Published Dec. 2, 2026" stamp on the page instead."""
    found = _date(value)
    if found is None or (found.month, found.day) == (1, 1):
        stamped = next(filter(None, (parse_date(m.group()) for m in _STAMP.finditer(html))), None)
        return stamped or found
    return found


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
