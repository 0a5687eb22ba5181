"""Fine-tune the claim-matching encoder, or its re-ranker, and print dev MAP@5:

    python -m training.matching --data DIR --out FILE [--base mpnet] [--epochs N] [--learning-rate X]
        [--hard-negatives] [--no-dev] [--save-torch DIR]
    python -m training.matching rerank --data DIR --out FILE [--epochs N] [--negatives N] [--max-groups N]
    python -m training.matching mpnet --data DIR [--threads N] [--model FILE]
        (all-mpnet-base-v2, zero-shot or a fine-tuned int8 ONNX file, beside MiniLM and BM25; dev only)

Needs the training dependencies (pip install -r requirements.txt -r requirements-train.txt).
`--out` writes the int8 ONNX model (claims/matching/model/model.onnx ships; the re-ranker was
tried and not kept, docs/matching.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from . import larger_encoder
from .fine_tune import TrainConfig, run
from .rerank import RerankConfig
from .rerank import run as run_rerank


def _parse(prog: str, config_class, argv: list[str], extra) -> tuple[argparse.Namespace, object]:
    """The arguments every training takes, then `extra(parser)`'s; the config built from them."""
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--data", type=Path, required=True, help="the CheckThat! 2022 2A folder")
    parser.add_argument("--out", type=Path, required=True, help="write the int8 ONNX model here")
    parser.add_argument("--cache-dir", type=Path, default=Path("var/matching"), help="vector cache")
    parser.add_argument("--seed", type=int, default=config_class.seed)
    parser.add_argument("--threads", type=int, default=config_class.threads)
    parser.add_argument("--epochs", type=int, default=config_class.epochs)
    parser.add_argument("--learning-rate", type=float, default=config_class.learning_rate)
    extra(parser)
    args = parser.parse_args(argv)
    names = {field.name for field in dataclasses.fields(config_class)}
    return args, config_class(**{k: v for k, v in vars(args).items() if k in names})


def _encoder_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-tokens", type=int, default=TrainConfig.max_tokens, help="truncation in training"
    )
    parser.add_argument("--batch-size", type=int, default=TrainConfig.batch_size)
    parser.add_argument("--hard-negatives", action="store_true", help="add each tweet's best BM25 non-match")
    parser.add_argument("--base", choices=("minilm", "mpnet"), default=TrainConfig.base, help="start from")
    parser.add_argument("--bf16", action="store_true", help="train with bfloat16 matrix products")
    parser.add_argument("--no-dev", dest="score_dev", action="store_false", help="train and export only")
    parser.add_argument("--save-torch", type=Path, help="keep the trained torch weights in this folder")


def _reranker_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--negatives", type=int, default=RerankConfig.negatives, help="per train pair")
    parser.add_argument("--max-groups", type=int, help="train on a sample of this many train pairs")


def main() -> None:
    argv, log = sys.argv[1:], lambda line: print(line, flush=True)
    if argv[:1] == ["mpnet"]:
        larger_encoder.main(argv[1:])
        return
    if argv[:1] == ["rerank"]:
        args, config = _parse(
            "python -m training.matching rerank", RerankConfig, argv[1:], _reranker_arguments
        )
        results = run_rerank(args.data, config, args.out, args.cache_dir, log=log)
    else:
        args, config = _parse("python -m training.matching", TrainConfig, argv, _encoder_arguments)
        results = run(args.data, config, args.out, args.cache_dir, log, args.score_dev, args.save_torch)
    print(json.dumps(results, indent=1))


main()
