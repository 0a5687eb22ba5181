"""Fine-tune the claim-matching encoder, or its re-ranker, and print dev MAP@5:

    python -m training.matching --data DIR --out FILE [--epochs N] [--learning-rate X] [--hard-negatives]
    python -m training.matching rerank --data DIR --out FILE [--epochs N] [--negatives N]

Needs the training dependencies (pip install -r requirements.txt -r requirements-train.txt).
`--out` writes the int8 ONNX model (claims/matching/model/model.onnx and reranker.onnx ship).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .fine_tune import TrainConfig, run
from .rerank import RerankConfig
from .rerank import run as run_rerank


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--data", type=Path, required=True, help="the CheckThat! 2022 2A folder")
    parser.add_argument("--out", type=Path, required=True, help="write the int8 ONNX model here")
    parser.add_argument("--cache-dir", type=Path, default=Path("var/matching"), help="vector cache")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threads", type=int, default=2)
    return parser


def encoder(argv: list[str]) -> dict:
    parser = _parser("python -m training.matching")
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=TrainConfig.learning_rate)
    parser.add_argument(
        "--max-tokens", type=int, default=TrainConfig.max_tokens, help="truncation in training"
    )
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--hard-negatives", action="store_true", help="add each tweet's best BM25 non-match")
    args = parser.parse_args(argv)
    config = TrainConfig(
        epochs=args.epochs,
        learning_rate=args.learning_rate,
        batch_size=args.batch_size,
        max_tokens=args.max_tokens,
        hard_negatives=args.hard_negatives,
        seed=args.seed,
        threads=args.threads,
    )
    return run(args.data, config, args.out, args.cache_dir, log=lambda line: print(line, flush=True))


def reranker(argv: list[str]) -> dict:
    parser = _parser("python -m training.matching rerank")
    parser.add_argument("--epochs", type=int, default=RerankConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=RerankConfig.learning_rate)
    parser.add_argument("--negatives", type=int, default=RerankConfig.negatives, help="per train pair")
    parser.add_argument("--max-groups", type=int, help="train on a sample of this many train pairs")
    args = parser.parse_args(argv)
    config = RerankConfig(
        epochs=args.epochs,
        learning_rate=args.learning_rate,
        negatives=args.negatives,
        max_groups=args.max_groups,
        seed=args.seed,
        threads=args.threads,
    )
    return run_rerank(args.data, config, args.out, args.cache_dir, log=lambda line: print(line, flush=True))


def main() -> None:
    argv = sys.argv[1:]
    results = reranker(argv[1:]) if argv[:1] == ["rerank"] else encoder(argv)
    print(json.dumps(results, indent=1))


main()
