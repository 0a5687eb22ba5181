"""Django settings for the web fetchers, read in one place with safe defaults."""

from __future__ import annotations

from django.conf import settings


def ssrf_allowed_networks() -> tuple[str, ...]:
    """SSRF_ALLOWED_NETWORKS: CIDRs that may be reached although private or loopback."""
    return tuple(getattr(settings, "SSRF_ALLOWED_NETWORKS", ()) or ())


def fetch_options() -> dict:
    """Keyword arguments for `claims.web.fetch.fetch` from FETCH_* settings."""
    return {
        "max_bytes": int(getattr(settings, "FETCH_MAX_BYTES", 5_000_000)),
        "timeout": float(getattr(settings, "FETCH_TIMEOUT", 10.0)),
        "allowed_networks": ssrf_allowed_networks(),
    }
