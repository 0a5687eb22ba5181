"""The SSRF corpus: 40 URLs a server-side fetch must refuse, through both fetchers.

Article URLs go through claims.guarded_http.fetch, source links through the link checker. Each
URL is refused with a reason while a canary listener on 127.0.0.1 counts connections,
and a tripwire on socket.connect counts any attempt to reach an address other than
the one test site the run allows (127.0.0.2), so an escape is seen even where no
listener waits. The test prints the figures.
"""

from __future__ import annotations

import socket

import pytest

from claims.guarded_http.fetch import URLRefused, fetch
from claims.linkcheck.checker import check_urls_sync
from claims.linkcheck.config import LinkCheckConfig
from claims.models.source import LinkClass
from tests.guarded_http.site import canary, fake_dns, redirect, site2  # noqa: F401  (fixtures)

ALLOWED = ["127.0.0.2/32"]  # the test site only; 127.0.0.1 (the canary) stays refused

# (what it tries, URL); {c} is the canary's port, {s} the allowed site's origin.
DIRECT = [
    ("loopback", "http://127.0.0.1:{c}/"),
    ("loopback name", "http://localhost:{c}/"),
    ("loopback name, trailing dot", "http://LOCALHOST.:{c}/"),
    ("loopback, short form", "http://127.1:{c}/"),
    ("loopback, decimal", "http://2130706433:{c}/"),
    ("loopback, hex", "http://0x7f000001:{c}/"),
    ("loopback, dotted hex", "http://0x7f.0.0.1:{c}/"),
    ("loopback, octal", "http://0177.0.0.1:{c}/"),
    ("unspecified", "http://0.0.0.0:{c}/"),
    ("unspecified, short", "http://0:{c}/"),
    ("IPv6 loopback", "http://[::1]:{c}/"),
    ("IPv6-mapped loopback", "http://[::ffff:127.0.0.1]:{c}/"),
    ("IPv6-mapped loopback, hex", "http://[::ffff:7f00:1]:{c}/"),
    ("NAT64 loopback", "http://[64:ff9b::7f00:1]:{c}/"),
    ("6to4 loopback", "http://[2002:7f00:1::]:{c}/"),
    ("private 10/8", "http://10.0.0.1/"),
    ("private 172.16/12", "http://172.16.5.4/"),
    ("private 192.168/16", "http://192.168.1.1/"),
    ("carrier-grade NAT", "http://100.64.0.1/"),
    ("IPv6 unique local", "http://[fc00::1]/"),
    ("link-local", "http://169.254.1.1/"),
    ("IPv6 link-local with zone", "http://[fe80::1%25eth0]/"),
    ("cloud metadata", "http://169.254.169.254/latest/meta-data/"),
    ("ECS credentials", "http://169.254.170.2/v2/credentials"),
    ("Alibaba metadata", "http://100.100.100.200/"),
    ("AWS IPv6 metadata", "http://[fd00:ec2::254]/"),
    ("multicast", "http://224.0.0.1/"),
    ("reserved", "http://240.0.0.1/"),
    ("credentials in the URL", "http://user:pw@127.0.0.2:{c}/"),
    ("credentials hiding the host", "http://example.com@127.0.0.1:{c}/"),
    ("file scheme", "file:///etc/passwd"),
    ("gopher scheme", "gopher://127.0.0.1:{c}/_x"),
    ("dict scheme", "dict://127.0.0.1:{c}/stat"),
    ("header injection", "http://127.0.0.2:{c}/\r\nHost: evil"),
]
# Paths on the allowed site that redirect somewhere refused.
REDIRECTS = {
    "/to-loopback": "http://127.0.0.1:{c}/secret",
    "/to-localhost": "http://localhost:{c}/",
    "/to-metadata": "http://169.254.169.254/latest/meta-data/",
    "/to-private": "http://10.0.0.1/admin",
    "/to-file": "file:///etc/passwd",
}
REBINDING = ("DNS name resolving to loopback", "http://rebind.test:{c}/")


def refused_by_checker(result) -> bool:
    """Blocked or invalid, with the reason; a redirect to a non-http URL is a broken link
    (readers cannot follow it either), also refused without a request."""
    if not result.error:
        return False
    if result.link_class == LinkClass.BROKEN:
        return "unusable URL" in result.error
    return result.link_class in (LinkClass.BLOCKED, LinkClass.INVALID)


@pytest.fixture
def tripwire(monkeypatch, site2):  # noqa: F811
    """Counts (and stops) connection attempts to anywhere but the allowed site."""
    escapes: list[object] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def allowed(address) -> bool:
        return isinstance(address, tuple) and address[:2] == ("127.0.0.2", site2.port)

    def connect(sock, address):
        if not allowed(address):
            escapes.append(address)
            raise ConnectionRefusedError(f"tripwire: {address}")
        return real_connect(sock, address)

    def connect_ex(sock, address):
        if not allowed(address):
            escapes.append(address)
            return 111
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    return escapes


@pytest.fixture
def rebinding_dns(monkeypatch):
    """rebind.test answers with loopback, as a rebinding DNS server does once a page has loaded.

    (That the address checked is the one connected to is tests/guarded_http/test_fetch.py's job.)"""
    fake_dns(monkeypatch, {"rebind.test": "127.0.0.1"})


@pytest.fixture
def corpus(canary, site2, rebinding_dns) -> list[tuple[str, str]]:  # noqa: F811
    for path, target in REDIRECTS.items():
        site2.routes[path] = lambda r, target=target: redirect(target.format(c=canary.port))
    urls = [(what, url.format(c=canary.port)) for what, url in DIRECT]
    urls += [(f"redirect {path[1:]}", f"http://127.0.0.2:{site2.port}{path}") for path in REDIRECTS]
    urls.append((REBINDING[0], REBINDING[1].format(c=canary.port)))
    return urls


def test_every_corpus_url_is_refused_with_a_reason_and_nothing_is_reached(corpus, canary, tripwire, site2):  # noqa: F811
    assert len(corpus) == 40

    fetch_refused = {}
    for what, url in corpus:
        try:
            fetch(url, allowed_networks=ALLOWED, timeout=5)
        except URLRefused as exc:
            fetch_refused[what] = str(exc)
    config = LinkCheckConfig(allowed_networks=tuple(ALLOWED), deadline=5, max_retries=0)
    results = check_urls_sync([url for _, url in corpus], config)
    checker_refused = {what: results[url].error for what, url in corpus if refused_by_checker(results[url])}

    print(
        f"\nSSRF corpus: {len(corpus)} URLs; article fetch refused {len(fetch_refused)}/{len(corpus)}, "
        f"link checker refused {len(checker_refused)}/{len(corpus)}, each with a reason; "
        f"canary connections {canary.connections}; "
        f"connection attempts beyond the allowed site {len(tripwire)}"
    )
    assert [what for what, _ in corpus if what not in fetch_refused] == []
    assert [what for what, _ in corpus if what not in checker_refused] == []
    assert canary.connections == 0
    assert tripwire == []
    # The redirecting site was reached (once per fetcher and path), and no further.
    assert all(site2.hits[path] >= 2 for path in REDIRECTS)
