"""Fetch one page for ingestion: guarded, capped, typed and decoded.

Every hop of a redirect chain is checked by the SSRF guard (the transport checks
the resolved address of each new connection), the body is read only up to
`max_bytes` (after decompression), and only the accepted content types come back,
decoded to text. `timeout` is a deadline for the whole fetch, every socket operation
included (claims.guarded_http.deadline). Failures raise a `FetchError` whose message can be
shown as is.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin

import httpx

from claims.guarded_http.body import ACCEPT_ENCODING, CappedDecoder, UnsupportedEncoding
from claims.guarded_http.deadline import Deadline
from claims.guarded_http.guard import BlockedURL, Network, parse_target
from claims.guarded_http.redirects import REDIRECT_STATUSES
from claims.guarded_http.text import decode_body, parse_content_type, sniff_media_type
from claims.guarded_http.transport import GuardedTransport

USER_AGENT = "factcheck/0.1 (source fetcher)"


class FetchError(Exception):
    """A fetch that gave no usable page; str() is a sentence for the user."""


class URLRefused(FetchError):
    """The SSRF guard refused the URL or a redirect target."""


class FetchTimeout(FetchError):
    pass


class FetchFailed(FetchError):
    """Network failure or an HTTP error status (`status` is set for the latter)."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class TooManyRedirects(FetchFailed):
    pass


class ResponseTooLarge(FetchError):
    pass


class UnsupportedContentType(FetchError):
    def __init__(self, message: str, content_type: str):
        super().__init__(message)
        self.content_type = content_type


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    content_type: str
    text: str
    encoding: str
    redirects: list[tuple[int, str]] = field(default_factory=list)


def fetch(
    url: str,
    *,
    max_bytes: int = 5_000_000,
    timeout: float = 10.0,
    allowed_networks: Iterable[str | Network] = (),
    accept: Iterable[str] = ("text/html", "text/plain"),
    max_redirects: int = 10,
    user_agent: str = USER_AGENT,
) -> FetchedPage:
    """GET `url`, following up to `max_redirects` redirects; `timeout` bounds the whole fetch."""
    accept = tuple(a.lower() for a in accept)
    allowed = tuple(allowed_networks)
    deadline = Deadline(timeout)
    headers = {
        "User-Agent": user_agent,
        "Accept": ", ".join(accept) + ", */*;q=0.1",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    _check(url, allowed)  # before building a client: refusals should be cheap
    transport = GuardedTransport(allowed, deadline=deadline)
    with httpx.Client(transport=transport, trust_env=False, headers=headers) as client:
        current, redirects = url, []
        while True:
            _check(current, allowed)
            with closing(_send(client, current, deadline)) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUSES and location:
                    nxt = urldefrag(urljoin(current, location.strip()))[0]
                    redirects.append((response.status_code, nxt))
                    if len(redirects) > max_redirects:
                        raise TooManyRedirects(f"more than {max_redirects} redirects from {url}")
                    current = nxt
                    continue
                if not 200 <= response.status_code < 300:
                    raise FetchFailed(
                        f"{current} answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        status=response.status_code,
                    )
                media = _check_type(response, accept, current)
                body = _read_capped(response, max_bytes, deadline, current)
                media = media or sniff_media_type(body) or "application/octet-stream"
                if media not in accept:
                    raise UnsupportedContentType(
                        f"{current} has no Content-Type and does not look like HTML", media
                    )
                text, encoding = decode_body(body, response.headers.get("content-type"))
                return FetchedPage(url, current, response.status_code, media, text, encoding, redirects)


def _check(url: str, allowed: tuple) -> None:
    try:
        parse_target(url, allowed)
    except BlockedURL as exc:
        raise URLRefused(f"refused to fetch {url}: {exc.reason}") from exc


def _send(client: httpx.Client, url: str, deadline: Deadline):
    remaining = deadline.remaining()
    if remaining <= 0:
        raise FetchTimeout(f"timed out fetching {url}")
    try:
        request = client.build_request("GET", url, timeout=httpx.Timeout(remaining))
        return client.send(request, stream=True)
    except BlockedURL as exc:
        raise URLRefused(f"refused to fetch {url}: {exc.reason}") from exc
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"timed out fetching {url}") from exc
    except httpx.HTTPError as exc:
        raise FetchFailed(f"could not fetch {url}: {exc or type(exc).__name__}") from exc


def _check_type(response: httpx.Response, accept: tuple[str, ...], url: str) -> str:
    media, _charset = parse_content_type(response.headers.get("content-type"))
    if media and media not in accept:
        raise UnsupportedContentType(f"{url} is {media}, not one of {', '.join(accept)}", media)
    return media


def _read_capped(response: httpx.Response, max_bytes: int, deadline: Deadline, url: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ResponseTooLarge(f"{url} is {int(declared):,} bytes, over the {max_bytes:,}-byte limit")
    try:
        decoder = CappedDecoder(response.headers.get("content-encoding"), max_bytes)
    except UnsupportedEncoding as exc:
        raise FetchFailed(f"{url} uses {exc.encoding} compression, which we do not read") from None
    chunks = []
    try:
        for raw in response.iter_raw():
            chunks.append(decoder.feed(raw))
            if decoder.exceeded:
                raise ResponseTooLarge(f"{url} is larger than the {max_bytes:,}-byte limit")
            if deadline.passed():
                raise FetchTimeout(f"timed out reading {url}")
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"timed out reading {url}") from exc
    except httpx.HTTPError as exc:
        raise FetchFailed(f"connection failed while reading {url}: {exc}") from exc
    except zlib.error as exc:
        raise FetchFailed(f"{url} sent a corrupt compressed body ({exc})") from exc
    return b"".join(chunks)
