import gzip
import socket
import time

import pytest

from claims.guarded_http.fetch import (
    FetchedPage,
    FetchFailed,
    FetchTimeout,
    ResponseTooLarge,
    TooManyRedirects,
    UnsupportedContentType,
    URLRefused,
    fetch,
)
from tests.guarded_http.site import fake_dns, html, page, redirect

LOOPBACK = ["127.0.0.0/8"]


def test_it_fetches_a_page_and_decodes_it_with_the_declared_charset(site):
    site.routes["/a"] = lambda r: (
        200,
        {"Content-Type": "text/html; charset=windows-1252"},
        "<p>café</p>".encode("cp1252"),
    )
    got = fetch(site.url("/a"), allowed_networks=LOOPBACK)
    assert got == FetchedPage(site.url("/a"), site.url("/a"), 200, "text/html", "<p>café</p>", "cp1252", [])


def test_it_follows_redirects_and_reports_each_hop(site):
    site.routes["/old"] = lambda r: redirect("/middle", 301)
    site.routes["/middle"] = lambda r: redirect(site.url("/new"), 307)
    site.routes["/new"] = lambda r: html(page("New home"))
    got = fetch(site.url("/old"), allowed_networks=LOOPBACK)
    assert got.final_url == site.url("/new")
    assert got.redirects == [(301, site.url("/middle")), (307, site.url("/new"))]
    assert "New home" in got.text


def test_gzip_pages_are_inflated(site):
    body = gzip.compress(page("Zipped"))
    site.routes["/z"] = lambda r: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, body)
    assert "Zipped" in fetch(site.url("/z"), allowed_networks=LOOPBACK).text


def test_it_refuses_loopback_unless_allowed_and_never_connects(canary):
    for url in (
        f"http://127.0.0.1:{canary.port}/",
        f"http://localhost:{canary.port}/",
        f"http://127.1:{canary.port}/",
        f"http://2130706433:{canary.port}/",
        f"http://0x7f.0.0.1:{canary.port}/",
        f"http://[::ffff:127.0.0.1]:{canary.port}/",
        f"http://user:pw@127.0.0.1:{canary.port}/",
    ):
        with pytest.raises(URLRefused):
            fetch(url)
    time.sleep(0.2)
    assert canary.connections == 0


def test_a_redirect_to_a_refused_address_is_not_followed(site2, canary):
    site2.routes["/go"] = lambda r: redirect(f"http://127.0.0.1:{canary.port}/secret")
    with pytest.raises(URLRefused, match="loopback"):
        fetch(site2.url("/go"), allowed_networks=["127.0.0.2/32"])
    assert site2.hits["/go"] == 1
    assert canary.connections == 0


def test_the_resolved_address_is_the_one_connected_to(site2, canary, monkeypatch):
    # Each lookup of the name gives a different answer, as a rebinding DNS server would.
    real, answers, lookups = socket.getaddrinfo, ["127.0.0.2", "127.0.0.1"], []

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "rebind.test":
            lookups.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[len(lookups) - 1], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    site2.routes["/"] = lambda r: html(page(f"Host {r.headers['Host']}"))
    got = fetch(f"http://rebind.test:{site2.port}/", allowed_networks=["127.0.0.2/32"])
    assert f"Host rebind.test:{site2.port}" in got.text
    assert lookups == ["rebind.test"]
    assert canary.connections == 0


def test_a_name_resolving_to_loopback_is_refused_at_connect_time(canary, monkeypatch):
    fake_dns(monkeypatch, {"sneaky.test": "127.0.0.1"})
    with pytest.raises(URLRefused, match="sneaky.test resolves to a refused address"):
        fetch(f"http://sneaky.test:{canary.port}/")
    assert canary.connections == 0


def test_a_declared_oversize_body_is_refused_before_reading(site):
    site.routes["/big"] = lambda r: html(b"x" * 5000)
    with pytest.raises(ResponseTooLarge, match="5,000 bytes"):
        fetch(site.url("/big"), max_bytes=1024, allowed_networks=LOOPBACK)


def test_a_decompression_bomb_stops_at_the_cap(site):
    bomb = gzip.compress(b"<p>" + b"a" * 30_000_000)
    site.routes["/bomb"] = lambda r: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    with pytest.raises(ResponseTooLarge):
        fetch(site.url("/bomb"), max_bytes=1_000_000, allowed_networks=LOOPBACK)


def test_other_content_types_are_refused(site):
    site.routes["/doc.pdf"] = lambda r: (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7")
    with pytest.raises(UnsupportedContentType, match="application/pdf"):
        fetch(site.url("/doc.pdf"), allowed_networks=LOOPBACK)


def test_a_page_without_content_type_is_accepted_when_it_looks_like_html(site):
    site.routes["/bare"] = lambda r: (200, {}, b"<!doctype html><title>Bare</title>")
    site.routes["/blob"] = lambda r: (200, {}, b"\x00\x01binary")
    assert fetch(site.url("/bare"), allowed_networks=LOOPBACK).content_type == "text/html"
    with pytest.raises(UnsupportedContentType):
        fetch(site.url("/blob"), allowed_networks=LOOPBACK)


def test_http_errors_carry_the_status(site):
    with pytest.raises(FetchFailed, match="HTTP 404") as caught:
        fetch(site.url("/missing"), allowed_networks=LOOPBACK)
    assert caught.value.status == 404


def test_a_hanging_server_times_out(site):
    site.routes["/hang"] = lambda r: r.hang()
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(site.url("/hang"), timeout=0.5, allowed_networks=LOOPBACK)
    assert time.monotonic() - started < 2


def test_a_server_dripping_its_headers_cannot_keep_a_fetch_past_its_deadline(site):
    # One byte every 0.1 s: each read succeeds well inside any per-read timeout, and the
    # whole answer takes 8 s; the fetch must still end at its 1 s deadline.
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"z" * 40 + b"\r\n"
    answer += b"Content-Length: 40\r\n\r\n<html><body><p>Late page.</p></body></html>"[:40]
    site.routes["/drip"] = lambda r: r.drip(answer, every=0.1)

    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(site.url("/drip"), timeout=1.0, allowed_networks=LOOPBACK)
    assert time.monotonic() - started < 4  # generous: 8 s without the deadline


def test_redirect_chains_are_limited(site):
    site.routes["/loop"] = lambda r: redirect("/loop")
    with pytest.raises(TooManyRedirects):
        fetch(site.url("/loop"), max_redirects=3, allowed_networks=LOOPBACK)


def test_an_unknown_host_is_named_in_plain_words(monkeypatch):
    def no_such_host(host, port, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(FetchFailed) as caught:
        fetch("https://news.example.org/story")
    assert str(caught.value) == (
        "could not fetch https://news.example.org/story: "
        "cannot resolve news.example.org: Name or service not known"
    )


def test_a_connection_reset_is_a_fetch_failure(site):
    site.routes["/reset"] = lambda r: r.reset()
    with pytest.raises(FetchFailed):
        fetch(site.url("/reset"), allowed_networks=LOOPBACK)
