"""Reproduce the shipped check-worthiness model from the CheckThat! 2024 data.

Fine-tunes all-MiniLM-L6-v2 (seeded), exports it to int8 ONNX, picks the decision
threshold on dev-test and writes model_card.json and MODEL_CARD.md beside the model.
Needs the training dependencies: pip install -r requirements-train.txt.
"""

from __future__ import annotations

from argparse import BooleanOptionalAction
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.checkworthiness import MODEL_DIR, dataset
from claims.checkworthiness.training import TrainConfig


class Command(BaseCommand):
    help = "Fine-tune and export the check-worthiness model (~20 min on 2 idle cores, 1 h+ when busy)."

    def add_arguments(self, parser):
        defaults = TrainConfig()
        parser.add_argument("--data", required=True, help="directory holding the CT24 English TSV files")
        parser.add_argument("--out", default=str(MODEL_DIR), help="model directory to write")
        parser.add_argument(
            "--base",
            choices=["minilm", "mpnet"],
            default=defaults.base,
            help="network to fine-tune: all-MiniLM-L6-v2 or all-mpnet-base-v2",
        )
        parser.add_argument(
            "--base-layers",
            type=int,
            default=defaults.base_layers,
            help="keep only this many of the base's lowest layers (0: all)",
        )
        parser.add_argument(
            "--embedding-bits",
            type=int,
            choices=[8, 4],
            default=defaults.embedding_bits,
            help="bits per word-embedding weight in the exported model",
        )
        parser.add_argument(
            "--embedding-block-size",
            type=int,
            choices=[32, 64, 128],
            default=defaults.embedding_block_size,
            help="with --embedding-bits 4: word-embedding values sharing one scale",
        )
        parser.add_argument("--epochs", type=float, default=defaults.epochs)
        parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
        parser.add_argument("--max-tokens", type=int, default=defaults.max_tokens)
        parser.add_argument("--seed", type=int, default=defaults.seed)
        parser.add_argument(
            "--include-dev",
            action=BooleanOptionalAction,
            default=defaults.include_dev,
            help="train on train + dev (the threshold is still chosen on dev-test)",
        )
        parser.add_argument(
            "--soup-seeds",
            type=int,
            nargs="*",
            default=list(defaults.soup_seeds),
            help="more seeds to fine-tune; the model is the average of all the runs' weights",
        )
        parser.add_argument(
            "--ensemble",
            action=BooleanOptionalAction,
            default=defaults.ensemble,
            help="with --soup-seeds: ship every seed's network and average their logits",
        )
        parser.add_argument(
            "--checkpoints",
            help="keep each seed's weights in this directory and reuse them on a later run",
        )
        parser.add_argument(
            "--pooling",
            choices=["mean", "cls"],
            default=defaults.pooling,
            help="sentence vector: mean of the tokens (as pre-trained) or [CLS] through the pooler",
        )
        parser.add_argument(
            "--class-weight",
            choices=["none", "balanced"],
            default=defaults.class_weight,
            help="balanced: weigh positives by negatives/positives in the loss",
        )
        parser.add_argument(
            "--layer-decay",
            type=float,
            default=defaults.layer_decay,
            help="each encoder layer learns at this factor of the one above (1.0: off)",
        )
        parser.add_argument(
            "--teacher",
            choices=["mpnet", "none"],
            default=defaults.teacher or "none",
            help="first fine-tune all-mpnet-base-v2 and train the model on its probabilities too",
        )
        parser.add_argument("--teacher-epochs", type=float, default=defaults.teacher_epochs)
        parser.add_argument("--teacher-learning-rate", type=float, default=defaults.teacher_learning_rate)
        parser.add_argument(
            "--distil-weight",
            type=float,
            default=defaults.distil_weight,
            help="share of the teacher's probability in each training target (the rest: gold label)",
        )
        parser.add_argument(
            "--teacher-folds",
            type=int,
            default=defaults.teacher_folds,
            help="k > 1: k teachers, each labelling the k-th of the data it did not train on",
        )
        parser.add_argument("--threads", type=int, default=defaults.threads)
        parser.add_argument(
            "--length-buckets",
            action=BooleanOptionalAction,
            default=defaults.length_buckets,
            help="batch sentences of similar length (less padding, so faster)",
        )

    def handle(self, *args, **options):
        try:
            dataset.check_data_dir(options["data"])
        except dataset.DatasetError as exc:
            raise CommandError(str(exc), returncode=2) from exc
        try:
            import torch  # noqa: F401  (fail here, not after reading the data)

            from claims.checkworthiness.training import train
        except ImportError as exc:
            raise CommandError(
                f"training needs requirements-train.txt installed: {exc}", returncode=2
            ) from exc
        config = TrainConfig(
            base=options["base"],
            base_layers=options["base_layers"],
            embedding_bits=options["embedding_bits"],
            embedding_block_size=options["embedding_block_size"],
            epochs=options["epochs"],
            learning_rate=options["learning_rate"],
            batch_size=options["batch_size"],
            max_tokens=options["max_tokens"],
            seed=options["seed"],
            include_dev=options["include_dev"],
            threads=options["threads"],
            length_buckets=options["length_buckets"],
            soup_seeds=tuple(options["soup_seeds"]),
            ensemble=options["ensemble"],
            pooling=options["pooling"],
            class_weight=options["class_weight"],
            layer_decay=options["layer_decay"],
            teacher="" if options["teacher"] == "none" else options["teacher"],
            teacher_epochs=options["teacher_epochs"],
            teacher_learning_rate=options["teacher_learning_rate"],
            distil_weight=options["distil_weight"],
            teacher_folds=options["teacher_folds"],
        )
        checkpoints = Path(options["checkpoints"]) if options["checkpoints"] else None
        card = train(
            Path(options["data"]),
            Path(options["out"]),
            config,
            log=self.stdout.write,
            checkpoints=checkpoints,
        )
        for split, result in card["results"].items():
            s = result["threshold"]
            self.stdout.write(f"{split}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        self.stdout.write(self.style.SUCCESS(f"wrote {options['out']} (threshold {card['threshold']:.4f})"))
