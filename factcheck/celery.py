"""The Celery application, configured from Django settings (CELERY_* names).

What is ours beyond the canonical lines: every task counts its deliveries
(factcheck/counted_task.py), the beat schedule comes from factcheck/periodic.py, and
workers and beat refuse to start with an unsafe Redis visibility timeout
(factcheck/visibility.py).
"""

import logging
import os

from celery import Celery, signals

from factcheck import periodic
from factcheck.broker import use_filesystem_transport
from factcheck.counted_task import CountedTask
from factcheck.visibility import check_visibility_timeout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
# The zero-setup broker writes each message whole (factcheck/broker.py).
use_filesystem_transport()

app = Celery("factcheck", task_cls=CountedTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Feature packages inside apps keep their tasks next to their code.
app.autodiscover_tasks(["claims.linkcheck", "claims.matching", "claims.notifications"])
app.autodiscover_tasks(["claims", "webhooks"], related_name="sweeper")


@app.on_after_configure.connect
def _make_broker_folders(sender: Celery, **kwargs) -> None:
    """The file-system broker needs its folders before the first message."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "control_folder", "processed_folder"):
        if options.get(key):
            os.makedirs(options[key], exist_ok=True)


@app.on_after_configure.connect
def _schedule_sweeps(sender: Celery, **kwargs) -> None:
    """Beat copies these into django-celery-beat's tables when it starts, where the admin
    shows them beside the editable ones."""
    sender.conf.beat_schedule = {**(sender.conf.beat_schedule or {}), **periodic.beat_schedule()}


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
