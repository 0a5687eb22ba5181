"""Model values as JSON-ready primitives: the report data is stored and rendered as JSON."""

from datetime import datetime, timedelta

from reviewers.names import display_name


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def hours(span: timedelta | None) -> float | None:
    return None if span is None else round(span.total_seconds() / 3600, 1)


def person(username: str | None, first: str = "", last: str = "") -> str:
    """A user as reports name them (reviewers.names); "" for nobody."""
    return display_name(username or "", first, last)


def clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
