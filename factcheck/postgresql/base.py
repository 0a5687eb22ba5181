"""Django's PostgreSQL backend with a health check that costs no round trip.

With CONN_HEALTH_CHECKS on, Django checks a reused connection at the start of every
request that touches the database by sending ``SELECT 1``: on a fast endpoint that is
one round trip in four. A server that ends a session (a restart, a terminated backend,
an idle timeout) says so and closes the socket, so a dead connection shows as a socket
with something to read while a live idle one has nothing to say. We poll the socket
instead of asking the server. A connection thrown away by mistake (a NOTIFY waiting to
be read) is only reopened; a link that died silently is missed by both checks until
the next query fails, which Django then reports and the next request reconnects.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQLDatabaseWrapper
from psycopg.pq import TransactionStatus


class DatabaseWrapper(PostgreSQLDatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed or connection.broken:
            return False
        if connection.info.transaction_status == TransactionStatus.UNKNOWN:
            return False
        poller = select.poll()  # not select.select(): that fails on descriptors past 1023
        try:
            poller.register(connection.fileno(), select.POLLIN)
            return not poller.poll(0)  # anything to read, a hang-up or an error: not usable
        except OSError:
            return False
