"""Fine-tune the claim-matching encoder and print its dev MAP@5:

    python -m training.matching --data DIR --out FILE [--epochs N] [--learning-rate X] [--hard-negatives]

Needs the training dependencies (pip install -r requirements.txt -r requirements-train.txt).
`--out` writes the int8 ONNX model (claims/matching/model/model.onnx is what ships).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .fine_tune import TrainConfig, run


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m training.matching")
    parser.add_argument("--data", type=Path, required=True, help="the CheckThat! 2022 2A folder")
    parser.add_argument("--out", type=Path, required=True, help="write the int8 ONNX model here")
    parser.add_argument("--cache-dir", type=Path, default=Path("var/matching"), help="vector cache")
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument("--learning-rate", type=float, default=TrainConfig.learning_rate)
    parser.add_argument(
        "--max-tokens", type=int, default=TrainConfig.max_tokens, help="truncation in training"
    )
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--hard-negatives", action="store_true", help="add each tweet's best BM25 non-match")
    parser.add_argument("--seed", type=int, default=TrainConfig.seed)
    parser.add_argument("--threads", type=int, default=TrainConfig.threads)
    args = parser.parse_args()
    config = TrainConfig(
        epochs=args.epochs,
        learning_rate=args.learning_rate,
        batch_size=args.batch_size,
        max_tokens=args.max_tokens,
        hard_negatives=args.hard_negatives,
        seed=args.seed,
        threads=args.threads,
    )
    print(
        json.dumps(
            run(args.data, config, args.out, args.cache_dir, log=lambda line: print(line, flush=True)),
            indent=1,
        )
    )


main()
