"""The role audit: rank held now that the role grants do not account for.

reviewers.rank_audit records each change made through Django's models; one made in the
database itself (`User.objects.filter(...).update(is_superuser=True)`, raw SQL) runs none
of it. `audit()` replays the grants kept, oldest first, into what each account and group
should hold, compares that with what they hold now, and records each difference as a
RoleGrant found by the audit, granted by nobody on record. A promotion found is e-mailed
to the editors as any other (reviewers.tasks.mail_promotions). What it records puts the
record in step, so a second run finds nothing.

The first audit of a database (no baseline on record: one upgraded from before grants were
recorded, or new) keeps what it finds as its baseline, mailed to nobody: ranks held then were
given before anything recorded them, and mailing each to every editor says nothing. It also
keeps a marker row, so the next audit, finding nothing or something, mails as any other. A
first-run rule rather than a data migration: it covers a database restored from an old dump
after `migrate` too, and replays with the models the audit reads, not historical ones.

A group renamed in the app is recorded (reviewers.rank_audit) and the replay follows it, so a
rename is no promotion of its members; one renamed in the database itself is found as one.

A role's group starts from the permissions reviewers.roles gives it (its data migrations
record nothing); a group nobody is in is left out, as rank_audit leaves it: its permissions
reach nobody. They count once someone joins it, and `first_members_joined` keeps then what
they differ from the record, as the group's: told once, by whoever added the member, rather
than found by the next audit as if made in the database. Run by `manage.py audit_roles` and
by beat (factcheck.periodic).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import m2m_changed

from reviewers.models import RoleGrant
from reviewers.rank_audit import RENAMED, SUPERUSER_CHANGE, loaded, rank_words, record_for_group
from reviewers.roles import ROLE_PERMISSIONS, Role

GROUP = "group "  # a group's grants are kept under "group NAME", with no account
BASELINE = "role audit"  # the marker a first audit keeps, with no account
RANK_KINDS = ("groups", "permissions")


@dataclass(frozen=True)
class Found:
    """A change held without a record, in the words a grant keeps."""

    user: object | None  # None: a group's permissions
    username: str
    change: str
    promotion: bool
    baseline: bool = False  # the first audit's: held before grants were recorded

    def __str__(self) -> str:
        return f"{self.username}: {self.change}"


def effects(change: str) -> dict[str, bool]:
    """What one kept change says is held after it, {rank: held}; a rank reads "superuser",
    "groups:NAME" or "permissions:APP.CODENAME". A role ("role: Reviewer -> Editor", kept by
    Reviewer.save) is its group and no other role's."""
    kind, _, words = change.partition(": ")
    if kind == "superuser":
        return {"superuser": words == "no -> yes"}
    if kind == "role":
        now = words.rpartition(" -> ")[2]
        return {f"groups:{role.value}": role.label == now for role in Role}
    if kind in RANK_KINDS:
        return {f"{kind}:{item[1:]}": item.startswith("+") for item in words.split(", ")}
    return {}


def on_record() -> tuple[dict[int, set[str]], dict[str, set[str]]]:
    """What the grants say each account (by id) and each group (by name) holds."""
    accounts: dict[int, set[str]] = defaultdict(set)
    groups = {str(role): {f"permissions:{p}" for p in names} for role, names in ROLE_PERMISSIONS.items()}
    kept = RoleGrant.objects.order_by("pk").values_list("user_id", "username", "change")
    for user_id, username, change in kept:
        if user_id is None and change.startswith(RENAMED):
            renamed(accounts, groups, change.removeprefix(RENAMED), username.removeprefix(GROUP))
            continue
        if user_id is not None:
            held = accounts[user_id]
        elif username.startswith(GROUP):
            held = groups.setdefault(username.removeprefix(GROUP), set())
        else:
            continue  # a deleted account's
        for rank, after in effects(change).items():
            (held.add if after else held.discard)(rank)
    return accounts, groups


def renamed(accounts: dict[int, set[str]], groups: dict[str, set[str]], old: str, new: str) -> None:
    """A group's rename, replayed: its members hold it, and it holds its permissions, by the new name."""
    if old in groups:
        groups[new] = groups.pop(old)
    for held in accounts.values():
        if f"groups:{old}" in held:
            held.discard(f"groups:{old}")
            held.add(f"groups:{new}")


