"""Claim matching at 1,000,000 stored fact-checks: embedding cost, index size, query latency of
exact numpy search against an HNSW index (usearch), Celery throughput with 1 and 2 worker
processes, and loading the vectors from PostgreSQL.

    python bench/matching_scale_bench.py search  [--sizes 14231,100000,1000000]
    python bench/matching_scale_bench.py embed   [--texts 200]
    python bench/matching_scale_bench.py celery  [--tasks 300]
    python bench/matching_scale_bench.py postgres [--sizes 100000,1000000]

`celery` and `postgres` use PostgreSQL: BENCH_DATABASE_URL, by default the database
factcheck_bench_matching on 127.0.0.1 (created when missing).

The HNSW index stores int8-quantised vectors by default (`--dtype`; half the build CPU of
float16 here, a quarter of float32's memory), connectivity 16, expansion 64 when adding, and is
searched at each of `--expansion` (more expansion: better recall, slower queries).

Synthetic data: random unit vectors (queries are stored vectors plus noise, so each has a true
nearest neighbour) and claims made of news words. Random vectors are the hard case for an HNSW
graph (no clusters), so its recall here is a floor. Latency is CPU time of the answering thread
(time.thread_time, one BLAS thread), as in bench/matching_bench.py, so other jobs on a shared
machine do not inflate it. `make bench-matching-scale` runs all four; never run in CI (about
20 minutes here, most of it building the 1M-vector HNSW graph and filling PostgreSQL).
"""

from __future__ import annotations

import os

# One BLAS thread: a web or Celery process answers one query per core.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.matching_bench import percentiles, synthetic_claims  # noqa: E402
from bench.processes import stop_process  # noqa: E402
from claims.matching.encoder import DIMENSIONS, SentenceEncoder  # noqa: E402
from claims.matching.matcher import _top  # noqa: E402

K = 10
PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/factcheck_bench_matching"


