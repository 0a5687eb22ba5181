import pytest

from claims import workflow
from tests.workflow.factories import claim_awaiting_sign_off

pytestmark = pytest.mark.django_db


def test_every_step_is_recorded_with_who_when_and_the_step_name(reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    claim = workflow.apply(claim, "publish", editor)
    reasons = list(claim.history.order_by("history_id").values_list("history_change_reason", flat=True))
    assert reasons[-2:] == ["submit", "publish"]


def test_the_audit_trail_shows_before_and_after_of_a_change(reviewer):
    claim = claim_awaiting_sign_off(reviewer)
    newest, previous = claim.history.all()[:2]
    delta = newest.diff_against(previous)
    changes = {c.field: (c.old, c.new) for c in delta.changes}
    assert changes["status"] == ("in_review", "awaiting_sign_off")


def test_verdict_and_source_changes_are_recorded_too(reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    claim = workflow.apply(claim, "publish", editor)
    verdict = claim.published_verdict()
    assert verdict.history.first().history_change_reason == "publish"
    assert claim.sources.get().history.count() == 1
