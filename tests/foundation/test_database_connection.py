"""The PostgreSQL connection kept between requests: reused while alive, replaced once dead.

The health check (factcheck/postgresql/base.py) looks at the socket instead of sending
a query, so these tests end sessions on the server side and watch what the next
request does.
"""

import time

import psycopg
import pytest
from django.db import close_old_connections, connection

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("the health check under test is PostgreSQL's; run with DATABASE_URL=postgres://...")


def backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def terminate(pid: int) -> None:
    """End one server session from outside, as a restart or an idle timeout would."""
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        user=settings["USER"],
        dbname=settings["NAME"],
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        deadline = time.monotonic() + 10
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
            assert time.monotonic() < deadline, f"backend {pid} still alive 10 s after termination"
            time.sleep(0.05)


def test_a_live_connection_is_reused_by_the_next_request():
    first = backend_pid()
    close_old_connections()  # what Django runs at every request's start and end

    assert backend_pid() == first


def test_a_session_the_server_ended_is_replaced_before_the_next_request_queries():
    first = backend_pid()
    terminate(first)
    close_old_connections()

    second = backend_pid()  # would raise OperationalError on the dead connection

    assert second != first
