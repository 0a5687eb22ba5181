"""Reproduce the shipped check-worthiness model from the CheckThat! 2024 data:

    python -m training.checkworthiness --data DIR [--out DIR] [...]
    python -m training.checkworthiness score-test --data DIR [--out DIR]

Fine-tunes the encoder (seeded) on train + dev less a validation carve, exports it to int8
ONNX, picks the decision threshold on validation and writes model_card.json and
MODEL_CARD.md beside the model (~20 min on 2 idle cores for one MiniLM run, over an hour
with the default teachers). It never reads test: `score-test` does, once, for the model
chosen to ship, and records the figure with its date. A script, not a
management command, so the runtime image (which copies no `training/`) carries none of it.
Needs the training dependencies: pip install -r requirements.txt -r requirements-train.txt.
Exits 2 with one line on a bad data directory or a missing training dependency.
"""

from __future__ import annotations

import argparse
import sys
from argparse import BooleanOptionalAction
from pathlib import Path

from claims.checkworthiness import MODEL_DIR, dataset

from .fine_tune import TrainConfig, train
from .score_test import AlreadyScored, score_test

# The TrainConfig fields the command line sets, as --the-name; default and type from TrainConfig.
FLAGS = (
    "base", "base_layers", "embedding_bits", "embedding_block_size", "epochs", "learning_rate",
    "batch_size", "max_tokens", "seed", "include_dev", "soup_seeds", "ensemble", "pooling",
    "class_weight", "layer_decay", "teacher", "teacher_epochs", "teacher_learning_rate",
    "distil_weight", "teacher_folds", "threads", "length_buckets",
)  # fmt: skip
CHOICES = {
    "base": ["minilm", "mpnet"],
    "embedding_bits": [8, 4],
    "embedding_block_size": [32, 64, 128],
    "pooling": ["mean", "cls"],
    "class_weight": ["none", "balanced"],
    "teacher": ["mpnet", "none"],  # "" in TrainConfig (no teacher) reads "none" here
}
HELP = {
    "base": "network to fine-tune: all-MiniLM-L6-v2 or all-mpnet-base-v2",
    "base_layers": "keep only this many of the base's lowest layers (0: all)",
    "embedding_bits": "bits per word-embedding weight in the exported model",
    "embedding_block_size": "with --embedding-bits 4: word-embedding values sharing one scale",
    "include_dev": "train on train + dev (less the validation carve the threshold is chosen on)",
    "soup_seeds": "more seeds to fine-tune; the model is the average of all the runs' weights",
    "ensemble": "with --soup-seeds: ship every seed's network and average their logits",
    "pooling": "sentence vector: mean of the tokens (as pre-trained) or [CLS] through the pooler",
    "class_weight": "balanced: weigh positives by negatives/positives in the loss",
    "layer_decay": "each encoder layer learns at this factor of the one above (1.0: off)",
    "teacher": "first fine-tune all-mpnet-base-v2 and train the model on its probabilities too",
    "distil_weight": "share of the teacher's probability in each training target (the rest: gold label)",
    "teacher_folds": "k > 1: k teachers, each labelling the k-th of the data it did not train on",
    "length_buckets": "batch sentences of similar length (less padding, so faster)",
}


def _how(default) -> dict:
    """argparse's reading of a flag whose TrainConfig default is `default`."""
    if isinstance(default, bool):
        return {"action": BooleanOptionalAction}
    if isinstance(default, tuple):
        return {"type": int, "nargs": "*"}
    return {"type": type(default)}


def parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="python -m training.checkworthiness", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--data", required=True, help="directory holding the CT24 English TSV files")
    parser.add_argument("--out", default=str(MODEL_DIR), help="model directory to write")
    parser.add_argument(
        "--checkpoints", help="keep each seed's weights in this directory and reuse them on a later run"
    )
    for name in FLAGS:
        default = getattr(defaults, name)
        how = _how(default)
        if name in CHOICES:
            how["choices"] = CHOICES[name]
        if name == "teacher":
            default = default or "none"
        parser.add_argument(f"--{name.replace('_', '-')}", default=default, help=HELP.get(name), **how)
    return parser


def config_from(options: argparse.Namespace) -> TrainConfig:
    values = {name: getattr(options, name) for name in FLAGS}
    values["soup_seeds"] = tuple(values["soup_seeds"])
    values["teacher"] = "" if values["teacher"] == "none" else values["teacher"]
    return TrainConfig(**values)


def score_test_main(argv: list[str]) -> int:
    test_parser = argparse.ArgumentParser(
        prog="python -m training.checkworthiness score-test",
        description="Score test once for the model chosen to ship and record it with the date.",
    )
    test_parser.add_argument("--data", required=True, help="directory holding the CT24 English TSV files")
    test_parser.add_argument("--out", default=str(MODEL_DIR), help="model directory to score")
    options = test_parser.parse_args(argv)
    try:
        card = score_test(Path(options.data), Path(options.out))
    except (dataset.DatasetError, AlreadyScored) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scored = card["test_scored"]
    low, high = scored["f1_interval"]
    print(
        f"test: F1 {scored['f1']:.3f} (95% interval {low:.3f}-{high:.3f})"
        f" AP {scored['average_precision']:.3f} at threshold {card['threshold']:.4f},"
        f" recorded {scored['date']}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["score-test"]:
        return score_test_main(argv[1:])
    options = parser().parse_args(argv)
    try:
        dataset.check_data_dir(options.data)
    except dataset.DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        import torch  # noqa: F401  (fail here, not after reading the data)
    except ImportError as exc:
        print(f"error: training needs requirements-train.txt installed: {exc}", file=sys.stderr)
        return 2
    checkpoints = Path(options.checkpoints) if options.checkpoints else None
    card = train(Path(options.data), Path(options.out), config_from(options), checkpoints=checkpoints)
    for split, result in card["results"].items():
        s = result["threshold"]
        print(f"{split}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
    print(f"wrote {options.out} (threshold {card['threshold']:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
