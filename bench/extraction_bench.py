#!/usr/bin/env python3
"""Throughput and memory of claim extraction over a batch of articles.

Builds a reproducible batch (the seed article plus synthetic ones, see
extraction_corpus.py), then times, each over several repeats (the median is printed):

- rule stages alone (`claims.extraction.analyse`: everything but scoring), one process;
- end to end with the default scorer (`claims.extraction.extract`), one process;
- end to end with `--workers` processes (default 2, one per core), each scoring its share.

A scorer may itself use several threads (onnxruntime does), so "1 process" is not
necessarily one core; the workers figure is the one to compare with the 2-core goal.

and prints articles/s, sentences/s and the peak resident memory of this process and of
the worker processes.

With `--hostile`, it instead times the rule stages on each hostile input of
extraction_hostile.py (HTML ones through trafilatura and the rule baseline) at `--scale`
and 10 times that, and prints both times and their ratio: about 10 is linear, about 100
quadratic. A run over `--timeout` seconds is stopped and shown as such.

    .venv/bin/python bench/extraction_bench.py --articles 1000
    .venv/bin/python bench/extraction_bench.py --articles 1000 --repeats 5 --json
    .venv/bin/python bench/extraction_bench.py --scorer baseline
    .venv/bin/python bench/extraction_bench.py --hostile --scale 10
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import resource
import signal
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from extraction_corpus import build_corpus  # noqa: E402

GOAL_SENTENCES_PER_SECOND = 100  # end to end on 2 cores, default scorer
GOAL_RULE_ARTICLES_PER_CORE = 20


def _setup_django() -> None:
    # The scorer only reads settings (CHECKWORTHY_THRESHOLD) when Django is configured;
    # without it, it uses its model card. Set DJANGO_SETTINGS_MODULE to bench with settings.
    if os.environ.get("DJANGO_SETTINGS_MODULE"):
        import django

        django.setup()


_SCORER = None  # set per process by _load_scorer; None means the pipeline's default


def _load_scorer(spec: str | None) -> str:
    """`--scorer`: empty for the default, "baseline" for the rule baseline, or module:function."""
    global _SCORER
    from claims.extraction import baseline_scorer
    from claims.extraction.scoring import default_scorer

    if not spec:
        _SCORER, name = default_scorer()
    elif spec == "baseline":
        _SCORER, name = baseline_scorer.score, baseline_scorer.NAME
    else:
        module, _, function = spec.partition(":")
        _SCORER, name = getattr(importlib.import_module(module), function), spec
    return name


def _rules(articles: list[str]) -> int:
    from claims.extraction import analyse

    return sum(analyse(text).sentence_count for text in articles)


def _end_to_end(articles: list[str]) -> int:
    from claims.extraction import extract

    return sum(extract(text, scorer=_SCORER).sentence_count for text in articles)


def _worker_init(spec: str | None) -> None:
    _setup_django()
    _load_scorer(spec)
    _end_to_end(["Warm-up: the scorer loads once per worker. Unemployment fell 2 percent."])


def _timed(run, articles) -> tuple[float, int]:
    start = time.perf_counter()
    sentences = run(articles)
    return time.perf_counter() - start, sentences


def _parallel(pool, articles: list[str], workers: int) -> int:
    chunks = [articles[i :: workers * 8] for i in range(workers * 8)]
    return sum(pool.map(_end_to_end, chunks))


def _peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _row(name: str, seconds: list[float], articles: int, sentences: int) -> dict:
    median = statistics.median(seconds)
    return {
        "stage": name,
        "seconds_median": round(median, 3),
        "seconds_min": round(min(seconds), 3),
        "seconds_max": round(max(seconds), 3),
        "articles_per_s": round(articles / median, 1),
        "sentences_per_s": round(sentences / median, 1),
    }


class _TimedOut(Exception):
    pass


def _seconds_within(run, argument, timeout: int) -> float | None:
    """Seconds `run(argument)` took, or None when stopped at `timeout`."""

    def stop(signum, frame):
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(timeout)
    try:
        start = time.perf_counter()
        run(argument)
        return time.perf_counter() - start
    except _TimedOut:
        return None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def hostile(scale: int, timeout: int) -> int:
    """Time each hostile input at `scale` and 10x; print the times and their ratio."""
    from extraction_hostile import HOSTILE_HTML, HOSTILE_TEXT

    from claims.extraction import analyse, extract_html
    from claims.extraction.baseline_scorer import score

    cases = [(name, make, analyse) for name, make in HOSTILE_TEXT.items()]
    cases += [
        (f"html: {name}", make, lambda page: extract_html(page, scorer=score))
        for name, make in HOSTILE_HTML.items()
    ]
    extract_html("<html><body><p>Warm-up: trafilatura loads once.</p></body></html>", scorer=score)
    print(f"{'hostile input':<42}{'chars 1x':>10}{'1x s':>9}{'10x s':>9}{'ratio':>7}")
    for name, make, run in cases:
        small, large = make(scale), make(10 * scale)
        one = _seconds_within(run, small, timeout)
        ten = _seconds_within(run, large, timeout) if one is not None else None
        shown = [f"{t:.3f}" if t is not None else f">{timeout}" for t in (one, ten)]
        ratio = f"{ten / one:.0f}" if one and ten is not None else "-"
        print(f"{name:<42}{len(small):>10,}{shown[0]:>9}{shown[1]:>9}{ratio:>7}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--scorer",
        default="",
        help='"baseline", or module:function with the scorer signature (default: pipeline default)',
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of a table")
    parser.add_argument("--hostile", action="store_true", help="time hostile inputs at 1x and 10x instead")
    parser.add_argument("--scale", type=int, default=10, help="--hostile: size of the 1x inputs")
    parser.add_argument("--timeout", type=int, default=60, help="--hostile: seconds before a run is stopped")
    args = parser.parse_args(argv)
    if args.hostile:
        if args.scale < 1 or args.timeout < 1:
            parser.error("--scale and --timeout must be positive")
        return hostile(args.scale, args.timeout)
    if args.articles < 1 or args.repeats < 1 or args.workers < 1:
        parser.error("--articles, --repeats and --workers must be positive")

    _setup_django()
    articles = build_corpus(args.articles)
    scorer_name = _load_scorer(args.scorer)
    _end_to_end(articles[:1])  # load the scorer before timing
    rows = []
    for name, run in (("rules, 1 process", _rules), ("end to end, 1 process", _end_to_end)):
        runs = [_timed(run, articles) for _ in range(args.repeats)]
        rows.append(_row(name, [s for s, _ in runs], len(articles), runs[0][1]))
    # spawn, not fork: a scorer's native thread pools (onnxruntime) must not cross a fork.
    context = multiprocessing.get_context("spawn")
    with context.Pool(args.workers, initializer=_worker_init, initargs=(args.scorer,)) as pool:
        runs = [_timed(lambda a: _parallel(pool, a, args.workers), articles) for _ in range(args.repeats)]
    rows.append(
        _row(f"end to end, {args.workers} processes", [s for s, _ in runs], len(articles), runs[0][1])
    )
    report = {
        "articles": len(articles),
        "sentences": runs[0][1],
        "repeats": args.repeats,
        "scorer": scorer_name,
        "cpus": os.cpu_count(),
        "rows": rows,
        "peak_rss_mb": {
            "main": round(_peak_rss_mb(resource.RUSAGE_SELF), 1),
            "largest_worker": round(_peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
        },
        "goals": {
            "end_to_end_sentences_per_s_on_workers": [GOAL_SENTENCES_PER_SECOND, rows[2]["sentences_per_s"]],
            "rule_articles_per_s_per_core": [GOAL_RULE_ARTICLES_PER_CORE, rows[0]["articles_per_s"]],
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"{report['articles']} articles, {report['sentences']} sentences, scorer {scorer_name}, "
        f"{report['cpus']} CPUs, median of {args.repeats}"
    )
    print(f"{'stage':<26}{'median s':>10}{'min s':>8}{'max s':>8}{'articles/s':>12}{'sentences/s':>13}")
    for row in rows:
        print(
            f"{row['stage']:<26}{row['seconds_median']:>10}{row['seconds_min']:>8}{row['seconds_max']:>8}"
            f"{row['articles_per_s']:>12}{row['sentences_per_s']:>13}"
        )
    print(
        f"peak RSS: main {report['peak_rss_mb']['main']} MB, "
        f"largest worker {report['peak_rss_mb']['largest_worker']} MB"
    )
    for goal, (want, got) in report["goals"].items():
        print(f"goal {goal}: want >= {want}, got {got} ({'met' if got >= want else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
