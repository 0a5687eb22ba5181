"""Print MAP@1, MAP@5, MRR, recall@10 and queries/second of claim matching on a CheckThat!
2022 Task 2A split, for BM25 alone, the sentence vectors alone and their fusion (what ships).

The verified claims' vectors are cached under var/matching/ (keyed by model and texts), so
only the first run encodes the 14k claims. `--min-map5` makes it a gate: exit 1 below it.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.matching.checkthat import DataError, read_split, read_vclaims
from claims.matching.encoder import SentenceEncoder
from claims.matching.evaluation import build_matcher, evaluate
from claims.matching.matcher import Settings


class Command(BaseCommand):
    help = "Evaluate claim matching (BM25, sentence vectors, fusion) on a CheckThat! 2022 2A split."

    def add_arguments(self, parser):
        parser.add_argument("--data", required=True, help="folder with vclaims.jsonl and the split's TSVs")
        parser.add_argument("--split", required=True, help="train, dev or dev-test")
        parser.add_argument("--min-map5", type=float, help="exit 1 when the fusion's MAP@5 is below this")
        parser.add_argument("--cache-dir", help="where vectors are cached (default: var/matching)")
        parser.add_argument(
            "--model", help="another int8 ONNX encoder to score (a training/matching candidate)"
        )

    def handle(self, *args, **options):
        data = Path(options["data"])
        try:
            claims = read_vclaims(data)
            split = read_split(data, options["split"])
        except DataError as error:
            raise CommandError(str(error), returncode=2) from error
        cache_dir = Path(options["cache_dir"] or settings.VAR_DIR / "matching")
        model = Path(options["model"]) if options["model"] else None
        matcher = build_matcher(claims, cache_dir, Settings(), SentenceEncoder(model=model))
        self.stdout.write(
            f"split {options['split']}: {len(split.queries)} queries over {len(claims)} verified claims"
        )
        self.stdout.write(f"{'method':<8} {'MAP@1':>6} {'MAP@5':>6} {'MRR':>6} {'R@10':>6} {'q/s':>7}")
        names = {"lexical": "bm25", "dense": "dense", "fused": "fusion"}
        results = evaluate(matcher, split, cache_dir)
        for s in results:
            self.stdout.write(
                f"{names[s.mode]:<8} {s.map_1:>6.3f} {s.map_5:>6.3f} {s.mrr:>6.3f} {s.recall_10:>6.3f}"
                f" {s.queries_per_second:>7.1f}"
            )
        fused = results[-1]
        if options["min_map5"] is not None and fused.map_5 < options["min_map5"]:
            raise CommandError(f"fusion MAP@5 {fused.map_5:.3f} is below {options['min_map5']}", returncode=1)
