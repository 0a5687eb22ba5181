"""`make run`: web, worker and beat from Procfile.dev, started together and stopped
together by one Ctrl-C, cleanly.

honcho's own `start` stops each process group with SIGTERM, which kills the Celery
worker's pool processes under it (ERROR lines, then SIGKILL 5 s later), and exits 130,
which make reports as an error. Here each process group gets what Ctrl-C in its own
terminal would give it, SIGINT: the worker shuts down warmly (its pool processes ignore
SIGINT), runserver and beat exit; whatever still runs after 5 s is killed. A stop asked
for exits 0, and the runner takes the terminal's foreground as a shell does for a job,
so Ctrl-C reaches it and not make.

Once web, worker and beat have each said they are up, it prints where to open and the demo
log-ins: printed before, by `load_seeds`, the worker's and beat's banners scrolled them away.
"""

import os
import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from honcho import environ
from honcho.manager import Manager
from honcho.printer import Message, Printer

from seeds.demo_logins import login_lines

STOPPED_CLEANLY = {0, -signal.SIGINT}
STOP_REQUESTED = {128 + signal.SIGINT, 128 + signal.SIGTERM}  # honcho's return codes for them


# Warnings a newcomer cannot act on, silenced for `make run` only, and output unbuffered:
QUIET = {
    # runserver's "do not use in production" banner: `make run` is development by
    # definition; compose and the Dockerfile serve with gunicorn.
    "DJANGO_RUNSERVER_HIDE_WARNING": "true",
    # Celery's warning on every start as root (a container, a VM; C_FORCE_ROOT does not
    # silence it). Harmless here: messages are JSON only (no pickle, so a message cannot
    # run code), the broker is a local folder, and the Docker image runs as a non-root user.
    "PYTHONWARNINGS": "ignore:You're running the worker with superuser privileges",
    # The worker skips the interpreter's clean-up once its warm shutdown is done (factcheck/celery.py).
    "FACTCHECK_DEVRUN": "1",
    # Each line as it is written: into honcho's pipe, stdout was block-buffered, so
    # runserver's "Starting development server at ..." and beat's banner showed only at Ctrl-C.
    "PYTHONUNBUFFERED": "1",
}


# What each process prints once it is up (matched at the start of its name: "web.1", ...).
READY = {
    "web": "Quit the server with",  # runserver, after its system checks
    "worker": " ready.",  # "celery@host ready."
    "beat": "beat: Starting",
}


def welcome(port: int) -> list[str]:
    return [
        "",
        f"  factcheck is ready: open http://127.0.0.1:{port}/admin/ and log in as one of",
        *(f"    {line}" for line in login_lines()),
        "  Ctrl-C stops web, worker and beat.",
        "",
    ]


class SignalSafeOutput:
    """Standard output that a signal handler may write to while the loop is writing.

    honcho prints "SIGINT received" from inside its signal handler; a Ctrl-C landing while the
    loop was printing a line made the interpreter raise "reentrant call inside BufferedWriter",
    which killed the runner and left web, worker and beat running. A write made during another
    is held and written right after it."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.busy = False
        self.held: list[str] = []

    def write(self, text: str) -> int:
        if self.busy:
            self.held.append(text)
            return len(text)
        self.busy = True
        try:
            self.stream.write(text)
            while self.held:
                self.stream.write(self.held.pop(0))
        finally:
            self.busy = False
        return len(text)

    def flush(self) -> None:
        if not self.busy:
            self.busy = True
            try:
                self.stream.flush()
            finally:
                self.busy = False

    def isatty(self) -> bool:
        return self.stream.isatty()


class WelcomePrinter(Printer):
    """honcho's printer, printing `welcome` once every process in READY has said it is up."""

    def __init__(self, output, welcome: list[str], waiting_for: set[str]) -> None:
        super().__init__(output)
        self.welcome = welcome
        self.waiting_for = set(waiting_for)
        self.welcomed = False

    def write(self, message: Message) -> None:
        super().write(message)
        name = (message.name or "").split(".")[0]
        data = message.data.decode("utf-8", "replace") if isinstance(message.data, bytes) else message.data
        if name in self.waiting_for and READY[name] in data:
            self.waiting_for.discard(name)
            if not self.waiting_for and not self.welcomed:
                self.welcomed = True
                print("\n".join(self.welcome), file=self.output, flush=True)


class DevManager(Manager):
    """honcho's manager, stopping each process group with SIGINT instead of SIGTERM."""

    def _killall(self, force: bool = False) -> None:
        signum = signal.SIGKILL if force else signal.SIGINT
        for name, process in self._processes.items():
            if "returncode" not in process:
                self._system_print(
                    f"sending {signal.Signals(signum).name} to {name} (pid {process['pid']})\n"
                )
                try:
                    os.killpg(process["pid"], signum)
                except ProcessLookupError:
                    pass

    def stopped_cleanly(self) -> bool:
        """Stopped on request (Ctrl-C or SIGTERM), every process ended by itself."""
        codes = [process.get("returncode") for process in self._processes.values()]
        return self.returncode in STOP_REQUESTED and all(code in STOPPED_CLEANLY for code in codes)


@contextmanager
def terminal_foreground() -> Iterator[None]:
    """Own the terminal's foreground for as long as the processes run, then give it back."""
    try:
        tty = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        yield  # no terminal: stop signals come from whoever started us
        return
    previous = os.tcgetpgrp(tty)
    if previous != os.getpgrp():  # started in the background: leave the terminal alone
        os.close(tty)
        yield
        return
    os.setpgid(0, 0)
    # Taking the terminal from a background group raises SIGTTOU unless it is ignored.
    handler = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    os.tcsetpgrp(tty, os.getpgrp())
    try:
        yield
    finally:
        os.tcsetpgrp(tty, previous)
        signal.signal(signal.SIGTTOU, handler)
        os.close(tty)


def port_taken(port: int) -> bool:
    """Something listens on 127.0.0.1:port (runserver's address), so web would exit at once."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as runserver binds
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def run(procfile: Path, port: int) -> int:
    processes = environ.parse_procfile(procfile.read_text()).processes
    output = SignalSafeOutput(sys.stdout)
    manager = DevManager(WelcomePrinter(output, welcome(port), READY.keys() & processes.keys()))
    for process in environ.expand_processes(processes, port=port):
        # exec: the signals reach the program, not a shell in front of it.
        manager.add_process(process.name, f"exec {process.cmd}", env={**os.environ, **process.env, **QUIET})
    with terminal_foreground():
        manager.loop()
    output.write("")  # anything a last signal's handler held
    output.flush()
    return 0 if manager.stopped_cleanly() else manager.returncode or 1


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    if port_taken(port):
        # Said before anything starts: runserver's own "That port is already in use" came
        # after the worker's banner and stopped everything without saying what to do.
        sys.exit(
            f"port {port} is in use (another `make run`?): choose a free one, e.g. `make run PORT={port + 1}`"
        )
    sys.exit(run(Path(sys.argv[1] if len(sys.argv) > 1 else "Procfile.dev"), port))
