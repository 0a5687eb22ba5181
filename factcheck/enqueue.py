"""Enqueue a task after the transaction commits, without letting a broker outage fail the save.

The row being saved already says that work is pending (`Article.status` is pending,
`Source.check_requested_at` is set). If the broker cannot be reached, the message is
not sent, a warning is logged and the user's request still succeeds; `claims.sweeper`
later enqueues work that stayed pending too long.
"""

from __future__ import annotations

import functools
import logging

from celery import Task
from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)

# What an unreachable or restarting broker raises from apply_async (kombu wraps most
# connection errors in OperationalError; a few socket errors get through as they are).
BROKER_ERRORS = (OperationalError, ConnectionError, TimeoutError)


def send_quietly(task: Task, *args, **options) -> bool:
    """Send the task; False (and a warning) when the broker is unreachable.

    Without options it goes through `delay`, like a direct call would, so whatever
    stands in for a task's `delay` (tests that run it inline) still sees it."""
    try:
        if options:
            task.apply_async(args, **options)
        else:
            task.delay(*args)
    except BROKER_ERRORS as exc:
        logger.warning("Broker unreachable, %s%r stays pending for the sweeper: %s", task.name, args, exc)
        return False
    return True


def enqueue_on_commit(task: Task, *args, using: str | None = None, **options) -> None:
    """Send the task once the current transaction commits (at once outside one), quietly."""
    transaction.on_commit(functools.partial(send_quietly, task, *args, **options), using=using)
