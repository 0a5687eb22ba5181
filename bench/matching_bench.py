"""How far exact numpy search over stored vectors goes: p50/p99 latency of one query and the
matrix's memory at several index sizes (random unit vectors stand in for real ones: the cost
of a matrix-vector product and a top-k does not depend on the values).

Latency is CPU time of the one thread that answers (time.thread_time), so other jobs on a
shared machine do not inflate it; wall time on an idle core is the same. Also times BM25 over
synthetic claims and the encoder on one core, so the figures add up to the whole query path.
Run: `make bench-matching` (or python bench/matching_bench.py --sizes ...).
"""

from __future__ import annotations

import os

# One BLAS thread: a web or Celery process answers one query per core.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.matching.bm25 import BM25  # noqa: E402
from claims.matching.encoder import DIMENSIONS, SentenceEncoder  # noqa: E402
from claims.matching.matcher import _top  # noqa: E402

WORDS = (
    "president vaccine election tax border video photo claim shows says million billion percent "
    "covid biden trump police school water fire war china russia ukraine climate oil price job "
    "crime court law bill senate governor mayor city state country army drug doctor hospital"
).split()


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)) * 1000, float(np.percentile(samples, 99)) * 1000


def dense_latency(size: int, queries: int, rng: np.random.Generator) -> tuple[float, float, float]:
    matrix = rng.standard_normal((size, DIMENSIONS), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    samples = []
    for _ in range(queries):
        query = matrix[rng.integers(size)]
        started = time.thread_time()
        _top(matrix @ query, 100)
        samples.append(time.thread_time() - started)
    return *percentiles(samples), matrix.nbytes / 2**20


def synthetic_claims(size: int, rng: np.random.Generator) -> list[str]:
    picks = rng.integers(len(WORDS), size=(size, 14))
    return [" ".join(WORDS[i] for i in row) + f" {n}" for n, row in enumerate(picks)]


def lexical_latency(size: int, queries: int, rng: np.random.Generator) -> tuple[float, float, float]:
    texts = synthetic_claims(size, rng)
    started = time.thread_time()
    bm25 = BM25(texts)
    build = time.thread_time() - started
    samples = []
    for text in rng.choice(texts, queries):
        started = time.thread_time()
        _top(bm25.scores(str(text)), 100)
        samples.append(time.thread_time() - started)
    return *percentiles(samples), build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="14231,100000,1000000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--lexical-max", type=int, default=100000, help="largest size BM25 is timed at")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    encoder = SentenceEncoder()
    encoder.encode_one("warm up")
    text = "Video shows President Biden saying he will raise taxes on everyone earning under $400,000."
    started = time.thread_time()
    for _ in range(50):
        encoder.encode_one(text)
    print(f"encode one claim (1 thread): {(time.thread_time() - started) / 50 * 1000:.1f} ms")
    print(
        f"{'size':>9} {'dense p50':>9} {'p99 ms':>7} {'MiB':>7} {'bm25 p50':>9} {'p99 ms':>7} {'build s':>7}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        d50, d99, mib = dense_latency(size, args.queries, rng)
        line = f"{size:>9} {d50:>9.2f} {d99:>7.2f} {mib:>7.0f}"
        if size <= args.lexical_max:
            l50, l99, build = lexical_latency(size, args.queries, rng)
            line += f" {l50:>9.2f} {l99:>7.2f} {build:>7.1f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
