#!/usr/bin/env python3
"""Benchmark the REST API against a minimal psycopg + json server on the same rows.

    .venv/bin/python bench/api_bench.py                   # 100,000 claims, 3 rounds
    .venv/bin/python bench/api_bench.py --claims 20000 --rounds 1 --duration 5 --keep

Creates the PostgreSQL database `factcheck_bench` (dropped first if it exists, and at
the end unless --keep), migrates it, loads --claims published claims with verdicts
(bench/api_bench_load.py), then starts two gunicorn servers on 127.0.0.1 with the same
worker count: the API (factcheck.wsgi, production settings, throttles raised out of
the way) and bench/api_baseline.py. For the list (`/verdicts/?page_size=20`) and the
detail (`/verdicts/<random id>/`) it drives each server in turn, API then baseline,
for --rounds rounds of --duration seconds with --concurrency concurrent connections
(gunicorn's sync workers close each after one answer, on both sides), and prints
requests/s, p50 and p99 latency and the CPU time each request cost in the server's
processes and in its PostgreSQL sessions (medians over rounds, with the
range), then the ratios baseline/API. The goal is a ratio under 2. On a busy shared
machine the CPU columns are the steadier figure. Both sides use psycopg's prepared
statements, as the app does by default (DATABASE_PREPARED_STATEMENTS); --no-prepared
turns them off on both sides.

The load generator is wrk when it is on PATH (Debian package `wrk`; much lighter than
a Python client, which matters on two cores), else an httpx async client.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from processes import stop_process  # sibling module: this script runs with bench/ on sys.path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server URL")
    p.add_argument("--database", default="factcheck_bench")
    p.add_argument("--workers", type=int, default=2, help="gunicorn sync workers for each server")
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--duration", type=float, default=8.0, help="seconds per measurement")
    p.add_argument("--warmup", type=float, default=2.0)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--page-size", type=int, default=20)
    p.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto")
    p.add_argument(
        "--prepared",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="both servers use psycopg prepared statements (on, as the app's settings have them; "
        "--no-prepared for plain client-side binding, as behind PgBouncer)",
    )
    p.add_argument(
        "--keep", action="store_true", help="keep the database (and skip loading when it is there)"
    )
    return p.parse_args()


# ------------------------------------------------------------------ database
def database_url(args) -> str:
    return f"{args.server.rstrip('/')}/{args.database}"


def prepare_database(args) -> None:
    with psycopg.connect(f"{args.server.rstrip('/')}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (args.database,)).fetchone()
        if exists and args.keep and loaded_claims(args) >= args.claims:
            print(f"reusing database {args.database}")
            return
        admin.execute(f'DROP DATABASE IF EXISTS "{args.database}"')
        admin.execute(f'CREATE DATABASE "{args.database}"')
    env = server_env(args, Path(tempfile.mkdtemp(prefix="api-bench-")))
    subprocess.run([PYTHON, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=REPO, env=env, check=True)
    subprocess.run([PYTHON, "bench/api_bench_load.py", str(args.claims)], cwd=REPO, env=env, check=True)
    with psycopg.connect(database_url(args), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def loaded_claims(args) -> int:
    try:
        with psycopg.connect(database_url(args)) as conn:
            return conn.execute(
                "SELECT count(*) FROM claims_verdict WHERE published_at IS NOT NULL"
            ).fetchone()[0]
    except psycopg.Error:
        return 0


def drop_database(args) -> None:
    with psycopg.connect(f"{args.server.rstrip('/')}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')


def verdict_ids(args) -> tuple[int, int]:
    with psycopg.connect(database_url(args)) as conn:
        return conn.execute("SELECT min(id), max(id) FROM claims_verdict").fetchone()


# ------------------------------------------------------------------ servers
def server_env(args, var_dir: Path, name: str = "api-bench") -> dict:
    """The environment of one server; `name` tags its database sessions (application_name)."""
    return {
        **os.environ,
        "DATABASE_URL": f"{database_url(args)}?application_name={name}",
        "DJANGO_SETTINGS_MODULE": "factcheck.settings",
        "DATABASE_PREPARED_STATEMENTS": "1" if args.prepared else "0",
        "BASELINE_PREPARED": "1" if args.prepared else "0",
        "DEBUG": "0",
        "SECRET_KEY": "api-bench-only-secret-key-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "FACTCHECK_VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
        # Throttling still runs (its cost is part of the API) but never refuses here.
        "API_THROTTLE_ANON": "100000000/s",
        "API_THROTTLE_TOKEN": "100000000/s",
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    base: str
    master: int

    def workers(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.master)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]


@contextmanager
def gunicorn(name: str, app: str, args, env: dict, probe: str, chdir: Path = REPO):
    port = free_port()
    cmd = [
        PYTHON,
        "-m",
        "gunicorn",
        app,
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(args.workers),
        "--worker-class",
        "sync",
        "--keep-alive",
        "5",
        "--log-level",
        "warning",
        "--chdir",
        str(chdir),
        "--pythonpath",
        f"{REPO},{REPO / 'bench'}",
    ]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + probe, timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"{app} did not start") from None
                time.sleep(0.3)
        yield Server(name, base, proc.pid)
    finally:
        stop_process(proc)


# ------------------------------------------------------------------ load generators
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * _UNITS[unit]


def drive_wrk(base: str, path: str, ids: tuple[int, int] | None, args, seconds: float) -> dict:
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    if ids:  # a random verdict for each request
        script.write(
            f"math.randomseed({random.randint(1, 10**6)})\n"
            f"request = function()\n"
            f'  return wrk.format("GET", "{path}" .. math.random({ids[0]}, {ids[1]}) .. "/")\n'
            f"end\n"
        )
    else:
        script.write(f'request = function() return wrk.format("GET", "{path}") end\n')
    script.close()
    threads = min(2, args.concurrency)
    cmd = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(args.concurrency),
        "-d",
        f"{max(1, round(seconds))}s",
        "--latency",
        "-s",
        script.name,
        base,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"errors during the run:\n{out}")
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"\s50%\s+(\S+)", out).group(1)),
        "p99": _ms(re.search(r"\s99%\s+(\S+)", out).group(1)),
    }


def drive_httpx(base: str, path: str, ids: tuple[int, int] | None, args, seconds: float) -> dict:
    import httpx

    async def run() -> list[float]:
        latencies: list[float] = []
        deadline = time.perf_counter() + seconds
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

            async def user() -> None:
                while time.perf_counter() < deadline:
                    url = f"{path}{random.randint(*ids)}/" if ids else path
                    started = time.perf_counter()
                    response = await client.get(url)
                    if response.status_code != 200:
                        raise RuntimeError(f"{url} answered {response.status_code}")
                    latencies.append((time.perf_counter() - started) * 1000)

            await asyncio.gather(*(user() for _ in range(args.concurrency)))
        return latencies

    started = time.perf_counter()
    latencies = asyncio.run(run())
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": cuts[49], "p99": cuts[98]}


# ------------------------------------------------------------------ CPU accounting
# Throughput on a shared two-core machine moves with whatever else runs; the CPU time
# each request costs (server processes + their PostgreSQL sessions) moves much less.
def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def database_sessions(args, name: str) -> list[int]:
    with psycopg.connect(f"{args.server.rstrip('/')}/postgres", autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s", (name,)
        ).fetchall()
    return [row[0] for row in rows]


# ------------------------------------------------------------------ main
def measure(drive, server: Server, path: str, ids, args) -> dict:
    drive(server.base, path, ids, args, args.warmup)
    workers, sessions = server.workers(), database_sessions(args, server.name)
    before = cpu_seconds(workers), cpu_seconds(sessions)
    run = drive(server.base, path, ids, args, args.duration)
    after = cpu_seconds(workers), cpu_seconds(sessions)
    run["server_cpu"] = (after[0] - before[0]) * 1000 / run["requests"]
    run["db_cpu"] = (after[1] - before[1]) * 1000 / run["requests"]
    return run


def same_rows(api: Server, baseline: Server, page_size: int) -> bool:
    def ids(url: str) -> list[int]:
        with urllib.request.urlopen(url) as response:
            return [item["id"] for item in json.load(response)["results"]]

    return ids(f"{api.base}/api/v1/verdicts/?page_size={page_size}") == ids(
        f"{baseline.base}/verdicts/?page_size={page_size}"
    )


def summary(runs: list[dict], key: str) -> str:
    values = [r[key] for r in runs]
    med = statistics.median(values)
    return (
        f"{med:.2f} ({min(values):.2f}-{max(values):.2f})"
        if med < 10
        else f"{med:.0f} ({min(values):.0f}-{max(values):.0f})"
    )


def main() -> None:
    args = parse_args()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "httpx"
    drive = drive_wrk if client == "wrk" else drive_httpx
    print(
        f"machine: {os.cpu_count()} cores; client: {client}; {args.workers} gunicorn workers per server; "
        f"{args.concurrency} connections; {args.rounds} rounds of {args.duration:g}s; "
        f"prepared statements: {'on' if args.prepared else 'off'}"
    )
    t0 = time.monotonic()
    prepare_database(args)
    print(f"database ready ({loaded_claims(args):,} published verdicts) in {time.monotonic() - t0:.0f}s")
    ids = verdict_ids(args)
    var_dir = Path(tempfile.mkdtemp(prefix="api-bench-"))
    list_q = f"?page_size={args.page_size}"
    results: dict[tuple[str, str], list[dict]] = {}
    try:
        with (
            gunicorn(
                "api",
                "factcheck.wsgi:application",
                args,
                server_env(args, var_dir, "api"),
                "/api/v1/verdicts/",
            ) as api,
            gunicorn(
                "baseline",
                "api_baseline:app",
                args,
                server_env(args, var_dir, "baseline"),
                "/verdicts/",
                chdir=REPO / "bench",
            ) as baseline,
        ):
            print(
                f"same rows on the first page: {'yes' if same_rows(api, baseline, args.page_size) else 'NO'}"
            )
            scenarios = {
                "list": ((api, f"/api/v1/verdicts/{list_q}"), (baseline, f"/verdicts/{list_q}")),
                "detail": ((api, "/api/v1/verdicts/"), (baseline, "/verdicts/")),
            }
            for _ in range(args.rounds):
                for scenario, servers in scenarios.items():
                    for server, path in servers:
                        run = measure(drive, server, path, ids if scenario == "detail" else None, args)
                        results.setdefault((scenario, server.name), []).append(run)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)
        if not args.keep:
            drop_database(args)
    report(results)


def report(results: dict[tuple[str, str], list[dict]]) -> None:
    """Medians over rounds (range in brackets), then the ratios baseline/API."""
    columns = [
        ("requests/s", "rps"),
        ("p50 ms", "p50"),
        ("p99 ms", "p99"),
        ("server CPU ms/req", "server_cpu"),
        ("db CPU ms/req", "db_cpu"),
    ]
    print()
    print(f"{'':7} {'server':9}" + "".join(f"{title:>24}" for title, _ in columns))
    for scenario in ("list", "detail"):
        for name in ("api", "baseline"):
            runs = results[(scenario, name)]
            print(f"{scenario:7} {name:9}" + "".join(f"{summary(runs, key):>24}" for _, key in columns))
        med = {
            (name, key): statistics.median(r[key] for r in results[(scenario, name)])
            for name in ("api", "baseline")
            for key in ("rps", "p50", "server_cpu", "db_cpu")
        }
        throughput = med[("baseline", "rps")] / med[("api", "rps")]
        cpu = (med[("api", "server_cpu")] + med[("api", "db_cpu")]) / (
            med[("baseline", "server_cpu")] + med[("baseline", "db_cpu")]
        )
        verdict = "within 2x" if throughput <= 2 else "OVER 2x"
        print(
            f"{scenario:7} baseline/API: requests/s {throughput:.2f}x ({verdict}), "
            f"p50 {med[('api', 'p50')] / med[('baseline', 'p50')]:.2f}x, CPU per request {cpu:.2f}x"
        )


if __name__ == "__main__":
    main()
