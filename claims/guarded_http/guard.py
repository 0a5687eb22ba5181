"""SSRF guard: decide whether a server-side request may go to a URL.

Two steps, so that the address we check is the address we connect to:
`parse_target()` refuses bad URLs without touching DNS (scheme, credentials, odd
IP spellings, literal addresses), and `resolve_checked()` resolves a host name
once and checks every address. The HTTP layers (`transport.py` for httpx,
`resolver.py` for aiohttp) call `resolve_checked()` at connect time and connect
to one of the addresses it returned, so a DNS answer that changes between the
check and the connection (rebinding) cannot smuggle in a private address.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import idna

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = ("http", "https")

# Cloud instance-metadata endpoints hand out credentials: refused even when an
# allowed network covers them (allowing 169.254.0.0/16 for a lab must not open these).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean...
        "169.254.170.2",  # AWS ECS task metadata
        "169.254.169.123",  # AWS time sync
        "168.63.129.16",  # Azure wire server (a public address)
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
        "fd00:ec2::254",  # AWS IPv6 metadata
        "fd00:ec2::23",  # AWS IPv6 DNS
    )
)

# Prefixes that embed an IPv4 address in an IPv6 one (NAT64): checked as that IPv4.
NAT64_NETWORKS = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))

# What inet_aton() accepts but ipaddress does not: 127.1, 2130706433, 0x7f.1, 0177.0.0.1.
_LEGACY_IPV4 = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.IGNORECASE)
_BAD_HOST_CHARS = re.compile(r"[\s<>\"{}|\\^`:/?#\[\]@%]")


class BlockedURL(Exception):
    """The guard refused the URL; `reason` says why in words a user understands."""

    def __init__(self, reason: str, url: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.url = url


class InvalidURL(BlockedURL):
    """Not an http(s) URL at all (as opposed to a valid URL pointing somewhere unsafe)."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str  # lower-case host name, or the canonical text of a literal IP
    port: int
    ip: IPAddress | None  # set when the URL names a literal address


