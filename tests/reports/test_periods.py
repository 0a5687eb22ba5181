"""Report periods: days and weeks at local midnight, and the names people give them."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from reports.periods import Frequency, complete_periods, parse_period, period_containing

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2025, 3, 6, 9, 30, tzinfo=PARIS)  # a Thursday


def test_named_periods_are_read_in_the_newsroom_time_zone():
    assert parse_period("yesterday", NOW, PARIS).start == datetime(2025, 3, 5, tzinfo=PARIS)
    assert parse_period("last-week", NOW, PARIS).label() == "week of 2025-02-24"
    assert parse_period("this-week", NOW, PARIS).start.date() == date(2025, 3, 3)
    assert parse_period("2025-W10", NOW, PARIS).label() == "week of 2025-03-03"
    assert parse_period("2025-03-01..2025-03-31", NOW, PARIS).label() == "2025-03-01 to 2025-03-31"


@pytest.mark.parametrize("spec", ["2025-02-30", "2025-03-31..2025-03-01", "soon", "2025-W60"])
def test_unreadable_periods_are_refused_with_the_forms_that_work(spec):
    with pytest.raises(ValueError, match="use today, yesterday"):
        parse_period(spec, NOW, PARIS)


def test_a_day_across_the_clock_change_is_still_one_day():
    day = period_containing(datetime(2025, 3, 30, 12, tzinfo=PARIS), Frequency.DAILY, PARIS)

    # Subtracting in UTC: Python subtracts wall-clock times within one zone.
    assert (day.end.astimezone(UTC) - day.start.astimezone(UTC)).total_seconds() == 23 * 3600
    assert day.label() == "2025-03-30"


def test_complete_periods_end_before_now_oldest_first():
    days = complete_periods(Frequency.DAILY, NOW, PARIS, count=3)

    assert [d.label() for d in days] == ["2025-03-03", "2025-03-04", "2025-03-05"]
    assert complete_periods(Frequency.WEEKLY, NOW, PARIS, count=1)[0].end == datetime(
        2025, 3, 3, tzinfo=PARIS
    )
