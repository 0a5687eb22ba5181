"""manage.py export_confirmed_matches: confirmed links become qrels that evaluate_matching scores."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import ClaimStatus, SameClaimLink
from tests.matching.test_embed_tasks import make_fact_check
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_confirmed_links_are_exported_and_scored_by_evaluate_matching(tmp_path, reviewer):
    eiffel = make_fact_check()
    bleach = make_fact_check(
        claim_text="Drinking bleach cures the coronavirus.", headline="", url="https://x.org/b"
    )
    earlier = make_claim(text="Bill Gates puts microchips in vaccines.", status=ClaimStatus.PUBLISHED)
    first = make_claim(text="They are moving the Eiffel Tower to Las Vegas, a post says.")
    second = make_claim(text="Gates wants microchips in covid jabs.")
    SameClaimLink.objects.create(claim=first, fact_check=eiffel, confirmed_by=reviewer)
    SameClaimLink.objects.create(claim=second, earlier_claim=earlier, confirmed_by=reviewer)
    folder = tmp_path / "confirmed"
    output = run("export_confirmed_matches", str(folder))
    assert "2 claims, 2 confirmed links, a pool of 3" in output
    qrels = (folder / "confirmed_qrels.tsv").read_text().splitlines()
    assert qrels == [
        f"claim-{first.pk}\t0\tfc-{eiffel.pk}\t1",
        f"claim-{second.pk}\t0\tclaim-{earlier.pk}\t1",
    ]
    pool = (folder / "vclaims.jsonl").read_text()
    assert f'"fc-{bleach.pk}"' in pool and f'"claim-{first.pk}"' not in pool
    scores = run(
        "evaluate_matching", "--data", str(folder), "--split", "confirmed", "--cache-dir", str(tmp_path)
    )
    fusion = next(line for line in scores.splitlines() if line.startswith("fusion"))
    assert fusion.split()[2] == "1.000"  # MAP@5: both found first


def test_with_no_links_there_is_nothing_to_export(tmp_path):
    with pytest.raises(CommandError, match="nothing to export") as raised:
        run("export_confirmed_matches", str(tmp_path / "out"))
    assert raised.value.returncode == 2