def _permissions(permissions) -> set[str]:
    return {f"permissions:{p.content_type.app_label}.{p.codename}" for p in permissions}


def _ranks(user) -> set[str]:
    ranks = _permissions(user.user_permissions.all())
    ranks |= {f"groups:{group.name}" for group in user.groups.all()}
    if user.is_superuser:
        ranks.add("superuser")
    return ranks


def held_now():
    """(account, ranks) for every account, then {group name: permissions} for each group
    someone is in. Locks the accounts: a second audit waits, then reads this one's grants."""
    permissions = Permission.objects.select_related("content_type")
    accounts = (
        get_user_model()
        .objects.select_for_update()
        .order_by("pk")
        .prefetch_related("groups", Prefetch("user_permissions", queryset=permissions))
    )
    for_accounts = [(user, _ranks(user)) for user in accounts]
    in_use = get_user_model().groups.through.objects.values("group_id")
    groups = Group.objects.filter(pk__in=in_use).prefetch_related(
        Prefetch("permissions", queryset=permissions)
    )
    return for_accounts, {group.name: _permissions(group.permissions.all()) for group in groups}


def differences(kept: set[str], held: set[str]) -> list[tuple[str, bool]]:
    """(change, promotion) for each way `held` differs from `kept`, gains first."""
    found = []
    for given, ranks in ((True, held - kept), (False, kept - held)):
        if "superuser" in ranks:
            found.append((SUPERUSER_CHANGE[given], given))
        for kind in RANK_KINDS:
            names = sorted(rank.partition(":")[2] for rank in ranks if rank.startswith(f"{kind}:"))
            if names:
                found.append((rank_words(kind, given, names), given))
    return found


def audit(*, record: bool = True, announce: bool = True) -> list[Found]:
    """Every change held without a record; kept as found by the audit unless `record` is
    False, and its promotions e-mailed by the next sweep unless `announce` is False. The first
    audit (no baseline on record) keeps what it finds as the baseline, mailed to nobody."""
    with transaction.atomic():
        accounts, groups = held_now()  # locks the accounts: a second first audit waits here
        first = not RoleGrant.objects.filter(baseline=True).exists()
        accounts_kept, groups_kept = on_record()
        found = [
            Found(user, user.get_username(), change, promotion, first)
            for user, held in accounts
            for change, promotion in differences(accounts_kept.get(user.pk, set()), held)
        ] + [
            Found(None, GROUP + name, change, promotion, first)
            for name, held in sorted(groups.items())
            for change, promotion in differences(groups_kept.get(name, set()), held)
        ]
        if record:
            for change in found:
                RoleGrant.objects.record(
                    change.user,
                    None,
                    change.change,
                    promotion=change.promotion,
                    announce=announce,
                    username=change.username,
                    found_by_audit=True,
                    baseline=first,
                )
            if first:
                words = f"baseline: {len(found)} held before grants were recorded, kept without mail"
                RoleGrant.objects.record(None, None, words, promotion=False, username=BASELINE, baseline=True)
    return found


def first_members_joined(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """Accounts joined a group nobody else was in (`user.groups.add(g)` or `g.user_set.add(u)`):
    the permissions it gained or lost while empty were kept by nobody (they reached nobody),
    and from now they are someone's. Keep how they differ from the record, as the group's
    grant by whoever added the members, so a gain is told once, now. Locks the group: two
    first members joining at once keep it once. The record is replayed only for a group
    that was empty."""
    if action != "post_add" or not pk_set or loaded(instance):
        return
    groups, joined = ([instance], pk_set) if reverse else (Group.objects.filter(pk__in=pk_set), {instance.pk})
    for group in groups:
        Group.objects.select_for_update().filter(pk=group.pk).values_list("pk", flat=True).first()
        if group.user_set.exclude(pk__in=joined).exists():
            continue  # its permissions reached someone already, and were kept as they changed
        kept = on_record()[1].get(group.name, set())
        held = _permissions(group.permissions.select_related("content_type"))
        for change, promotion in differences(kept, held):
            record_for_group(group, change, promotion=promotion)


def connect() -> None:
    m2m_changed.connect(
        first_members_joined,
        sender=get_user_model().groups.through,
        dispatch_uid="role_audit_first_members_joined",
    )
