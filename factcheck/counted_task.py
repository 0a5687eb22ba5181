"""The base class of every task (Celery(task_cls=CountedTask)): a message that has killed
its worker MAX_DELIVERIES times is dropped instead of coming back forever."""

import logging

from celery import Task

logger = logging.getLogger(__name__)

# A message delivered this many times without its task ever finishing is poison: its
# task kills the worker process (out of memory, a crash in C code). Rejected on worker
# loss, it would come back forever; it is dropped instead, with an error in the log.
MAX_DELIVERIES = 3
DELIVERIES_TTL_SECONDS = 2 * 24 * 3600


class CountedTask(Task):
    """A task that counts how often its message was delivered (in the Redis broker) and
    gives up on one that has killed its worker MAX_DELIVERIES times.

    A delivery that ends (success, failure or retry) clears its count, so only the
    attempts that never returned add up. Retries count afresh: they are new messages.
    Override `gave_up(args, kwargs)` to mark the task's row failed.
    """

    def __call__(self, *args, **kwargs):
        deliveries = _count_delivery(self)
        if deliveries > MAX_DELIVERIES:
            logger.error(
                "%s[%s] gave up: delivered %d times, its worker died each time",
                self.name, self.request.id, deliveries - 1,
            )  # fmt: skip
            return self.gave_up(args, kwargs)
        return self.run(*args, **kwargs)

    def gave_up(self, args: tuple, kwargs: dict) -> None:
        """What to do with a poison message besides dropping it; nothing by default."""

    def after_return(self, status, retval, task_id, args, kwargs, einfo) -> None:
        _forget_delivery(self)
        super().after_return(status, retval, task_id, args, kwargs, einfo)


_counter = None  # a redis client per process, made on first use


def _delivery_key(task: Task) -> str | None:
    request = task.request
    if request.called_directly or not request.id or not uses_redis(task.app.conf.broker_url):
        return None
    return f"factcheck:deliveries:{request.id}:{request.retries or 0}"


def _count_delivery(task: Task) -> int:
    """This delivery's number (1 for the first); 1 also when it cannot be counted."""
    global _counter
    key = _delivery_key(task)
    if key is None:
        return 1
    try:
        if _counter is None:
            import redis

            _counter = redis.Redis.from_url(task.app.conf.broker_url, socket_timeout=5)
        deliveries, _ = _counter.pipeline().incr(key).expire(key, DELIVERIES_TTL_SECONDS).execute()
        return deliveries
    except Exception as exc:  # redis-py's errors vary; counting must never stop the task itself
        logger.warning("could not count deliveries of %s: %s", key, exc)
        return 1


def _forget_delivery(task: Task) -> None:
    key = _delivery_key(task)
    if key is not None and _counter is not None:
        try:
            _counter.delete(key)
        except Exception as exc:  # an unforgotten count expires by itself
            logger.warning("could not clear delivery count %s: %s", key, exc)


def uses_redis(url: str | None) -> bool:
    return bool(url) and url.split("://", 1)[0] in ("redis", "rediss", "sentinel", "redis+socket")
