import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimStatus
from reviewers.models import Reviewer
from tests.admin.pages import claim_url, messages_of, submit
from tests.workflow.factories import make_claim

pytestmark = pytest.mark.django_db
TAKE = reverse("admin:claims_claim_take_next")
ALL = reverse("admin:claims_claim_changelist")


def test_take_next_opens_the_claim_it_assigned(client, reviewer):
    claim = make_claim()
    client.force_login(reviewer)
    response = client.post(TAKE, follow=True)
    assert response.redirect_chain[-1][0] == claim_url(claim)
    assert messages_of(response) == [f"Claim #{claim.pk} is yours now."]


def test_take_next_on_an_empty_queue_says_so(client, reviewer):
    client.force_login(reviewer)
    response = client.post(TAKE, follow=True)
    assert messages_of(response) == ["Nothing is waiting in the queue. Well done."]


def test_take_next_at_the_cap_explains_the_cap(client, reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=1)
    make_claim(), make_claim()
    client.force_login(reviewer)
    client.post(TAKE, follow=True)
    response = client.post(TAKE, follow=True)
    assert messages_of(response) == [
        "Rita already has 1 open claim, the most their cap allows: finish or release one first."
    ]


def test_take_next_is_a_post_only(client, reviewer):
    client.force_login(reviewer)
    assert client.get(TAKE).status_code == 405


def test_bulk_assign_reports_what_was_assigned_and_what_the_cap_refused(client, editor, reviewer):
    Reviewer.objects.filter(user=reviewer).update(max_open_assignments=2)
    claims = [make_claim() for _ in range(3)]
    client.force_login(editor)
    response = client.post(
        ALL,
        {
            "action": "assign_selected",
            "_selected_action": [c.pk for c in claims],
            **{f"version-{c.pk}": c.version for c in claims},
            "assignee": reviewer.pk,
        },
        follow=True,
    )
    assert messages_of(response) == [
        "Assigned 2 claim(s) to rita.",
        "Rita already has 2 open claims, the most their cap allows: finish or release one first.",
    ]
    assert Claim.objects.assigned_to(reviewer).count() == 2


def test_bulk_assign_without_an_assignee_asks_for_one(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(ALL, {"action": "assign_selected", "_selected_action": [claim.pk]}, follow=True)
    assert messages_of(response) == ["Choose whom to assign the claims to, next to the action."]


def test_the_assignee_picker_shows_only_for_those_who_may_assign(client, reviewer, editor):
    make_claim()
    client.force_login(reviewer)
    assert 'name="assignee"' not in client.get(ALL).content.decode()
    client.force_login(editor)
    assert 'name="assignee"' in client.get(ALL).content.decode()


def test_an_editor_reassigns_from_the_claim_page(client, editor, reviewer, other_reviewer):
    claim = make_claim()
    claim = workflow.apply(claim, "assign", editor, assignee=reviewer)
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), "Assign", {"assign_to": other_reviewer.pk})
    claim.refresh_from_db()
    assert (claim.assignee, claim.status) == (other_reviewer, ClaimStatus.IN_REVIEW)


def test_new_claims_are_queued_in_bulk_by_a_reviewer(client, reviewer):
    claims = [make_claim(status=ClaimStatus.NEW) for _ in range(2)]
    client.force_login(reviewer)
    versions = {f"version-{c.pk}": c.version for c in claims}
    client.post(ALL, {"action": "promote_selected", "_selected_action": [c.pk for c in claims], **versions})
    assert Claim.objects.filter(status=ClaimStatus.QUEUED).count() == 2
