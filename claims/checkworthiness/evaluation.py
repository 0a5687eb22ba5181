"""Evaluate the shipped scorer on the CheckThat! splits and time it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import claims.checkworthiness as shipped

from . import dataset, model_card
from .features import model_text
from .metrics import Scores, bootstrap_f1_interval, score_at
from .onnx_model import OnnxClassifier

Scorer = Callable[[Sequence[str]], list[float]]
BOOTSTRAP_RESAMPLES = 1000


@dataclass(frozen=True)
class Throughput:
    batch_size: int
    sentences_per_second: float  # wall clock, median over runs
    # Per second of this process's CPU time: unlike wall clock it does not drop when other
    # jobs share the cores, so it tells the model's cost on a busy machine.
    sentences_per_cpu_second: float
    runs: int


@dataclass(frozen=True)
class SplitResult:
    scores: Scores
    sentences: int
    f1_interval: tuple[float, float]  # bootstrap 95%, seeded


def evaluate_splits(
    data_dir: Path | str, scorer: Scorer, threshold: float, splits: Sequence[str] = ("dev-test", "test")
) -> dict[str, SplitResult]:
    dataset.check_data_dir(data_dir, tuple(splits))
    results = {}
    for split in splits:
        examples = dataset.read_split(data_dir, split)
        labels, probabilities = [e.label for e in examples], scorer([e.text for e in examples])
        results[split] = SplitResult(
            score_at(labels, probabilities, threshold),
            len(examples),
            bootstrap_f1_interval(labels, probabilities, threshold, BOOTSTRAP_RESAMPLES),
        )
    return results


def measure_throughput(
    sentences: Sequence[str], scorer: Scorer, batch_size: int, runs: int = 5
) -> Throughput:
    """Median sentences per second when the caller hands over batch_size sentences at a time."""
    scorer(sentences[:batch_size])  # load the model and warm up outside the timing
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(sentences), batch_size):
            scorer(sentences[start : start + batch_size])
        wall.append(len(sentences) / (time.perf_counter() - started))
        cpu.append(len(sentences) / max(time.process_time() - started_cpu, 1e-9))
    return Throughput(batch_size, statistics.median(wall), statistics.median(cpu), runs)


def load_scorer(model_dir: Path | str | None = None, threads: int | None = None) -> tuple[Scorer, float]:
    """The shipped scorer and threshold, or those of another exported model directory.

    threads: sentences scored at once, one core each (default: one per core), e.g. 1 to
    measure a single core.
    """
    if model_dir is None and threads is None:
        return shipped.score, shipped.default_threshold()
    model_dir = Path(model_dir) if model_dir is not None else shipped.MODEL_DIR
    card = model_card.read(model_dir)
    classifier = OnnxClassifier(
        model_dir,
        max_tokens=card["config"]["max_tokens"],
        threads=threads,
        calibration=model_card.calibration(card),
    )
    threshold = shipped.default_threshold() if model_dir == shipped.MODEL_DIR else float(card["threshold"])

    def scorer(sentences: Sequence[str]) -> list[float]:
        return classifier.probabilities([model_text(s) for s in sentences]).tolist() if sentences else []

    return scorer, threshold
