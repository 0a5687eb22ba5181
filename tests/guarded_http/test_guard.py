import ipaddress
import socket

import pytest

from claims.guarded_http.guard import (
    BlockedURL,
    InvalidURL,
    check_url,
    parse_networks,
    parse_target,
    refusal_reason,
)

# URL -> words the refusal must contain. None of these may ever be requested.
REFUSED = {
    "http://127.0.0.1/": "loopback",
    "http://127.0.0.53:8080/admin": "loopback",
    "http://localhost/": "loopback",
    "http://LOCALHOST./": "loopback",
    "http://127.1/": "non-canonical",
    "http://2130706433/": "non-canonical",
    "http://0x7f000001/": "non-canonical",
    "http://0x7f.0.0.1/": "non-canonical",
    "http://017700000001/": "non-canonical",
    "http://0177.0.0.1/": "non-canonical",
    "http://0/": "non-canonical",
    "http://0.0.0.0/": "unspecified",
    "http://[::]/": "unspecified",
    "http://[::1]/": "loopback",
    "http://[0:0:0:0:0:0:0:1]/": "loopback",
    "http://[::ffff:127.0.0.1]/": "IPv6-mapped",
    "http://[::ffff:7f00:1]/": "IPv6-mapped",
    "http://[::ffff:10.0.0.1]/": "IPv6-mapped",
    "http://[::127.0.0.1]/": "reserved",
    "http://[64:ff9b::7f00:1]/": "embeds an IPv4",
    "http://[2002:7f00:1::]/": "embeds an IPv4",
    "http://10.0.0.1/": "private",
    "http://172.16.5.4/": "private",
    "http://172.31.255.255/": "private",
    "http://192.168.1.1/": "private",
    "http://100.64.0.1/": "not a public",
    "http://198.18.0.1/": "private",
    "http://192.0.2.1/": "private",
    "http://169.254.1.1/": "link-local",
    "http://169.254.169.254/latest/meta-data/": "metadata",
    "http://169.254.170.2/v2/credentials": "metadata",
    "http://100.100.100.200/": "metadata",
    "http://168.63.129.16/": "metadata",
    "http://[fd00:ec2::254]/": "metadata",
    "http://[fe80::1]/": "link-local",
    "http://[fe80::1%25eth0]/": "zone id",
    "http://[fc00::1]/": "private",
    "http://224.0.0.1/": "multicast",
    "http://[ff02::1]/": "multicast",
    "http://240.0.0.1/": "reserved",
    "http://255.255.255.255/": "reserved",
    "http://user:pass@example.com/": "credentials",
    "http://user@example.com/": "credentials",
    "http://example.com@127.0.0.1/": "credentials",
    "http://evil.example\\@127.0.0.1/": "credentials",
}

INVALID = [
    "file:///etc/passwd",
    "ftp://example.com/file",
    "gopher://127.0.0.1:70/_x",
    "dict://127.0.0.1:11211/stat",
    "javascript:alert(1)",
    "data:text/html,<p>x</p>",
    "mailto:someone@example.com",
    "//example.com/no-scheme",
    "example.com",
    "http:///no-host",
    "http://example.com:0/",
    "http://example.com:99999/",
    "http://exa mple.com/",
    "http://example.com/\r\nHost: evil",
    "",
]


@pytest.mark.parametrize("url, words", REFUSED.items())
def test_it_refuses_unsafe_urls_with_a_reason(url, words):
    with pytest.raises(BlockedURL) as caught:
        check_url(url)
    assert words.lower() in caught.value.reason.lower()


@pytest.mark.parametrize("url", INVALID)
def test_it_calls_urls_that_are_not_http_invalid(url):
    with pytest.raises(InvalidURL):
        check_url(url)


@pytest.mark.parametrize(
    "url", ["https://1.1.1.1/", "http://8.8.8.8:8080/x", "http://[2606:4700:4700::1111]/"]
)
def test_it_allows_public_addresses(url):
    assert check_url(url) == [ipaddress.ip_address(parse_target(url).host)]


def test_an_allowed_network_opens_loopback():
    assert check_url("http://127.0.0.2:8000/", ["127.0.0.0/8"]) == [ipaddress.ip_address("127.0.0.2")]
    with pytest.raises(BlockedURL):
        check_url("http://10.0.0.1/", ["127.0.0.0/8"])


def test_metadata_addresses_stay_refused_even_inside_an_allowed_network():
    with pytest.raises(BlockedURL, match="metadata"):
        check_url("http://169.254.169.254/", ["169.254.0.0/16"])
    with pytest.raises(BlockedURL, match="metadata"):
        check_url("http://[fd00:ec2::254]/", ["::/0"])


def test_ipv6_mapped_addresses_stay_refused_even_when_the_ipv4_is_allowed():
    reason = refusal_reason(ipaddress.ip_address("::ffff:127.0.0.1"), ["127.0.0.0/8", "::/0"])
    assert reason and "IPv6-mapped" in reason


def test_a_private_address_is_refused_unless_its_network_is_allowed():
    private = ipaddress.ip_address("192.168.0.1")
    assert refusal_reason(ipaddress.ip_address("93.184.216.34")) is None
    assert "private" in refusal_reason(private)
    assert refusal_reason(private, ["192.168.0.0/24"]) is None


def test_a_bad_allow_list_entry_is_a_configuration_error():
    with pytest.raises(ValueError, match="bad network"):
        parse_networks(["127.0.0.0/8", "localhost"])


def fake_dns(monkeypatch, answers: dict[str, list[str]]):
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in answers[host]
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch):
    fake_dns(monkeypatch, {"intranet.example": ["10.1.2.3"]})
    with pytest.raises(BlockedURL, match="intranet.example resolves to a refused address"):
        check_url("https://intranet.example/")


def test_one_private_address_among_public_ones_refuses_the_name(monkeypatch):
    fake_dns(monkeypatch, {"mixed.example": ["93.184.216.34", "127.0.0.1"]})
    with pytest.raises(BlockedURL, match="loopback"):
        check_url("https://mixed.example/")


def test_a_public_name_returns_the_checked_addresses(monkeypatch):
    fake_dns(monkeypatch, {"news.example": ["93.184.216.34", "2606:2800:220:1::1"]})
    assert [str(ip) for ip in check_url("https://news.example/a")] == ["93.184.216.34", "2606:2800:220:1::1"]


def test_parse_target_needs_no_dns_for_names(monkeypatch):
    def no_dns(*args, **kwargs):
        raise AssertionError("parse_target must not resolve")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    target = parse_target("https://News.Example:8443/path")
    assert (target.scheme, target.host, target.port, target.ip) == ("https", "news.example", 8443, None)