def unit_rows(rows: int, rng: np.random.Generator) -> np.ndarray:
    matrix = rng.standard_normal((rows, DIMENSIONS), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix


def noisy_queries(matrix: np.ndarray, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Stored vectors moved about as far as a reworded claim moves (cosine about 0.8 to the
    original), and the row each came from: the match a reviewer wants found first."""
    picks = rng.integers(len(matrix), size=n)
    queries = matrix[picks] + 0.75 * unit_rows(n, rng)
    return queries / np.linalg.norm(queries, axis=1, keepdims=True), picks


def search(args) -> None:
    from usearch.index import Index

    rng = np.random.default_rng(0)
    print(
        f"{'size':>9} {'numpy p50':>9} {'p99 ms':>7} {'f32 MiB':>8} | {'dtype':>5} {'ef':>5}"
        f" {'usearch p50':>11} {'p99 ms':>7}"
        f" {'MiB':>6} {'build s':>8} {'cpu s':>7} {'R@10':>5} {'hit@1':>5}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        matrix = unit_rows(size, rng)
        queries, planted = noisy_queries(matrix, args.queries, rng)
        exact, exact_times = [], []
        for query in queries:
            started = time.thread_time()
            top = _top(matrix @ query, K)
            exact_times.append(time.thread_time() - started)
            exact.append(set(int(i) for i in top))
        index = Index(
            ndim=DIMENSIONS,
            metric="cos",
            dtype=args.dtype,
            connectivity=16,
            expansion_add=64,
            expansion_search=64,
        )
        started, cpu = time.perf_counter(), time.process_time()
        index.add(np.arange(size, dtype=np.uint64), matrix, threads=args.threads)
        build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
        n50, n99 = percentiles(exact_times)
        for expansion in (int(e) for e in args.expansion.split(",")):
            index.expansion_search = expansion
            hnsw_times, hits, firsts = [], 0, 0
            for query, truth, origin in zip(queries, exact, planted, strict=True):
                started = time.thread_time()
                found = index.search(query, K, threads=1)
                hnsw_times.append(time.thread_time() - started)
                hits += len(truth & set(found.keys.tolist()))
                firsts += len(found.keys) > 0 and int(found.keys[0]) == int(origin)
            h50, h99 = percentiles(hnsw_times)
            print(
                f"{size:>9} {n50:>9.2f} {n99:>7.2f} {matrix.nbytes / 2**20:>8.0f} |"
                f" {args.dtype:>5} {expansion:>5} {h50:>11.2f} {h99:>7.2f}"
                f" {index.serialized_length / 2**20:>6.0f} {build:>8.1f} {build_cpu:>7.1f}"
                f" {hits / (K * len(queries)):>5.3f} {firsts / len(queries):>5.3f}",
                flush=True,
            )
        del index, matrix


def embed(args) -> None:
    rng = np.random.default_rng(1)
    texts = synthetic_claims(args.texts, rng)
    encoder = SentenceEncoder(threads=1)
    encoder.encode_one("warm up")
    started = time.thread_time()
    for text in texts:
        encoder.encode_one(text)
    per_text = (time.thread_time() - started) / len(texts)
    # A fact-check is two encodings (claim and headline: claims.matching.encoder.document_vector).
    per_check = 2 * per_text
    print(f"encode one text, one thread: {per_text * 1000:.1f} ms CPU (mean of {len(texts)})")
    print(
        f"one fact-check (claim + headline): {per_check * 1000:.1f} ms; 1,000,000 fact-checks: "
        f"{per_check * 1e6 / 3600:.1f} core-hours (extrapolated from the sample)"
    )


def django_env(var: Path, database_url: str) -> dict[str, str]:
    return {
        "DEBUG": "1",
        "SECRET_KEY": "bench-only-secret-key-not-for-anything-else",
        "FACTCHECK_VAR_DIR": str(var),
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": "filesystem://",
        "LOG_LEVEL": "WARNING",
    }


def create_database(database_url: str) -> None:
    """Create the PostgreSQL database the URL names, if it does not exist yet."""
    if not database_url.startswith(("postgres://", "postgresql://")):
        return
    import psycopg
    from psycopg import sql

    server, _, name = database_url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def set_up_django(var: Path, database_url: str) -> dict[str, str]:
    create_database(database_url)
    env = django_env(var, database_url)
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return env


def fresh_var(name: str) -> Path:
    var = REPO / "var" / "bench" / f"{name}-{os.getpid()}"
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    return var


def celery(args) -> None:
    """Enqueue embed_fact_check for fresh fact-checks and time enqueue-to-stored, per worker count.
    Worker CPU per task covers the whole worker run (start-up and model loading included, spread
    over all its tasks): the figure a loaded machine does not inflate."""
    var = fresh_var("matching-celery")
    env = set_up_django(var, os.environ.get("BENCH_DATABASE_URL", PG_DEFAULT))
    from claims.models import FactCheck, MatchVector

    rng = np.random.default_rng(2)
    FactCheck.objects.all().delete()
    MatchVector.objects.all().delete()
    print(f"{'workers':>7} {'tasks':>6} {'seconds':>8} {'fact-checks/s':>14} {'worker CPU ms/task':>19}")
    for workers in (1, 2):
        texts = synthetic_claims(args.tasks + 4 * workers, rng)
        checks = FactCheck.objects.bulk_create(  # bulk_create: no save(), so nothing is enqueued yet
            FactCheck(claim_text=t, headline=f"Did {t[:40]}?", url=f"https://bench.example/{workers}/{n}")
            for n, t in enumerate(texts)
        )
        ids = [c.pk for c in checks]
        warm, timed = ids[: 4 * workers], ids[4 * workers :]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = time_worker_batch(workers, var, env, warm, timed)
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker is reaped: its CPU counts
        cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
        print(
            f"{workers:>7} {len(timed):>6} {seconds:>8.1f} {len(timed) / seconds:>14.1f}"
            f" {cpu / len(ids) * 1000:>19.0f}",
            flush=True,
        )
    FactCheck.objects.all().delete()
    MatchVector.objects.all().delete()


def time_worker_batch(workers: int, var: Path, env: dict, warm: list[int], timed: list[int]) -> float:
    """Start a worker with `workers` processes, let it load the model on `warm`, then time `timed`."""
    from claims.matching.tasks import embed_fact_check

    log_path = var / f"worker-{workers}.log"
    log = open(log_path, "w+")
    cmd = [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", "default", "--loglevel",
           "INFO", "--concurrency", str(workers), "--without-gossip", "--without-mingle"]  # fmt: skip
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "ready." in log_path.read_text(), proc, 120)
        for pk in warm:
            embed_fact_check.delay(pk)
        wait_for(lambda: stored(warm), proc, 300)
        started = time.perf_counter()
        for pk in timed:
            embed_fact_check.delay(pk)
        wait_for(lambda: stored(timed), proc, 1800)
        return time.perf_counter() - started
    finally:
        stop_process(proc, timeout=60)


def stored(ids: list[int]) -> bool:
    from claims.models import MatchVector

    return MatchVector.objects.filter(kind="fact_check", object_id__in=ids).count() == len(ids)


def wait_for(condition, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the Celery worker stopped or did not finish in time")
        time.sleep(0.2)


def postgres(args) -> None:
    """Vectors as MatchVector rows in PostgreSQL: table size, and the time one process takes to
    load them into its search matrix (what StoredIndex does when the vectors change)."""
    var = fresh_var("matching-postgres")
    set_up_django(var, os.environ.get("BENCH_DATABASE_URL", PG_DEFAULT))
    from django.db import connection

    from claims.matching.encoder import model_id
    from claims.models import MatchVector

    rng = np.random.default_rng(3)
    model = model_id()
    print(f"{'vectors':>9} {'insert s':>9} {'table MiB':>10} {'load s':>7}")
    MatchVector.objects.all().delete()
    stored = 0
    for size in (int(s) for s in args.sizes.split(",")):
        started = time.perf_counter()
        with connection.cursor() as cursor:
            copy_sql = (
                "COPY claims_matchvector (kind, object_id, model_id, digest, vector, updated_at) FROM STDIN"
            )
            with cursor.copy(copy_sql) as copy:
                for start in range(stored, size, 50_000):
                    block = unit_rows(min(50_000, size - start), rng)
                    for offset, row in enumerate(block):
                        copy.write_row(("fact_check", start + offset, model, "0" * 32, row.tobytes(), "now"))
            cursor.execute("ANALYZE claims_matchvector")
            cursor.execute("SELECT pg_total_relation_size('claims_matchvector')")
            table = cursor.fetchone()[0]
        inserted = time.perf_counter() - started
        stored = size
        started = time.perf_counter()
        keys, matrix = MatchVector.objects.for_model(model).as_matrix()
        load = time.perf_counter() - started
        assert matrix.shape == (size, DIMENSIONS)
        del keys, matrix
        print(f"{size:>9} {inserted:>9.1f} {table / 2**20:>10.0f} {load:>7.1f}", flush=True)
    MatchVector.objects.all().delete()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=["search", "embed", "celery", "postgres"])
    parser.add_argument("--sizes", default="")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--threads", type=int, default=2, help="threads that build the HNSW index")
    parser.add_argument("--dtype", default="i8", help="what the HNSW index stores: i8, f16 or f32")
    parser.add_argument("--expansion", default="64,256,1024", help="HNSW search expansions to time")
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--tasks", type=int, default=300)
    args = parser.parse_args()
    if not args.sizes:
        args.sizes = "14231,100000,1000000" if args.part == "search" else "100000,1000000"
    print(f"{args.part}: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    {"search": search, "embed": embed, "celery": celery, "postgres": postgres}[args.part](args)


if __name__ == "__main__":
    main()