def parse_networks(networks: Iterable[str | Network]) -> tuple[Network, ...]:
    """CIDR strings (or networks) to networks; a bad entry is a configuration error."""
    if isinstance(networks, tuple) and all(
        isinstance(n, ipaddress.IPv4Network | ipaddress.IPv6Network) for n in networks
    ):
        return networks
    out = []
    for net in networks:
        try:
            out.append(net if not isinstance(net, str) else ipaddress.ip_network(net.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"bad network in SSRF allow-list: {net!r} ({exc})") from None
    return tuple(out)


def refusal_reason(ip: IPAddress, allowed_networks: Iterable[str | Network] = ()) -> str | None:
    """Why a request must not go to `ip`, or None when it may."""
    return _refusal_reason(ip, parse_networks(allowed_networks))


@functools.lru_cache(maxsize=4096)
def _refusal_reason(ip: IPAddress, nets: tuple[Network, ...]) -> str | None:
    if ip in METADATA_ADDRESSES:
        return f"{ip} is a cloud metadata address"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            # Some stacks reach the IPv4 host, some don't; nobody links to these honestly.
            return f"{ip} is an IPv6-mapped IPv4 address"
        if ip.scope_id:
            return f"{ip} has an IPv6 zone id"
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            inner = _refusal_reason(embedded, nets)
            if inner:
                return f"{ip} embeds an IPv4 address: {inner}"
    if any(ip in net for net in nets if net.version == ip.version):
        return None
    for test, what in (
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_reserved", "a reserved address"),
        ("is_private", "a private address"),
    ):
        if getattr(ip, test):
            return f"{ip} is {what}"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if any(ip in net for net in NAT64_NETWORKS):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def parse_target(url: str, allowed_networks: Iterable[str | Network] = ()) -> Target:
    """Check everything about `url` that needs no DNS; raise InvalidURL / BlockedURL."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURL("empty URL", str(url))
    if any(ch in url for ch in "\r\n\t\x00") or url != url.strip():
        raise InvalidURL("URL contains whitespace or control characters", url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"malformed URL ({exc})", url) from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise InvalidURL(f"scheme {scheme + ':' if scheme else '(none)'} is not http or https", url)
    if "@" in parts.netloc:
        raise BlockedURL("credentials in the URL are not allowed", url)
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise InvalidURL("URL has no host", url)
    if port is None:
        port = 443 if scheme == "https" else 80
    if not 0 < port < 65536:
        raise InvalidURL(f"port {port} is out of range", url)
    ip = _literal_ip(host, url)
    if ip is None and (_BAD_HOST_CHARS.search(host) or not _encodable(host)):
        raise InvalidURL(f"host {host!r} is not a valid host name", url)
    if ip is None and _is_loopback_name(host):
        # RFC 6761: these names mean this machine whatever DNS says, so no lookup decides.
        reason = refusal_reason(LOOPBACK_ADDRESS, allowed_networks)
        if reason:
            raise BlockedURL(f"{host} names this machine: {reason}", url)
    if ip is not None:
        reason = refusal_reason(ip, allowed_networks)
        if reason:
            raise BlockedURL(reason, url)
        host = str(ip)
    return Target(scheme=scheme, host=host, port=port, ip=ip)


LOOPBACK_ADDRESS = ipaddress.ip_address("127.0.0.1")


def _is_loopback_name(host: str) -> bool:
    name = host.lower()
    return name == "localhost" or name.endswith(".localhost")


def _encodable(host: str) -> bool:
    """Can the HTTP clients put this name on the wire (IDNA, as httpx does)? Django's URL
    check lets through characters they cannot encode (①.example), which they raise on."""
    if host.isascii():
        return True
    try:
        idna.encode(host.lower())
    except (idna.IDNAError, UnicodeError):
        return False
    return True


def _literal_ip(host: str, url: str) -> IPAddress | None:
    if "%" in host:
        raise BlockedURL("IPv6 zone ids are not allowed", url)
    ip = parse_ip(host)
    if ip is not None:
        return ip
    if _LEGACY_IPV4.match(host):
        # The resolver would quietly turn these into an address; nobody writes them by accident.
        raise BlockedURL(f"{host} is a non-canonical spelling of an IP address", url)
    return None


@functools.lru_cache(maxsize=4096)
def parse_ip(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def resolve_checked(
    host: str, port: int, allowed_networks: Iterable[str | Network] = (), *, url: str = ""
) -> list[IPAddress]:
    """Resolve `host` once and return its addresses; refuse if any of them is unsafe.

    Refusing the whole name (not only its bad addresses) keeps a fallback connection
    from landing on the private one.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        # The resolver's own words ("Name or service not known"), not "[Errno -2] ..." twice.
        reason = getattr(exc, "strerror", None) or exc
        raise socket.gaierror(
            getattr(exc, "errno", socket.EAI_NONAME), f"cannot resolve {host}: {reason}"
        ) from None
    return check_addresses(host, [info[4][0] for info in infos], allowed_networks, url=url)


def check_addresses(
    host: str, addresses: Iterable[str], allowed_networks: Iterable[str | Network] = (), *, url: str = ""
) -> list[IPAddress]:
    """Parse and check resolver answers for `host`; raise BlockedURL on the first unsafe one."""
    nets = parse_networks(allowed_networks)
    out: list[IPAddress] = []
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        reason = refusal_reason(ip, nets)
        if reason:
            raise BlockedURL(f"{host} resolves to a refused address: {reason}", url)
        if ip not in out:
            out.append(ip)
    if not out:
        raise BlockedURL(f"{host} has no address", url)
    return out


def check_url(url: str, allowed_networks: Iterable[str | Network] = ()) -> list[IPAddress]:
    """Check `url` fully (syntax, then DNS); return the addresses a request may use.

    For a one-off question ("may we fetch this?"). The fetchers do the two halves
    themselves so that the connection uses the very addresses checked here.
    """
    target = parse_target(url, allowed_networks)
    if target.ip is not None:
        return [target.ip]
    return resolve_checked(target.host, target.port, allowed_networks, url=url)
