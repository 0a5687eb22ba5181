"""Print MAP@1, MAP@5, MRR, recall@10, queries/second and p50/p99 latency of claim matching on a
CheckThat! 2022 Task 2A split, for BM25 alone, the sentence vectors alone, their fusion and,
when MATCHING_RERANK is on, the fusion re-ranked by the cross-encoder (the last row is what ships).

The verified claims' vectors are cached under var/matching/ (keyed by model and texts), so
only the first run encodes the 14k claims. `--min-map5` makes it a gate: exit 1 when what ships
scores below it. `--cosines` also prints how close in meaning the right and the wrong matches
of the top 5 are, and what share of each a cut-off keeps: where the claim page's
SAME_CLAIM_MIN_COSINE (claims.matching.present) comes from.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.matching.checkthat import DataError, read_split, read_vclaims
from claims.matching.encoder import SentenceEncoder
from claims.matching.evaluation import build_matcher, cosine_distribution, evaluate
from claims.matching.matcher import Settings
from claims.matching.reranker import shared_reranker

CUT_OFFS = [0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60]


class Command(BaseCommand):
    help = (
        "Evaluate claim matching (BM25, sentence vectors, fusion, re-ranked) on a CheckThat! 2022 2A split."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data", required=True, help="folder with vclaims.jsonl and the split's TSVs")
        parser.add_argument("--split", required=True, help="train, dev or dev-test")
        parser.add_argument(
            "--min-map5", type=float, help="exit 1 when the shipped method's MAP@5 is below this"
        )
        parser.add_argument("--cache-dir", help="where vectors are cached (default: var/matching)")
        parser.add_argument(
            "--model", help="another int8 ONNX encoder to score (a training/matching candidate)"
        )
        parser.add_argument(
            "--cosines", action="store_true", help="also print the cosines of right and wrong top-5 matches"
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
        reranker = shared_reranker() if settings.MATCHING_RERANK else None
        matcher = build_matcher(claims, cache_dir, Settings(), SentenceEncoder(model=model), reranker)
        self.stdout.write(
            f"split {options['split']}: {len(split.queries)} queries over {len(claims)} verified claims"
        )
        self.stdout.write(
            f"{'method':<8} {'MAP@1':>6} {'MAP@5':>6} {'MRR':>6} {'R@10':>6}"
            f" {'q/s':>7} {'p50ms':>7} {'p99ms':>7}"
        )
        names = {"lexical": "bm25", "dense": "dense", "fused": "fusion", "reranked": "rerank"}
        results = evaluate(matcher, split, cache_dir)
        for s in results:
            self.stdout.write(
                f"{names[s.mode]:<8} {s.map_1:>6.3f} {s.map_5:>6.3f} {s.mrr:>6.3f} {s.recall_10:>6.3f}"
                f" {s.queries_per_second:>7.1f} {s.p50_ms:>7.1f} {s.p99_ms:>7.1f}"
            )
        if options["cosines"]:
            self.write_cosines(matcher, split)
        shipped = results[-1]
        if options["min_map5"] is not None and shipped.map_5 < options["min_map5"]:
            raise CommandError(
                f"{names[shipped.mode]} MAP@5 {shipped.map_5:.3f} is below {options['min_map5']}",
                returncode=1,
            )

    def write_cosines(self, matcher, split) -> None:
        found = cosine_distribution(matcher, split)
        self.stdout.write(
            f"top-5 cosines: {len(found.relevant)} right matches, {len(found.unrelated)} wrong ones"
        )
        self.stdout.write(f"{'cut-off':>7} {'right kept':>10} {'wrong kept':>10}")
        for cut in CUT_OFFS:
            right, wrong = found.share_at_or_above(cut)
            self.stdout.write(f"{cut:>7.2f} {right:>10.3f} {wrong:>10.3f}")
