"""What one link check found."""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.link_class import LinkClass


@dataclass
class LinkResult:
    url: str
    link_class: LinkClass
    http_status: int | None = None
    final_url: str | None = None
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, target) per hop
    elapsed_ms: int = 0
    error: str | None = None
    content_text: str | None = None  # capped page text, only when content was asked for
    content_sha256: str | None = None  # of content_text encoded as UTF-8
    attempts: int = 0  # requests made for this URL, all hops and retries

    @property
    def is_alive(self) -> bool:
        return self.link_class in (LinkClass.OK, LinkClass.REDIRECT)

    def as_dict(self, *, with_content: bool = False) -> dict:
        """JSON-ready dict (the JSON Lines output of `checklinks --json`)."""
        data = {
            "url": self.url,
            "class": str(self.link_class),
            "http_status": self.http_status,
            "final_url": self.final_url,
            "redirects": [list(hop) for hop in self.redirects],
            "elapsed_ms": self.elapsed_ms,
            "error": self.error,
            "content_sha256": self.content_sha256,
            "attempts": self.attempts,
        }
        if with_content:
            data["content_text"] = self.content_text
        return data
