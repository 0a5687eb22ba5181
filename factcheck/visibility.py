"""Safety net for Redis as a broker: a message a worker has taken but not acknowledged
(acks_late) goes back to the queue once Redis's visibility timeout runs out. If that
timeout were shorter than a task may legitimately run, or wait for its countdown or
retry backoff, Redis would hand the same task to a second worker while the first
still works on it. So workers and beat refuse to start unless the timeout is longer
than every such wait (`check_visibility_timeout`, connected in factcheck/celery.py).
"""

import logging

from celery import Celery
from django.conf import settings

from factcheck.counted_task import uses_redis

logger = logging.getLogger(__name__)

# Settings that hold a countdown some task schedules itself with; Redis must keep
# such a message invisible to other workers for that long too.
COUNTDOWN_SETTINGS = ("REPORTS_SEND_LEASE_SECONDS", "PENDING_WORK_AGE_SECONDS")
MARGIN_SECONDS = 60


class UnsafeVisibilityTimeout(SystemExit):
    """A SystemExit, so it stops the worker: Celery logs and ignores ordinary exceptions
    raised by signal handlers."""


def longest_waits(celery_app: Celery) -> dict[str, float]:
    """Every time (seconds) a message may stay taken but unacknowledged, by what sets it:
    time limits (global and per task), countdown settings, retry backoff and retry delays."""
    conf = celery_app.conf
    waits: dict[str, float] = {
        "task_time_limit": conf.task_time_limit or 0,
        "task_soft_time_limit": conf.task_soft_time_limit or 0,
    }
    for name in COUNTDOWN_SETTINGS:
        waits[name] = float(getattr(settings, name)) + 1
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
    if uses_redis(conf.broker_url):
        places.append("broker_transport_options")
    if uses_redis(conf.result_backend):
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
