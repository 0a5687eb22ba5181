from datetime import UTC, datetime

from claims.linkcheck.retry import parse_retry_after


def test_retry_after_in_seconds():
    assert parse_retry_after("120") == 120.0


def test_retry_after_as_an_http_date():
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:30 GMT", now) == 30.0


def test_a_date_in_the_past_means_now():
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now) == 0.0


def test_missing_or_garbage_retry_after_is_none():
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-5") is None
