import gzip
import hashlib
import socket
import time

import pytest

from claims.link_class import LinkClass
from claims.linkcheck.checker import check_urls_sync
from claims.linkcheck.config import LinkCheckConfig
from tests.guarded_http.site import fake_dns, html, page, redirect


def config(**overrides) -> LinkCheckConfig:
    base = dict(
        allowed_networks=("127.0.0.0/8",),
        timeout=2.0,
        connect_timeout=1.0,
        deadline=6.0,
        per_host_interval=0.0,
        retry_backoff=0.05,
        max_retry_after=2.0,
    )
    return LinkCheckConfig(**{**base, **overrides})


def check(url: str, **overrides):
    return check_urls_sync([url], config(**overrides))[url]


def test_a_live_page_is_ok(site):
    site.routes["/a"] = lambda r: html(page("Hello"))
    result = check(site.url("/a"))
    assert (result.link_class, result.http_status, result.final_url, result.error) == (
        "ok",
        200,
        site.url("/a"),
        None,
    )
    assert result.redirects == [] and result.attempts == 1 and result.elapsed_ms >= 0


def test_a_redirect_chain_is_followed_by_hand_and_recorded(site):
    site.routes["/old"] = lambda r: redirect("/moved", 301)
    site.routes["/moved"] = lambda r: redirect(site.url("/new"), 307)
    site.routes["/new"] = lambda r: html(page("New"))
    result = check(site.url("/old"))
    assert result.link_class == LinkClass.REDIRECT
    assert result.redirects == [(301, site.url("/moved")), (307, site.url("/new"))]
    assert (result.final_url, result.http_status, result.attempts) == (site.url("/new"), 200, 3)


@pytest.mark.parametrize("status", [404, 410, 500])
def test_error_statuses_are_broken(site, status):
    site.routes["/x"] = lambda r: html(page("Error"), status)
    result = check(site.url("/x"))
    assert (result.link_class, result.http_status, result.error) == ("broken", status, f"HTTP {status}")


def test_a_redirect_to_a_404_is_broken_with_the_chain(site):
    site.routes["/a"] = lambda r: redirect("/gone")
    result = check(site.url("/a"))
    assert (result.link_class, result.http_status, result.error) == ("broken", 404, "redirect to HTTP 404")
    assert result.redirects == [(302, site.url("/gone"))]


def test_a_redirect_loop_is_broken(site):
    site.routes["/a"] = lambda r: redirect("/b")
    site.routes["/b"] = lambda r: redirect("/a")
    result = check(site.url("/a"))
    assert (result.link_class, result.error) == ("broken", "redirect loop")
    assert site.hits["/a"] == 1 and site.hits["/b"] == 1


def test_too_many_redirects_is_broken(site):
    for i in range(5):
        site.routes[f"/r{i}"] = lambda r, i=i: redirect(f"/r{i + 1}")
    result = check(site.url("/r0"), max_redirects=3)
    assert (result.link_class, result.error) == ("broken", "more than 3 redirects")


def test_a_soft_404_is_broken(site):
    site.routes["/soft"] = lambda r: html(page("Page not found", "Sorry, the page could not be found."))
    result = check(site.url("/soft"))
    assert result.link_class == LinkClass.BROKEN and result.http_status == 200
    assert result.error.startswith("soft 404")


def test_a_soft_404_titled_with_the_site_name_is_broken_by_its_heading(site):
    body = "<title>The Daily Paper</title><h1>Article not found</h1>" + "<p>Latest news.</p>" * 300
    site.routes["/gone"] = lambda r: html(body)
    result = check(site.url("/gone"))
    assert (result.link_class, result.error) == (
        "broken",
        "soft 404: the page heading says 'Article not found'",
    )


def test_a_reset_connection_is_broken_after_one_retry(site):
    site.routes["/reset"] = lambda r: r.reset()
    result = check(site.url("/reset"))
    assert (result.link_class, result.attempts) == ("broken", 2)
    assert "reset" in result.error or "closed" in result.error


def test_a_silent_server_times_out_at_the_read_timeout(site):
    site.routes["/hang"] = lambda r: r.hang()
    started = time.monotonic()
    result = check(site.url("/hang"), read_timeout=0.5, timeout=3)
    assert (result.link_class, result.error) == ("timeout", "no data for 0.5 s")
    assert time.monotonic() - started < 1.5


def test_a_server_that_trickles_times_out_at_the_request_timeout(site):
    def trickle(r):
        r.send_response(200)
        r.send_header("Content-Type", "text/html")
        r.send_header("Content-Length", "1000")
        r.end_headers()
        for _ in range(600):  # a byte every 0.1 s for a minute: never silent for long, never done
            if site.stopping.is_set():
                break
            r.wfile.write(b"x")
            r.wfile.flush()
            time.sleep(0.1)
        r.close_connection = True

    site.routes["/drip"] = trickle
    started = time.monotonic()
    result = check(site.url("/drip"), read_timeout=0.5, timeout=1.0)
    # The status line came in time: the page is up, only the sniff was cut short.
    assert result.link_class == LinkClass.OK
    # Cut at the 1 s timeout, not at the end of the minute-long body: a bound of ten
    # times the timeout that a loaded machine does not reach and a read to the end exceeds.
    assert time.monotonic() - started < 10 * 1.0


