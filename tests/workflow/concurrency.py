"""Run a function in many threads at once, each with its own database connection."""

import threading

from django.db import connection


def run_together(fn, arguments: list[tuple]) -> list:
    """Call fn(*args) for each args in its own thread, released together by a barrier.

    Returns each call's result, or the exception it raised, in the order given."""
    barrier = threading.Barrier(len(arguments))
    outcomes: list = [None] * len(arguments)

    def worker(i: int, args: tuple) -> None:
        try:
            barrier.wait(timeout=30)
            outcomes[i] = fn(*args)
        except Exception as exc:  # recorded for the test to assert on
            outcomes[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, args)) for i, args in enumerate(arguments)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes
