"""System check: LINKCHECK_* and SSRF_ALLOWED_NETWORKS must make a valid configuration.

Register it in the app's ready(): `checks.register(check_link_settings)`.
"""

from __future__ import annotations

from django.core.checks import Error

from claims.guarded_http.guard import parse_networks
from claims.linkcheck.config import LinkCheckConfig
from claims.linkcheck.policy import RecheckPolicy


def check_link_settings(app_configs=None, **kwargs) -> list[Error]:
    try:
        config = LinkCheckConfig.from_settings()
        parse_networks(config.allowed_networks)
        RecheckPolicy.from_settings()
    except (TypeError, ValueError) as exc:
        return [Error(f"Bad link-check settings: {exc}", id="claims.linkcheck.E001")]
    return []