def test_no_status_line_within_the_request_timeout_is_a_timeout(site):
    def slow_headers(r):
        for _ in range(10):
            time.sleep(0.1)
            if site.stopping.is_set():
                break
        return html(page("Late"))

    site.routes["/late"] = slow_headers
    result = check(site.url("/late"), read_timeout=5, timeout=0.4)
    assert (result.link_class, result.error) == ("timeout", "no answer within 0.4 s")


def test_a_refused_connection_is_broken():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        result = check(f"http://127.0.0.1:{port}/")
    assert result.link_class == LinkClass.BROKEN and "refused" in result.error


def test_a_503_that_recovers_after_retry_after_is_ok(site):
    answers = iter([html(page("Busy"), 503, **{"Retry-After": "1"}), html(page("Fine"))])
    site.routes["/flaky"] = lambda r: next(answers)
    started = time.monotonic()
    result = check(site.url("/flaky"))
    assert (result.link_class, result.attempts) == ("ok", 2)
    gap = site.starts["/flaky"][1] - site.starts["/flaky"][0]
    assert 0.9 < gap < 2 and time.monotonic() - started >= 1


@pytest.mark.parametrize("status", [429, 503])
def test_answers_still_retryable_after_the_retries_are_transient(site, status):
    site.routes["/busy"] = lambda r: html(page("Busy"), status, **{"Retry-After": "0"})
    result = check(site.url("/busy"), max_retries=2)
    assert (result.link_class, result.http_status, result.attempts) == ("transient", status, 3)
    assert "Retry-After: 0" in result.error


def test_a_retry_after_longer_than_allowed_is_not_waited_for(site):
    site.routes["/later"] = lambda r: html(page("Later"), 429, **{"Retry-After": "3600"})
    started = time.monotonic()
    result = check(site.url("/later"))
    assert (result.link_class, result.attempts) == ("transient", 1)
    assert time.monotonic() - started < 1


def test_retries_stop_at_the_deadline(site):
    site.routes["/busy"] = lambda r: html(page("Busy"), 503, **{"Retry-After": "1"})
    result = check(site.url("/busy"), deadline=1.5, max_retries=5)
    assert result.link_class == LinkClass.TRANSIENT and result.attempts == 1


def test_head_is_used_when_no_body_is_needed_and_get_when_head_is_refused(site):
    def head_refused(r):
        return html(b"", 405) if r.command == "HEAD" else html(page("Fine"))

    site.routes["/ok"] = lambda r: html(page("Fine"))
    site.routes["/nohead"] = head_refused
    results = check_urls_sync([site.url("/ok"), site.url("/nohead")], config(detect_soft_404=False))
    assert {r.link_class for r in results.values()} == {"ok"}
    assert sorted(site.methods) == [("GET", "/nohead"), ("HEAD", "/nohead"), ("HEAD", "/ok")]


def test_get_is_used_when_soft_404s_are_looked_for(site):
    site.routes["/a"] = lambda r: html(page("Fine"))
    check(site.url("/a"))
    assert site.methods == [("GET", "/a")]


def test_identical_urls_are_fetched_once(site):
    site.routes["/a"] = lambda r: html(page("Fine"))
    urls = [site.url("/a"), site.url("/a"), site.url("/a#section")]
    results = check_urls_sync(urls, config())
    assert site.hits["/a"] == 1
    assert set(results) == set(urls)
    assert results[site.url("/a#section")].url == site.url("/a#section")


def test_loopback_is_blocked_by_default_and_the_canary_hears_nothing(canary):
    urls = [
        f"http://127.0.0.1:{canary.port}/",
        f"http://localhost:{canary.port}/",
        f"http://127.1:{canary.port}/",
        f"http://2130706433:{canary.port}/",
        f"http://[::ffff:127.0.0.1]:{canary.port}/",
        f"http://user:pw@127.0.0.1:{canary.port}/",
        "http://169.254.169.254/latest/meta-data/",
    ]
    results = check_urls_sync(urls, LinkCheckConfig())
    time.sleep(0.2)
    assert {url: r.link_class for url, r in results.items()} == {url: "blocked" for url in urls}
    assert all(r.error and r.attempts == 0 for r in results.values())
    assert canary.connections == 0


def test_a_name_resolving_to_loopback_is_blocked_at_connect_time(canary, monkeypatch):
    fake_dns(monkeypatch, {"sneaky.test": "127.0.0.1"})
    result = check_urls_sync([f"http://sneaky.test:{canary.port}/"], LinkCheckConfig())
    (only,) = result.values()
    assert only.link_class == LinkClass.BLOCKED and "loopback" in only.error
    assert canary.connections == 0


def test_a_redirect_to_a_blocked_address_is_blocked_with_the_chain(site2, canary):
    site2.routes["/go"] = lambda r: redirect(f"http://127.0.0.1:{canary.port}/admin")
    result = check(site2.url("/go"), allowed_networks=("127.0.0.2/32",))
    assert result.link_class == LinkClass.BLOCKED
    assert result.redirects == [(302, f"http://127.0.0.1:{canary.port}/admin")]
    assert "loopback" in result.error
    assert canary.connections == 0


