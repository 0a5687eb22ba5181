"""How report values read to people, shared by the HTML and plain-text renderers."""

from datetime import datetime

from django.utils import timezone


def when(value: str | None) -> str:
    """`2025-03-04 14:05` in the newsroom's time zone, from an ISO timestamp."""
    if not value:
        return "—"
    return timezone.localtime(datetime.fromisoformat(value)).strftime("%Y-%m-%d %H:%M")


def duration(hours: float | None) -> str:
    """Hours as people read them: `5 h`, `3.5 days`."""
    if hours is None:
        return "—"
    if hours < 48:
        return f"{hours:g} h"
    return f"{hours / 24:.1f} days"


def more(total: int, shown: int) -> str:
    """The line under a capped list, or nothing when the list is complete."""
    return f"… and {total - shown} more" if total > shown else ""


def weblink(url: str) -> str:
    """The URL if it is a web address, else nothing: a report never carries a script link."""
    return url if url.lower().startswith(("http://", "https://")) else ""
