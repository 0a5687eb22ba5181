"""Each role against each admin page and action: allowed ones work, the rest are refused."""

import lxml.html
import pytest
from django.urls import reverse

from claims.models import ClaimStatus, Rating
from reviewers.models import Reviewer
from tests.admin.pages import buttons, claim_url, form_data, submit
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, make_claim, rating

pytestmark = pytest.mark.django_db
ROLES = ["reviewer", "editor", "newsroom_admin", "stranger"]


def login(client, request, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    return user


PAGES = {
    "admin:claims_claim_changelist": {"reviewer", "editor", "newsroom_admin"},
    "admin:claims_myqueue_changelist": {"reviewer", "editor", "newsroom_admin"},
    "admin:claims_unassignedclaim_changelist": {"reviewer", "editor", "newsroom_admin"},
    "admin:claims_awaitingmysignoff_changelist": {"editor", "newsroom_admin"},
    "admin:claims_rating_changelist": {"reviewer", "editor", "newsroom_admin"},
    "admin:claims_rating_add": {"newsroom_admin"},
    "admin:reviewers_reviewer_changelist": {"editor", "newsroom_admin"},
    "admin:reviewers_reviewer_add": {"newsroom_admin"},
    "admin:claims_article_add": {"editor", "newsroom_admin"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", list(PAGES))
def test_each_role_opens_exactly_its_pages(client, request, role, page):
    login(client, request, role)
    status = client.get(reverse(page)).status_code
    assert status == (200 if role in PAGES[page] else 403)


@pytest.mark.parametrize("role", ROLES)
def test_a_stranger_sees_nothing_of_the_queue_on_the_front_page(client, request, role):
    login(client, request, role)
    html = client.get(reverse("admin:index")).content.decode()
    assert ('id="newsroom-dashboard"' in html) is (role != "stranger")
    assert ("My queue" in html) is (role != "stranger")
    if role == "stranger":
        assert "You don’t have permission to view or edit anything." in html


@pytest.mark.parametrize("role", ROLES)
def test_only_newsroom_roles_can_take_the_next_claim(client, request, role):
    make_claim()
    user = login(client, request, role)
    response = client.post(reverse("admin:claims_claim_take_next"))
    if role == "stranger":
        assert response.status_code == 403
    else:
        assert response.status_code == 302
        assert user.assigned_claims.count() == 1


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_and_admins_can_assign_claims_in_bulk(client, request, role, other_reviewer):
    claim = make_claim()
    login(client, request, role)
    client.post(
        reverse("admin:claims_claim_changelist"),
        {
            "action": "assign_selected",
            "_selected_action": [claim.pk],
            f"version-{claim.pk}": claim.version,
            "assignee": other_reviewer.pk,
        },
    )
    claim.refresh_from_db()
    assert (claim.assignee == other_reviewer) is (role in ("editor", "newsroom_admin"))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", ["admin:claims_claim_changelist", "admin:claims_myqueue_changelist"])
def test_only_editors_and_admins_dismiss_claims_in_bulk_even_their_own(client, request, role, page):
    user = request.getfixturevalue(role)
    claim = make_claim(status=ClaimStatus.IN_REVIEW, assignee=user)
    client.force_login(user)
    client.post(
        reverse(page),
        {
            "action": "dismiss_selected",
            "_selected_action": [claim.pk],
            f"version-{claim.pk}": claim.version,
            "confirm": "1",
            "dismissal": "out_of_scope",
            "reason": "Crafted: the role is not offered this action.",
        },
    )
    claim.refresh_from_db()
    assert (claim.status == ClaimStatus.DISMISSED) is (role in ("editor", "newsroom_admin"))


def assignees_post(claim, assignee, changes: dict) -> dict:
    """What the assignee's page sends with `changes` saved: replayed by others, it must fail."""
    from django.test import Client

    theirs = Client()
    theirs.force_login(assignee)
    return {**form_data(theirs.get(claim_url(claim))), **changes, "_continue": "Save"}


@pytest.mark.parametrize("role", ROLES)
def test_only_the_assignee_adds_sources_to_a_claim_in_review(client, request, role, other_reviewer):
    user = request.getfixturevalue(role)
    mine = claim_in_review(user, with_source=False, with_draft=False) if role != "stranger" else None
    theirs = claim_in_review(other_reviewer, with_source=False, with_draft=False)
    client.force_login(user)
    if mine is not None:
        new_source = {"sources-0-url": "https://a.example/", "sources-0-kind": "official"}
        submit(client, client.get(claim_url(mine)), "Save", new_source)
        assert mine.sources.exists()
    response = client.get(claim_url(theirs))
    if response.status_code == 200:
        assert "sources-0-url" not in form_data(response)
    crafted = assignees_post(theirs, other_reviewer, {"sources-0-url": "https://a.example/"})
    client.post(claim_url(theirs), crafted)
    assert not theirs.sources.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_and_admins_publish_from_the_claim_page(client, request, role, other_reviewer):
    claim = claim_awaiting_sign_off(other_reviewer)
    login(client, request, role)
    response = client.get(claim_url(claim))
    if role in ("reviewer", "stranger"):
        if response.status_code == 200:
            assert "Approve and publish" not in buttons(response)
        crafted = {"_step": "publish", "version": claim.version}
        assert client.post(claim_url(claim), crafted).status_code == 403
    else:
        submit(client, response, "Approve and publish")
    claim.refresh_from_db()
    assert (claim.status == ClaimStatus.PUBLISHED) is (role in ("editor", "newsroom_admin"))


@pytest.mark.parametrize("role", ROLES)
def test_only_the_admin_role_renames_a_rating(client, request, role):
    login(client, request, role)
    rating = Rating.objects.get(slug="false")
    url = reverse("admin:claims_rating_change", args=[rating.pk])
    data = {
        "slug": "false",
        "label": "Wrong",
        "value": rating.value,
        "definition": rating.definition,
        "order": 6,
        "version": rating.version,
    }
    client.post(url, {**data, "is_active": "on"})
    rating.refresh_from_db()
    assert (rating.label == "Wrong") is (role == "newsroom_admin")


@pytest.mark.parametrize("role", ROLES)
def test_only_the_admin_role_changes_a_reviewers_cap(client, request, role, other_reviewer):
    login(client, request, role)
    profile = Reviewer.objects.get(user=other_reviewer)
    url = reverse("admin:reviewers_reviewer_change", args=[profile.pk])
    page = client.get(url)
    shown = lxml.html.fromstring(page.content.decode()).xpath("//input[@name='loaded_state']/@value")
    client.post(
        url,
        {
            "loaded_state": shown[0] if shown else "",  # what the page carries, where it has a form
            "user": other_reviewer.pk,
            "role": "reviewer",
            "topics": "",
            "digest": "weekly",
            "max_open_assignments": 3,
        },
    )
    profile.refresh_from_db()
    assert (profile.max_open_assignments == 3) is (role == "newsroom_admin")


@pytest.mark.parametrize("role", ROLES)
def test_nobody_edits_another_reviewers_draft_verdict(client, request, role, other_reviewer):
    claim = claim_in_review(other_reviewer)
    draft = claim.draft_verdict()
    login(client, request, role)
    response = client.get(claim_url(claim))
    assert response.status_code == (403 if role == "stranger" else 200)
    if response.status_code == 200:
        assert "verdicts-0-summary" not in form_data(response)
    rewrite = {"verdicts-0-summary": "Rewritten.", "verdicts-0-rating": str(rating("true").pk)}
    client.post(claim_url(claim), assignees_post(claim, other_reviewer, rewrite))
    draft.refresh_from_db()
    assert (draft.summary, draft.version) == ("The figures say otherwise.", 1)
