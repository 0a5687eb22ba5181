"""Fault injection, imported into a worker with `celery worker --include tests.faults.killpoints`.

FAULT_KILL_AT names the point where the worker's pool process SIGKILLs itself, once:
the first process to get there creates FAULT_KILL_MARKER and dies; later attempts
(the redelivered task) go through. Points in sending a report e-mail:

    before_claim   the task started, the delivery is not claimed yet
    after_claim    the delivery is claimed (sending), nothing sent
    after_accept   the SMTP server accepted the message; the row does not say sent yet

(The fourth point, mid-SMTP, needs no hook: the test holds the SMTP DATA reply and
kills the process from outside.)
"""

import os
import signal

from celery import shared_task, signals

POINT = os.environ.get("FAULT_KILL_AT", "")
MARKER = os.environ.get("FAULT_KILL_MARKER", "")


def die_once(point: str) -> None:
    if point != POINT or not MARKER:
        return
    try:
        fd = os.open(MARKER, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        return
    os.write(fd, str(os.getpid()).encode())
    os.close(fd)
    os.kill(os.getpid(), signal.SIGKILL)


@signals.task_prerun.connect
def _before_claim(sender=None, **kwargs) -> None:
    if sender is not None and sender.name == "reports.tasks.send_delivery":
        die_once("before_claim")


@signals.worker_process_init.connect
def _patch_send_path(**kwargs) -> None:
    from reports import emails
    from reports.models.delivery import DeliveryQuerySet

    claim, send = DeliveryQuerySet.claim, emails.send

    def claim_then_maybe_die(self, *args, **kw):
        claimed = claim(self, *args, **kw)
        if claimed:
            die_once("after_claim")
        return claimed

    def send_then_maybe_die(message):
        send(message)
        die_once("after_accept")

    DeliveryQuerySet.claim = claim_then_maybe_die
    emails.send = send_then_maybe_die


@shared_task(name="tests.faults.killpoints.kill_own_worker")
def kill_own_worker(log_path: str) -> None:
    """A poison task: notes the attempt, then kills the pool process that runs it."""
    with open(log_path, "a") as log:
        log.write("attempt\n")
    os.kill(os.getpid(), signal.SIGKILL)


def _note_gave_up(task, args, kwargs) -> None:
    with open(args[0], "a") as log:
        log.write("gave up\n")


kill_own_worker.gave_up = lambda args, kwargs: _note_gave_up(kill_own_worker, args, kwargs)


@shared_task(name="tests.faults.killpoints.note")
def note(path: str) -> None:
    with open(path, "a") as log:
        log.write("done\n")