@pytest.mark.parametrize(
    "url", ["mailto:someone@example.org", "ftp://example.org/f", "not a url", "javascript:x()"]
)
def test_urls_that_are_not_http_are_invalid(url):
    result = check_urls_sync([url], LinkCheckConfig())[url]
    assert result.link_class == LinkClass.INVALID and result.attempts == 0


def test_a_redirect_to_a_non_http_url_is_broken(site):
    site.routes["/a"] = lambda r: redirect("ftp://example.org/file")
    result = check(site.url("/a"))
    assert result.link_class == LinkClass.BROKEN and "unusable URL" in result.error


def test_content_is_kept_with_its_hash_when_asked_for(site):
    body = page("Evidence", "The minister said 42.")
    site.routes["/e"] = lambda r: html(body)
    result = check(site.url("/e"), want_content=True)
    assert result.content_text == body.decode()
    assert result.content_sha256 == hashlib.sha256(body).hexdigest()


def test_content_is_capped_and_not_kept_for_broken_pages(site):
    site.routes["/long"] = lambda r: html(b"<p>" + b"x" * 50_000)
    site.routes["/gone"] = lambda r: html(page("Gone"), 410)
    results = check_urls_sync(
        [site.url("/long"), site.url("/gone")], config(want_content=True, content_max_bytes=1000)
    )
    assert len(results[site.url("/long")].content_text) == 1000
    assert results[site.url("/gone")].content_text is None


def test_no_content_is_kept_unless_asked_for(site):
    site.routes["/e"] = lambda r: html(page("Evidence"))
    result = check(site.url("/e"))
    assert result.content_text is None and result.content_sha256 is None


def test_a_compressed_bomb_is_read_only_up_to_the_cap(site):
    bomb = gzip.compress(b"<p>" + b"a" * 20_000_000)
    site.routes["/bomb"] = lambda r: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    result = check(site.url("/bomb"), want_content=True, content_max_bytes=100_000)
    assert result.link_class == LinkClass.OK
    assert len(result.content_text) == 100_000


def test_one_host_gets_no_more_than_its_share_at_once(site):
    site.routes["/slow"] = lambda r: (time.sleep(0.2), html(page("Slow")))[1]
    urls = [site.url(f"/slow?{i}") for i in range(8)]
    results = check_urls_sync(urls, config(concurrency=8, per_host_concurrency=2))
    assert {r.link_class for r in results.values()} == {"ok"}
    assert site.peak_in_flight == 2


def test_requests_to_one_host_are_spaced_out(site):
    site.routes["/a"] = lambda r: html(page("Fine"))
    urls = [site.url(f"/a?{i}") for i in range(5)]
    check_urls_sync(urls, config(concurrency=5, per_host_concurrency=5, per_host_interval=0.2))
    starts = site.starts["/a"]
    # Seen by the server, where thread scheduling blurs each gap but not the whole span.
    assert starts[-1] - starts[0] >= 4 * 0.2 - 0.1
    assert min(b - a for a, b in zip(starts, starts[1:], strict=False)) >= 0.05


def test_other_hosts_are_not_held_up_by_a_slow_one(site, site2):
    site.routes["/slow"] = lambda r: (time.sleep(0.3), html(page("Slow")))[1]
    site2.routes["/fast"] = lambda r: html(page("Fast"))
    urls = [site.url(f"/slow?{i}") for i in range(4)] + [site2.url("/fast")]
    finished = {}
    check_urls_sync(
        urls,
        config(concurrency=4, per_host_concurrency=1),
        on_result=lambda r: finished.setdefault(r.url, time.monotonic()),
    )
    assert finished[site2.url("/fast")] < min(t for u, t in finished.items() if "slow" in u)


def test_an_empty_good_page_has_an_empty_snapshot(site):
    site.routes["/empty"] = lambda r: html(b"")
    result = check(site.url("/empty"), want_content=True)
    assert (result.link_class, result.content_text) == ("ok", "")
    assert result.content_sha256 == hashlib.sha256(b"").hexdigest()


def test_the_resolved_address_is_the_one_connected_to(site2, canary, monkeypatch):
    # Each lookup of the name gives a different answer, as a rebinding DNS server would.
    real, answers, lookups = socket.getaddrinfo, ["127.0.0.2", "127.0.0.1"], []

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "rebind.test":
            lookups.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (answers[min(len(lookups), 2) - 1], port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    # The redirect closes its connection, so the next hop must connect again.
    site2.routes["/a"] = lambda r: (302, {"Location": "/b", "Connection": "close"}, b"")
    site2.routes["/b"] = lambda r: html(page(f"Host {r.headers['Host']}"))
    result = check(f"http://rebind.test:{site2.port}/a", allowed_networks=("127.0.0.2/32",))
    assert (result.link_class, result.attempts) == ("redirect", 2)
    assert lookups == ["rebind.test"]
    assert canary.connections == 0
