"""Beat's scheduler: django-celery-beat's, made to outlive a database outage.

Upstream catches database errors when it writes run times and checks for changes, but
not when it reads the schedule: at start-up and on its periodic full re-read. Beat then
exits when PostgreSQL is restarting at that moment, and every schedule (the digests,
the sweeper that re-sends lost work) stops until someone starts it again. Here beat
waits for the database before its first read, and a later read that fails keeps the
schedule beat already has and is tried again on the next tick. (Upstream already
retries its writes.)
"""

from __future__ import annotations

import logging
import time

from django.db import DatabaseError, InterfaceError, close_old_connections, connection
from django_celery_beat.schedulers import DatabaseScheduler

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (DatabaseError, InterfaceError)
STARTUP_RETRY_SECONDS = 2.0


def wait_for_database() -> None:
    while True:
        try:
            connection.ensure_connection()
            return
        except DATABASE_ERRORS as exc:
            logger.warning("Database unreachable, beat waits for it: %s", exc)
            connection.close()
            time.sleep(STARTUP_RETRY_SECONDS)


class OutageTolerantScheduler(DatabaseScheduler):
    def setup_schedule(self):
        wait_for_database()
        super().setup_schedule()

    def all_as_schedule(self):
        try:
            schedule = super().all_as_schedule()
        except DATABASE_ERRORS as exc:
            logger.warning("Database unreachable, keeping the schedule beat has: %s", exc)
            close_old_connections()
            self._initial_read = True  # read again on the next tick
            return self._schedule or {}
        return schedule
