"""Rules that turn what a server did into a link class. Pure: no I/O here.

The classes are `claims.link_class.LinkClass`, the vocabulary the models store.
"""

from __future__ import annotations

import enum
import html
import re
from urllib.parse import urlsplit

from claims.link_class import LinkClass


class Failure(enum.StrEnum):
    """Ways a request can fail before a usable HTTP answer."""

    TIMEOUT = "timeout"
    RESET = "reset"
    REFUSED = "refused"
    DNS = "dns"
    DNS_TEMPORARY = "dns-temporary"
    TLS = "tls"
    PROTOCOL = "protocol"
    OTHER = "other"


# HEAD answered like this: the server dislikes HEAD, not the URL; ask again with GET.
HEAD_REFUSED_STATUSES = frozenset({403, 405, 501})
# Worth asking again after a pause; still failing after the retries -> transient.
RETRYABLE_STATUSES = frozenset({408, 425, 429, 502, 503, 504})

_FAILURE_CLASS = {
    Failure.TIMEOUT: LinkClass.TIMEOUT,
    Failure.DNS_TEMPORARY: LinkClass.TRANSIENT,
}


def classify_failure(failure: Failure) -> LinkClass:
    return _FAILURE_CLASS.get(failure, LinkClass.BROKEN)


def classify_response(
    status: int,
    *,
    url: str,
    final_url: str,
    redirected: bool,
    page_text: str | None = None,
) -> tuple[LinkClass, str | None]:
    """Class and error message for the last answer of a chain (redirects already followed)."""
    via = "redirect to " if redirected else ""
    if 200 <= status < 300:
        reason = soft_404_reason(page_text, url=url, final_url=final_url)
        if reason:
            return LinkClass.BROKEN, f"soft 404: {reason}"
        return (LinkClass.REDIRECT if redirected else LinkClass.OK), None
    if status in RETRYABLE_STATUSES:
        return LinkClass.TRANSIENT, f"{via}HTTP {status}, still failing after retries"
    if 300 <= status < 400:
        return LinkClass.BROKEN, f"{via}HTTP {status} without a usable Location"
    if status < 200:
        return LinkClass.BROKEN, f"unexpected HTTP {status}"
    return LinkClass.BROKEN, f"{via}HTTP {status}"


# ---------------------------------------------------------------- soft 404
# A title segment (titles are split at | - : etc.) that says "not found" and nothing else.
_NOT_FOUND_TITLE = re.compile(
    r"""^(?:(?:error|oops|sorry|whoops)\W*)*
    (?:(?:http\s*)?(?:error\s*)?404(?:\s*error)?
     |(?:(?:error\s*)?404\W*)?(?:the\s+)?(?:page|file|article|content|document|resource|story|url)?\s*
        (?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+)?not\s+found(?:\s*\(?(?:error\s*)?404\)?)?
     |(?:that|this|the)?\s*(?:page|file|article|content)\s+(?:can['’]?t|cannot|could\s*n(?:o|['’])t)\s+be\s+found
     |we\s+(?:can['’]?t|cannot|could\s*n(?:o|['’])t)\s+find\s+(?:that|this|the)\s+page
     |(?:the\s+)?(?:page|article|content)\s+(?:does\s+not|doesn't|no\s+longer)\s+exists?
     |(?:the\s+)?(?:page|article|content)\s+(?:is\s+)?no\s+longer\s+available
     |seite\s+nicht\s+gefunden|p[aá]gina\s+no\s+encontrada|page\s+introuvable
     |pagina\s+non\s+trovata|pagina\s+niet\s+gevonden|strona\s+nie\s+znaleziona)$""",
    re.IGNORECASE | re.VERBOSE,
)
# Sentences a short error page uses about itself.
_NOT_FOUND_SENTENCE = re.compile(
    r"""(?:page|article|content|file|url|document)\s+(?:that\s+|which\s+)?you(?:'re|\s+are|\s+were)?\s+
        (?:requested|looking\s+for|trying\s+to\s+(?:reach|access|find)|tried\s+to\s+(?:reach|access))\s+
        (?:could\s+not|couldn['’]t|cannot|can['’]t|can\s+not)\s+be\s+found
     |(?:page|article|content|file|url|document)\s+(?:that\s+|which\s+)?you(?:'re|\s+are|\s+were)?\s+
        (?:requested|looking\s+for|trying\s+to\s+(?:reach|access|find)|tried\s+to\s+(?:reach|access))\s+
        (?:does\s+not|doesn['’]t|no\s+longer)\s+exists?
     |(?:page|article|content)\s+(?:you\s+requested\s+)?(?:was|has\s+been)\s+(?:removed|deleted|not\s+found)""",
    re.IGNORECASE | re.VERBOSE,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s*[|·•»]\s*")
_ERROR_PATH = re.compile(r"/(?:404|not[-_]?found|page[-_]?not[-_]?found|error[-_]?404)(?:\.\w+)?/?$", re.I)
_INDEX_PATH = re.compile(r"^/*(?:(?:index|default|home)(?:\.\w+)?)?/*$", re.I)
# An error page is short; a long page that mentions "not found" is an article about it.
SHORT_PAGE_CHARS = 3000


def _clean(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _says_not_found(title_or_heading: str) -> bool:
    segments = _SEPARATORS.split(_clean(title_or_heading))
    return any(_NOT_FOUND_TITLE.match(seg.strip(" .!?")) for seg in segments if seg.strip())


def _soft_404_redirect(url: str, final_url: str) -> str | None:
    start, end = urlsplit(url), urlsplit(final_url)
    start_path, end_path = start.path or "/", end.path or "/"
    if _ERROR_PATH.search(end_path) and not _ERROR_PATH.search(start_path):
        return f"redirected to an error page ({end_path})"
    same_site = _site(start.hostname) == _site(end.hostname)
    # Sites "retire" articles by sending them to the front page; a short link or
    # /index.html going there is normal.
    if same_site and end_path == "/" and not end.query and not _INDEX_PATH.match(start_path):
        return "redirected to the home page"
    return None


def _site(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def soft_404_reason(page_text: str | None, *, url: str = "", final_url: str = "") -> str | None:
    """Why a 200 answer is really "not found", or None. `page_text` may be a prefix of the page."""
    if url and final_url and final_url != url:
        reason = _soft_404_redirect(url, final_url)
        if reason:
            return reason
    if not page_text:
        return None
    title = _TITLE.search(page_text)
    if title and _says_not_found(title.group(1)):
        return f"the page title says {_clean(title.group(1))[:80]!r}"
    heading = _HEADING.search(page_text)
    if heading and _says_not_found(heading.group(1)):
        return f"the page heading says {_clean(heading.group(1))[:80]!r}"
    visible = _clean(_SCRIPT.sub(" ", page_text))
    if len(visible) <= SHORT_PAGE_CHARS:
        match = _NOT_FOUND_SENTENCE.search(visible)
        if match:
            return f"the page says {match.group(0)[:80]!r}"
    return None
