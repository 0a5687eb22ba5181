"""Every extraction stage takes time in proportion to its input, hostile input included.

One article must not tie up a worker: each case (bench/extraction_hostile.py) is run at 1x
and 10x its size and the times compared. Linear work gives about 10x, quadratic about
100x; the bound sits between, loose enough for a loaded machine. Times are CPU time (the
10x run's in a forked child the kernel stops past its budget), the best of a few runs, at a
1x size grown until it takes long enough to measure, so neither other processes nor a pause
of the machine count against the code.
"""

import math
import os
import resource
import signal
import struct
import time

import pytest

from bench.extraction_hostile import HOSTILE_HTML, HOSTILE_TEXT
from claims.extraction import analyse, extract_html
from claims.extraction.baseline_scorer import score as baseline_score
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute

MAX_RATIO = 30
MIN_SECONDS = 0.01  # the 1x input grows (doubling its size) until it takes at least this long
MAX_GROWTH = 64
# Sizes (the case's `n`) at which the quadratic code this guards against was well past the bound.
SIZES = {"share bar words": 10}


def _cpu_time_in_child(run, argument, budget: float) -> float:
    """CPU time of `run(argument)` in a forked child, or inf if the kernel stopped the child
    at its CPU limit (`budget` rounded up to whole seconds, the limit's unit).

    Not a signal handler raising in this process: Python runs a handler between any two
    bytecodes, finalisers included (a generator closed or an object freed mid-run), and an
    exception raised inside a finaliser cannot propagate; Python reports it as unraisable
    and the run goes on past its budget."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test run
        status = 1
        try:
            os.close(read_end)
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            _, hard = resource.getrlimit(resource.RLIMIT_CPU)
            limit = max(1, math.ceil(budget))
            soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
            start = time.process_time()
            run(argument)
            os.write(write_end, struct.pack("d", time.process_time() - start))
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        reported = reader.read()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        return float("inf")
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
        raise RuntimeError(f"the timed run failed in its child process (wait status {status})")
    return struct.unpack("d", reported)[0]


def _best_time(run, argument, repeats: int, budget: float = 0.0) -> float:
    """Best CPU time of `repeats` runs; a run given a `budget` of CPU seconds runs in a child
    stopped past it (inf), so quadratic code fails in seconds rather than running for hours."""
    best = float("inf")
    for _ in range(repeats):
        if budget:
            best = min(best, _cpu_time_in_child(run, argument, budget))
            continue
        start = time.process_time()
        run(argument)
        best = min(best, time.process_time() - start)
    return best


def _times(ratio: float) -> str:
    return f"{ratio:.0f}x" if ratio < float("inf") else f"over {MAX_RATIO}x (stopped)"


def _ratio(run, make, n: int) -> float:
    """CPU time of `run(make(10 * n))` over that of `run(make(n))`, n grown until measurable."""
    one = _best_time(run, make(n), 3)
    for _ in range(MAX_GROWTH.bit_length()):
        if one >= MIN_SECONDS:
            break
        n *= 2
        one = _best_time(run, make(n), 3)
    large = make(10 * n)
    for _ in range(3):  # measured again only when it looks too slow: a busy machine, not the code
        ratio = _best_time(run, large, 1, budget=MAX_RATIO * one) / one
        if ratio < MAX_RATIO:
            break
    return ratio


@pytest.mark.parametrize("case", list(HOSTILE_TEXT))
def test_extracting_ten_times_the_hostile_text_takes_about_ten_times_as_long(case):
    ratio = _ratio(analyse, HOSTILE_TEXT[case], SIZES.get(case, 1))
    assert ratio < MAX_RATIO, f"{case}: 10x the input took {_times(ratio)} the time"


def _spin_forever(_) -> None:
    while True:
        pass


def test_a_run_over_its_budget_is_stopped_and_counts_as_too_slow():
    assert _best_time(_spin_forever, None, 1, budget=0.05) == float("inf")


class _SlowToFree:
    def __del__(self):
        for _ in range(20_000):
            pass


def _free_objects_for_seconds(_) -> None:
    """Most of the time inside a finaliser, where a budget raised as an exception would land."""
    for _ in range(10_000):
        _SlowToFree()


def test_a_run_over_its_budget_inside_finalisers_is_stopped_without_an_unraisable_exception():
    assert _best_time(_free_objects_for_seconds, None, 1, budget=0.05) == float("inf")


@pytest.mark.parametrize("case", ["huge table", "many paragraphs"])
def test_extracting_ten_times_the_hostile_page_takes_about_ten_times_as_long(case):
    ratio = _ratio(lambda html: extract_html(html, scorer=baseline_score), HOSTILE_HTML[case], 1)
    assert ratio < MAX_RATIO, f"{case}: 10x the page took {_times(ratio)} the time"


def _laid_out_sentences(text: str):
    layout = lay_out(normalise(text))
    kept = list(range(len(layout.paragraphs)))
    sentences = [(s, e, i) for i in kept for s, e in split_sentences(layout.text, *layout.paragraphs[i])]
    return layout.text, layout.paragraphs, sentences, kept


@pytest.mark.parametrize(
    ("case", "n"),
    [
        ("many quotes in one paragraph", 8),
        ("descriptors after many names", 6),
        ("repeated names and pronouns", 8),
        ("quote marks only", 20),
    ],
)
def test_attributing_speakers_in_ten_times_the_text_takes_about_ten_times_as_long(case, n):
    """The speaker stage alone: elsewhere sentence splitting's linear time would hide it."""
    ratio = _ratio(
        lambda args: attribute(*args), lambda size: _laid_out_sentences(HOSTILE_TEXT[case](size)), n
    )
    assert ratio < MAX_RATIO, f"{case}: 10x the input took {_times(ratio)} the time"
