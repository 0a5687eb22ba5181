"""Export the claim page's confirmed "Same claim" links for evaluating the matcher.

    manage.py export_confirmed_matches var/confirmed
    manage.py evaluate_matching --data var/confirmed --split confirmed

The folder gets the CheckThat! 2022 2A layout (claims.matching.confirmed), so every change to
matching is scored on the newsroom's own judgements as well as on CheckThat!.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.matching.confirmed import SPLIT, write_confirmed
from claims.models import SameClaimLink


class Command(BaseCommand):
    help = "Write confirmed same-claim links as CheckThat!-style qrels, queries and a pool of fact-checks."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="where to write vclaims.jsonl and the confirmed_* files")

    def handle(self, *args, folder: str, **options) -> None:
        if not SameClaimLink.objects.exists():
            raise CommandError("no confirmed same-claim links yet: nothing to export", returncode=2)
        path = Path(folder)
        if path.exists() and not path.is_dir():
            raise CommandError(f"{folder}: exists and is not a folder", returncode=2)
        exported = write_confirmed(path)
        self.stdout.write(
            self.style.SUCCESS(
                f"{exported.queries} claims, {exported.judgements} confirmed links, "
                f"a pool of {exported.pool}: "
                f"evaluate with `manage.py evaluate_matching --data {folder} --split {SPLIT}`"
            )
        )
