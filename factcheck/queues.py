"""What the broker holds: how many messages wait in a queue, and which queue a task goes to.

The sweeps (claims.sweeper, reports.tasks.rebuild_stalled_reports) send pending work again
only while its queue is empty: a backlog is work still on its way, not lost.
"""

from __future__ import annotations

from celery import current_app
from kombu.exceptions import ChannelError

from factcheck.enqueue import BROKER_ERRORS

SWEEP_BATCH = 500  # rows of one kind a sweep sends at most; the next sweep takes the rest


def queue_length(queue: str) -> int | None:
    """Messages waiting in `queue` (not those a worker holds); None if the broker is unreachable."""
    try:
        with current_app.connection_for_read() as conn:
            return conn.default_channel.queue_declare(queue=queue, passive=True).message_count
    except ChannelError:  # Redis drops a list when it empties: "no such queue" means none waiting
        return 0
    except BROKER_ERRORS:
        return None


def queue_of(task_name: str) -> str:
    """The queue CELERY_TASK_ROUTES sends `task_name` to."""
    route = current_app.amqp.router.route({}, task_name)
    return route["queue"].name
