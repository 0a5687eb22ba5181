"""Report periods: days and weeks in the newsroom's time zone, and how people name them.

A period is half-open, [start, end), with aware datetimes at local midnight, so a day
across a daylight-saving change is 23 or 25 hours long and still one day.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from django.db import models


class Frequency(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @property
    def days(self) -> int:
        return (self.end.date() - self.start.date()).days

    def label(self) -> str:
        """`2025-03-04`, `week of 2025-03-03`, or `2025-03-01 to 2025-03-31` (end inclusive)."""
        first, last = self.start.date(), (self.end - timedelta(microseconds=1)).date()
        if first == last:
            return first.isoformat()
        if self.days == 7 and first.weekday() == 0 and self.start.time() == time(0):
            return f"week of {first.isoformat()}"
        return f"{first.isoformat()} to {last.isoformat()}"


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz)


def day_period(day: date, tz: tzinfo) -> Period:
    return Period(_midnight(day, tz), _midnight(day + timedelta(days=1), tz))


def week_period(monday: date, tz: tzinfo) -> Period:
    return Period(_midnight(monday, tz), _midnight(monday + timedelta(days=7), tz))


def period_containing(moment: datetime, frequency: str, tz: tzinfo) -> Period:
    local = moment.astimezone(tz).date()
    if frequency == Frequency.DAILY:
        return day_period(local, tz)
    if frequency == Frequency.WEEKLY:
        return week_period(local - timedelta(days=local.weekday()), tz)
    raise ValueError(f"unknown frequency {frequency!r}")


def previous_period(period: Period, frequency: str, tz: tzinfo) -> Period:
    return period_containing(period.start - timedelta(seconds=1), frequency, tz)


def complete_periods(frequency: str, now: datetime, tz: tzinfo, *, count: int) -> list[Period]:
    """The last `count` periods that have ended by `now`, oldest first."""
    period = previous_period(period_containing(now, frequency, tz), frequency, tz)
    periods = [period]
    while len(periods) < count:
        period = previous_period(period, frequency, tz)
        periods.append(period)
    return periods[::-1]


def parse_period(spec: str, now: datetime, tz: tzinfo) -> Period:
    """Read a period as people write it on the command line.

    `today`, `yesterday`, `this-week`, `last-week`, a day `2025-03-04`, an ISO week
    `2025-W10`, or a range of days `2025-03-01..2025-03-31` (both ends included).
    """
    spec = spec.strip()
    named = {
        "today": lambda: period_containing(now, Frequency.DAILY, tz),
        "yesterday": lambda: complete_periods(Frequency.DAILY, now, tz, count=1)[0],
        "this-week": lambda: period_containing(now, Frequency.WEEKLY, tz),
        "last-week": lambda: complete_periods(Frequency.WEEKLY, now, tz, count=1)[0],
    }
    if spec in named:
        return named[spec]()
    try:
        if ".." in spec:
            first, last = (date.fromisoformat(part) for part in spec.split("..", 1))
            if last < first:
                raise ValueError(f"the range {spec!r} ends before it starts")
            return Period(_midnight(first, tz), _midnight(last + timedelta(days=1), tz))
        if "-W" in spec:
            year, week = spec.split("-W", 1)
            return week_period(date.fromisocalendar(int(year), int(week), 1), tz)
        return day_period(date.fromisoformat(spec), tz)
    except ValueError as exc:
        raise ValueError(
            f"cannot read the period {spec!r} ({exc}); use today, yesterday, this-week, last-week, "
            "YYYY-MM-DD, YYYY-Www or YYYY-MM-DD..YYYY-MM-DD"
        ) from None
