"""Load the seed articles in seeds/ and, in development, one demo user per role and the
example fact-checks of seeds/claimreview_example.json (so the claim page shows a match).

Idempotent: running it again finds the same articles and users and changes nothing.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from claims.ingest import ingest
from claims.matching.claimreview import claim_reviews
from claims.matching.importing import import_reviews
from seeds.demo_logins import login_lines
from seeds.demo_users import create_demo_users

SEED_DIR = Path(__file__).resolve().parents[2]
EXAMPLE_FACT_CHECKS = SEED_DIR / "claimreview_example.json"


class Command(BaseCommand):
    help = "Ingest the seed articles and create demo users (development only)."

    def handle(self, *args, **options) -> None:
        for path in sorted(SEED_DIR.glob("*.txt")):
            result = ingest(text=path.read_text(encoding="utf-8"))
            verb = "ingested" if result.created else "already present"
            self.stdout.write(f"{path.name}: {verb} (article {result.article.pk})")
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no demo users created.")
            return
        create_demo_users()
        report = import_reviews(claim_reviews(EXAMPLE_FACT_CHECKS.read_text(encoding="utf-8")))
        self.stdout.write(
            f"{EXAMPLE_FACT_CHECKS.name}: {len(report.imported)} example fact-checks imported,"
            f" {len(report.unchanged) + len(report.updated)} already present"
        )
        for line in login_lines():
            self.stdout.write(self.style.SUCCESS(line))
