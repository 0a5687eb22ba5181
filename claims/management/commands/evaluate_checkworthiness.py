"""Print P, R, F1 (with a seeded bootstrap 95% interval) and average precision of the
shipped check-worthiness model on the CheckThat! 2024 dev-test and test splits, at the
model card's threshold, and its speed in sentences/second.

CI runs it with --min-f1 (.ci/run: the shipped test F1 less its drift between CPUs and
Pythons) so a model change that loses accuracy fails the build.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.checkworthiness import dataset, evaluation


def _batch_sizes(value: str) -> list[int]:
    try:
        sizes = [int(part) for part in value.split(",")]
    except ValueError as exc:
        raise CommandError(f"--batch-sizes wants integers like 1,32: {value!r}", returncode=2) from exc
    if any(size < 1 for size in sizes):
        raise CommandError("--batch-sizes must be positive", returncode=2)
    return sizes


class Command(BaseCommand):
    help = "Evaluate the check-worthiness model on CheckThat! 2024 dev-test and test."

    def add_arguments(self, parser):
        parser.add_argument("--data", required=True, help="directory holding the CT24 English TSV files")
        parser.add_argument("--min-f1", type=float, help="exit 1 when test F1 is below this")
        parser.add_argument("--model-dir", help="evaluate another exported model (default: the shipped one)")
        parser.add_argument(
            "--batch-sizes",
            default="1,8,32,64",
            help="sentences per scorer call, comma-separated, for the speed test (ingest: one per article)",
        )
        parser.add_argument("--runs", type=int, default=5, help="timed runs per batch size (median is shown)")
        parser.add_argument(
            "--threads", type=int, help="sentences scored at once, one core each (default: one per core)"
        )

    def handle(self, *args, **options):
        batch_sizes = _batch_sizes(options["batch_sizes"])
        try:
            dataset.check_data_dir(options["data"], ("dev-test", "test"))
        except dataset.DatasetError as exc:
            raise CommandError(str(exc), returncode=2) from exc
        scorer, threshold = evaluation.load_scorer(options["model_dir"], options["threads"])

        results = evaluation.evaluate_splits(options["data"], scorer, threshold)
        self.stdout.write(f"threshold {threshold:.4f}")
        self.stdout.write(
            f"{'split':<9} {'n':>4} {'pos':>4} {'P':>6} {'R':>6} {'F1':>6} {'AP':>6}"
            f"  F1 95% interval ({evaluation.BOOTSTRAP_RESAMPLES} bootstrap resamples)"
        )
        for split, result in results.items():
            s, (low, high) = result.scores, result.f1_interval
            self.stdout.write(
                f"{split:<9} {result.sentences:>4} {s.support:>4} {s.precision:>6.3f} {s.recall:>6.3f}"
                f" {s.f1:>6.3f} {s.average_precision:>6.3f}  {low:.3f}-{high:.3f}"
            )

        sentences = [
            e.text for split in ("dev-test", "test") for e in dataset.read_split(options["data"], split)
        ]
        for size in batch_sizes:
            speed = evaluation.measure_throughput(sentences, scorer, size, runs=options["runs"])
            self.stdout.write(
                f"speed: {speed.sentences_per_second:.0f} sentences/s at batch size {size}"
                f" ({speed.sentences_per_cpu_second:.0f} per CPU-second;"
                f" {len(sentences)} sentences, median of {speed.runs} runs)"
            )

        min_f1 = options["min_f1"]
        if min_f1 is not None:
            test_f1 = results["test"].scores.f1
            if test_f1 < min_f1:
                raise CommandError(f"test F1 {test_f1:.3f} is below --min-f1 {min_f1:.3f}", returncode=1)
            self.stdout.write(self.style.SUCCESS(f"test F1 {test_f1:.3f} >= {min_f1:.3f}"))
