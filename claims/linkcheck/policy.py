"""When a source is checked again: healthy ones rarely, failing ones sooner, backing off.

A failing link is often back within hours (a deploy, an outage), so the first recheck
comes soon; each further failure in a row doubles the wait, so a dead site is not
asked again and again, up to the healthy interval's cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings


@dataclass(frozen=True)
class RecheckPolicy:
    ok: timedelta = timedelta(days=7)
    first_failure: timedelta = timedelta(hours=1)
    longest: timedelta = timedelta(days=7)

    def __post_init__(self):
        for name in ("ok", "first_failure", "longest"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"RecheckPolicy.{name} must be positive")

    def delay(self, consecutive_failures: int) -> timedelta:
        """Wait before the next check of a source that failed this many checks in a row."""
        if consecutive_failures <= 0:
            return self.ok
        # 2**20 hours is over a century: any sane cap is reached before, and no overflow.
        doubled = self.first_failure * 2 ** min(consecutive_failures - 1, 20)
        return min(doubled, self.longest)

    @classmethod
    def from_settings(cls) -> RecheckPolicy:
        return cls(
            ok=timedelta(days=settings.LINKCHECK_RECHECK_OK_DAYS),
            first_failure=timedelta(hours=settings.LINKCHECK_RECHECK_FAILING_HOURS),
            longest=timedelta(days=settings.LINKCHECK_RECHECK_MAX_DAYS),
        )
