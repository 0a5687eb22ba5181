"""Knobs of the link checker, with defaults and the LINKCHECK_* settings that override them."""

from __future__ import annotations

from dataclasses import dataclass, fields

METHODS = ("auto", "get", "head")


@dataclass(frozen=True)
class LinkCheckConfig:
    concurrency: int = 32  # requests in flight, all hosts together
    per_host_concurrency: int = 4  # requests in flight to one host
    per_host_interval: float = 0.1  # seconds between two request starts on one host
    connect_timeout: float = 5.0  # TCP (and TLS) connection
    read_timeout: float = 10.0  # silence while waiting for the answer or the next body bytes
    timeout: float = 15.0  # one request in all: connect, answer and the part of the body we read
    deadline: float = 30.0  # one URL: every hop, retry and Retry-After wait
    max_redirects: int = 10
    max_retries: int = 2  # extra tries after a retryable answer (429, 503...) or a reset
    max_retry_after: float = 10.0  # a longer Retry-After is not waited for: transient at once
    retry_backoff: float = 1.0  # wait before a retry when the server gives no Retry-After
    # "auto": GET when the body is needed (soft-404 detection, snapshots), else HEAD
    # with a GET fallback when HEAD is refused.
    method: str = "auto"
    detect_soft_404: bool = True
    sniff_bytes: int = 32_768  # body read to spot soft 404s
    want_content: bool = False  # keep a text snapshot of good pages
    content_max_bytes: int = 1_000_000
    allowed_networks: tuple[str, ...] = ()
    user_agent: str = "factcheck-linkcheck/0.1"
    verify_tls: bool = True

    def __post_init__(self):
        for name in ("concurrency", "per_host_concurrency", "sniff_bytes", "content_max_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"LinkCheckConfig.{name} must be >= 1")
        for name in ("per_host_interval", "max_retries", "max_redirects", "max_retry_after", "retry_backoff"):
            if getattr(self, name) < 0:
                raise ValueError(f"LinkCheckConfig.{name} must be >= 0")
        for name in ("connect_timeout", "read_timeout", "timeout", "deadline"):
            if getattr(self, name) <= 0:
                raise ValueError(f"LinkCheckConfig.{name} must be > 0")
        if self.method not in METHODS:
            raise ValueError(f"LinkCheckConfig.method must be one of {METHODS}, not {self.method!r}")
        object.__setattr__(self, "allowed_networks", tuple(self.allowed_networks))

    @property
    def needs_body(self) -> bool:
        return self.detect_soft_404 or self.want_content

    @classmethod
    def from_settings(cls, **overrides) -> LinkCheckConfig:
        """Defaults, then LINKCHECK_<FIELD> settings (e.g. LINKCHECK_CONCURRENCY), then `overrides`.

        The allowed networks come from SSRF_ALLOWED_NETWORKS, shared with the fetcher.
        """
        # Here, not at the top: the checker runs without Django too (bench/, its tests).
        from django.conf import settings

        values = {}
        for f in fields(cls):
            name = f"LINKCHECK_{f.name.upper()}"
            if hasattr(settings, name):
                values[f.name] = getattr(settings, name)
        values.setdefault("allowed_networks", tuple(settings.SSRF_ALLOWED_NETWORKS))
        values.update(overrides)
        return cls(**values)
