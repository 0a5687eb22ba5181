import pytest
from django.contrib.auth.models import Group

from claims import workflow
from claims.models import ClaimStatus
from claims.workflow import STEPS, TransitionError
from reviewers.models import Reviewer, Role
from reviewers.roles import ROLE_PERMISSIONS
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review, make_claim, published_claim

pytestmark = pytest.mark.django_db
S = ClaimStatus


def perms_of(group: Group) -> set[str]:
    return {
        f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")
    }


def test_the_migration_creates_each_role_group_with_exactly_its_permissions():
    for role, names in ROLE_PERMISSIONS.items():
        assert perms_of(Group.objects.get(name=role)) == set(names)


def test_reviewers_cannot_touch_the_verdict_scale_people_or_sign_off():
    reviewer = set(ROLE_PERMISSIONS[Role.REVIEWER])
    assert not {p for p in reviewer if p.startswith(("reviewers.", "auth."))}
    assert not {p for p in reviewer if "rating" in p and not p.startswith("claims.view_")}
    assert "claims.sign_off_claim" not in reviewer
    assert "claims.change_rating" not in ROLE_PERMISSIONS[Role.EDITOR]


def test_a_profile_puts_its_user_in_its_role_group_and_moves_them_when_the_role_changes(reviewer):
    assert [g.name for g in reviewer.groups.all()] == ["reviewer"]
    profile = Reviewer.objects.get(user=reviewer)
    profile.role = Role.EDITOR
    profile.save()
    assert [g.name for g in reviewer.groups.all()] == ["editor"]


def test_a_staff_user_without_a_role_has_no_permission_at_all(stranger):
    assert stranger.get_all_permissions() == set()


def setup_for(step: str, actor, cast):
    """A claim where only the role decides whether `actor` may take `step`."""
    author, signer = cast["other_reviewer"], cast["other_editor"]
    if step == "promote":
        return make_claim(status=S.NEW), {}
    if step == "requeue":
        return make_claim(status=S.DISMISSED), {}
    if step in ("take", "dismiss"):
        return make_claim(), {"dismissal": "out_of_scope"}
    if step == "assign":
        return make_claim(), {"assignee": author}
    if step in ("release", "submit"):
        return claim_in_review(actor), {}
    if step in ("send_back", "publish"):
        return claim_awaiting_sign_off(author), {"reason": "Needs a second source."}
    if step == "correct":
        return published_claim(author, signer), {"reason": "New figures."}
    if step == "abandon":  # held by its author, not by the actor
        reopened = workflow.apply(published_claim(author, signer), "correct", signer, reason="New figures.")
        return reopened, {"reason": "The old figures stand."}
    raise AssertionError(step)


STEP_NAMES = list(STEPS)
ALLOWED = {
    "reviewer": {"promote", "take", "release", "submit"},
    "editor": set(STEP_NAMES),  # every step
    "newsroom_admin": set(STEP_NAMES),
    "stranger": set(),
}


@pytest.mark.parametrize("role", list(ALLOWED))
@pytest.mark.parametrize("step", STEP_NAMES)
def test_each_role_may_take_exactly_its_steps(role, step, request, other_reviewer, other_editor):
    actor = request.getfixturevalue(role)
    claim, options = setup_for(step, actor, {"other_reviewer": other_reviewer, "other_editor": other_editor})
    if step in ALLOWED[role]:
        claim = workflow.apply(claim, step, actor, **options)
    else:
        with pytest.raises(TransitionError, match=r"may not .* needs the claims\.\w+ permission"):
            claim = workflow.apply(claim, step, actor, **options)
