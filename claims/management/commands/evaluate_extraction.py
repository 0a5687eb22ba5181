"""Score extraction on a folder of labelled articles (see claims/extraction/evaluation.py).

Prints, per article and in total: labelled claims found and queued (recall), speaker
accuracy on claims with a labelled speaker, furniture queued as claims, and the share of
extracted sentences queued; in total, the labelled titles, outlets, authors and dates found,
and how often a sentence holding no labelled claim is queued, with the queued share that
implies at the claim density of real pages.
CI runs it with floors (`make evaluate-extraction`), so a change that misattributes quotes or
queues captions fails the build.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.evaluation import METADATA_FIELDS, REAL_PAGE_CLAIM_DENSITY, LabelError, evaluate

_PLURALS = {"title": "titles", "outlet": "outlets", "author": "authors", "published": "dates"}


class Command(BaseCommand):
    help = "Score claim extraction on labelled articles: recall, speakers, furniture, queued share."

    def add_arguments(self, parser):
        parser.add_argument(
            "--labels", required=True, help="folder of NAME.txt|NAME.html with NAME.json labels"
        )
        parser.add_argument("--min-recall", type=float, help="exit 1 when queued recall is below this")
        parser.add_argument(
            "--min-speaker-accuracy", type=float, help="exit 1 when speaker accuracy is below"
        )
        parser.add_argument("--max-furniture", type=int, help="exit 1 when more furniture lines are queued")
        parser.add_argument("--max-queued-share", type=float, help="exit 1 when the queued share is above")
        parser.add_argument(
            "--max-real-density-share",
            type=float,
            help="exit 1 when the queued share projected at real-page claim density is above",
        )

    def handle(self, *args, **options):
        try:
            report = evaluate(options["labels"])
        except (LabelError, OSError) as exc:
            raise CommandError(str(exc), returncode=2) from exc
        header = f"{'article':<28} {'recall':>9} {'top 1/3':>7} {'speaker':>9} {'furniture':>9} {'queued':>9}"
        self.stdout.write(header)
        for score in [*report.articles, report.total]:
            if score is report.total:
                self.stdout.write("-" * len(header))
            self.stdout.write(
                f"{score.name[:28]:<28} {score.queued_found:>4}/{score.labelled:<4} {score.in_top_third:>7}"
                f" {score.speaker_right:>4}/{score.attributed:<4} {score.furniture_queued:>9}"
                f" {score.queued:>4}/{score.extracted:<4}"
            )
            if options["verbosity"] >= 2:
                for problem in score.problems:
                    self.stdout.write(f"    {problem}")
        total = report.total
        self.stdout.write(
            f"queued recall {total.recall:.1%} ({total.in_top_third} of {total.labelled} in the top third),"
            f" speaker accuracy {total.speaker_accuracy:.1%}"
            f" ({total.unattributed_given_speaker} speakers given where none is),"
            f" furniture queued {total.furniture_queued} (extracted {total.furniture_extracted}),"
            f" queued share {total.queued_share:.1%}, "
            + ", ".join(
                "{} {}/{}".format(_PLURALS[name], *report.metadata_score(name)) for name in METADATA_FIELDS
            )
        )
        self.stdout.write(
            f"sentences holding no labelled claim: {total.unlabelled_queued} of"
            f" {total.unlabelled_extracted} queued ({total.unlabelled_queued_rate:.1%}); at real-page"
            f" density ({REAL_PAGE_CLAIM_DENSITY:.0%} of sentences are claims) the queued share would be"
            f" {total.share_at_density():.1%}"
        )
        self._check_floors(options, total)

    def _check_floors(self, options, total) -> None:
        failures = []
        if options["min_recall"] is not None and total.recall < options["min_recall"]:
            failures.append(f"queued recall {total.recall:.3f} < {options['min_recall']}")
        floor = options["min_speaker_accuracy"]
        if floor is not None and total.speaker_accuracy < floor:
            failures.append(f"speaker accuracy {total.speaker_accuracy:.3f} < {floor}")
        if options["max_furniture"] is not None and total.furniture_queued > options["max_furniture"]:
            failures.append(f"furniture queued {total.furniture_queued} > {options['max_furniture']}")
        ceiling = options["max_queued_share"]
        if ceiling is not None and total.queued_share > ceiling:
            failures.append(f"queued share {total.queued_share:.3f} > {ceiling}")
        ceiling = options["max_real_density_share"]
        if ceiling is not None and total.share_at_density() > ceiling:
            failures.append(f"queued share at real-page density {total.share_at_density():.3f} > {ceiling}")
        if failures:
            raise CommandError("; ".join(failures), returncode=1)
        if any(options[k] is not None for k in ("min_recall", "min_speaker_accuracy", "max_furniture")):
            self.stdout.write(self.style.SUCCESS("all floors met"))
