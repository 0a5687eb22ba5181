"""The Celery application, configured from Django settings (CELERY_* names).

Safety net for Redis as a broker: a message a worker has taken but not acknowledged
(acks_late) goes back to the queue once Redis's visibility timeout runs out. If that
timeout were shorter than a task may legitimately run, or wait for its countdown or
retry backoff, Redis would hand the same task to a second worker while the first
still works on it. So workers and beat refuse to start unless the timeout is longer
than every such wait (`check_visibility_timeout`).
"""

import logging
import os

from celery import Celery, Task, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

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
    if request.called_directly or not request.id or not _uses_redis(task.app.conf.broker_url):
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


app = Celery("factcheck", task_cls=CountedTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Feature packages inside apps keep their tasks next to their code.
app.autodiscover_tasks(["claims.linkcheck", "claims.matching"])
app.autodiscover_tasks(["claims", "webhooks"], related_name="sweeper")


# Settings that hold a countdown some task schedules itself with; Redis must keep
# such a message invisible to other workers for that long too.
COUNTDOWN_SETTINGS = ("REPORTS_SEND_LEASE_SECONDS", "PENDING_WORK_AGE_SECONDS")
MARGIN_SECONDS = 60


class UnsafeVisibilityTimeout(SystemExit):
    """A SystemExit, so it stops the worker: Celery logs and ignores ordinary exceptions
    raised by signal handlers."""


@app.on_after_configure.connect
def _make_broker_folders(sender: Celery, **kwargs) -> None:
    """The file-system broker needs its folders before the first message."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "control_folder", "processed_folder"):
        if options.get(key):
            os.makedirs(options[key], exist_ok=True)


@app.on_after_configure.connect
def _schedule_sweeper(sender: Celery, **kwargs) -> None:
    """Beat copies these entries into django-celery-beat's tables when it starts
    (DatabaseScheduler), where the admin shows them."""
    from django.conf import settings

    sender.conf.beat_schedule = {
        **(sender.conf.beat_schedule or {}),
        "Re-enqueue work a broker outage left pending": {
            "task": "claims.sweeper.sweep_pending_work",
            "schedule": float(getattr(settings, "PENDING_WORK_SWEEP_SECONDS", 60)),
        },
        "Compute the matching vectors of claims and fact-checks that have none": {
            "task": "claims.matching.tasks.embed_missing",
            "schedule": float(settings.MATCHING_SWEEP_SECONDS),
        },
        "Re-send webhook deliveries a broker outage left waiting": {
            "task": "webhooks.sweeper.send_overdue_deliveries",
            "schedule": float(settings.PENDING_WORK_SWEEP_SECONDS),
        },
        "Rebuild reports a broker outage left pending": {
            "task": "reports.tasks.rebuild_stalled_reports",
            "schedule": float(getattr(settings, "PENDING_WORK_SWEEP_SECONDS", 60)),
        },
    }


def _uses_redis(url: str | None) -> bool:
    return bool(url) and url.split("://", 1)[0] in ("redis", "rediss", "sentinel", "redis+socket")


def longest_waits(celery_app: Celery) -> dict[str, float]:
    """Every time (seconds) a message may stay taken but unacknowledged, by what sets it:
    time limits (global and per task), countdown settings, retry backoff and retry delays."""
    from django.conf import settings

    conf = celery_app.conf
    waits: dict[str, float] = {
        "task_time_limit": conf.task_time_limit or 0,
        "task_soft_time_limit": conf.task_soft_time_limit or 0,
    }
    for name in COUNTDOWN_SETTINGS:
        waits[name] = float(getattr(settings, name, 0) or 0) + 1
    for name, task in celery_app.tasks.items():
        if name.startswith("celery."):
            continue
        waits[f"{name}.time_limit"] = task.time_limit or 0
        waits[f"{name}.soft_time_limit"] = task.soft_time_limit or 0
        if getattr(task, "autoretry_for", ()) or task.max_retries:
            waits[f"{name}.default_retry_delay"] = task.default_retry_delay or 0
        if getattr(task, "retry_backoff", False):
            waits[f"{name}.retry_backoff_max"] = getattr(task, "retry_backoff_max", 600) or 0
    return {k: float(v) for k, v in waits.items() if v}


def visibility_problems(celery_app: Celery) -> list[str]:
    """Why Redis could deliver a running task twice; empty when the timeout is safe."""
    conf = celery_app.conf
    places = []
    if _uses_redis(conf.broker_url):
        places.append("broker_transport_options")
    if _uses_redis(conf.result_backend):
        places.append("result_backend_transport_options")
    problems = []
    waits = longest_waits(celery_app) if places else {}
    for place in places:
        timeout = (conf.get(place) or {}).get("visibility_timeout")
        if timeout is None:
            problems.append(f"{place} has no visibility_timeout (Redis's default is one hour)")
            continue
        for what, seconds in sorted(waits.items()):
            if timeout < seconds + MARGIN_SECONDS:
                problems.append(
                    f"{place}['visibility_timeout'] = {timeout} s is not longer than {what} = "
                    f"{seconds:g} s plus a {MARGIN_SECONDS} s margin"
                )
    return problems


def check_visibility_timeout(celery_app: Celery) -> None:
    """Raise UnsafeVisibilityTimeout when Redis could redeliver a task that is still running."""
    celery_app.loader.import_default_modules()  # every task module, so per-task limits count
    problems = visibility_problems(celery_app)
    if problems:
        for problem in problems:
            logger.critical("Unsafe Celery configuration: %s", problem)
        raise UnsafeVisibilityTimeout("Unsafe Celery configuration: " + "; ".join(problems))


@signals.worker_init.connect
def _check_worker(sender, **kwargs) -> None:
    check_visibility_timeout(sender.app)


@signals.beat_init.connect
def _check_beat(sender, **kwargs) -> None:
    check_visibility_timeout(sender.app)


@signals.worker_shutdown.connect
def _exit_at_once_under_make_run(**kwargs) -> None:
    """Under `make run` (factcheck/devrun.py), end the worker as soon as its warm shutdown
    is done: tasks finished, pool joined, broker closed. The interpreter's own clean-up
    after that took 3-4 s on a busy 2-core machine, past the 5 s Ctrl-C promises."""
    if os.environ.get("FACTCHECK_DEVRUN") == "1":
        logging.shutdown()
        os._exit(0)
