"""`make run`'s runner survives a Ctrl-C landing while it prints a line: honcho's signal handler
prints too, and a nested write into the same buffer raised and killed the runner, leaving web,
worker and beat running (seen on a loaded machine)."""

from factcheck.devrun import SignalSafeOutput


class Stream:
    """A terminal whose write is interrupted by a signal handler that prints."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.output: SignalSafeOutput | None = None

    def write(self, text: str) -> None:
        if text == "web.1 | line\n":
            self.output.write("system | SIGINT received\n")  # the handler, landing mid-write
        self.written.append(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def test_a_line_printed_by_a_signal_handler_mid_print_follows_the_line_being_printed():
    stream = Stream()
    output = stream.output = SignalSafeOutput(stream)
    output.write("web.1 | line\n")
    assert stream.written == ["web.1 | line\n", "system | SIGINT received\n"]
    output.write("system | web.1 stopped (rc=0)\n")
    assert stream.written[-1] == "system | web.1 stopped (rc=0)\n"
