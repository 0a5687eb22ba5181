"""Every change to a user's rank (superuser status, groups, own permissions) and to a
group's permissions is kept as a RoleGrant, wherever it is made: the admin's user and group
pages, `createsuperuser`, a shell's `create_superuser` or `user.groups.add(...)`, a script.

Receivers on Django's user and group models, not calls in our code: they are Django's, and the
commands and shells that change it run none of our code. What they cannot see is a change
made without the model's save or its many-to-many managers (`QuerySet.update`, raw SQL):
reviewers.role_audit finds those later, reading back the words written here. Who grants,
and whether the editors are e-mailed, comes from reviewers.granting.

A fixture (`loaddata`: a raw save, then the row's many-to-many set on the same instance)
restores rank granted, and recorded, where it was dumped: it records nothing here.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_save, pre_save

from reviewers.granting import current
from reviewers.models import RoleGrant

# How a change is kept (RoleGrant.change); reviewers.role_audit reads these words back.
SUPERUSER_CHANGE = {True: "superuser: no -> yes", False: "superuser: yes -> no"}
RENAMED = "renamed from: "  # a group's rename, kept as "group NEW": "renamed from: OLD"


def rank_words(label: str, given: bool, names) -> str:
    """A change to groups or permissions as kept: "groups: +editor, +admin"."""
    return f"{label}: " + ", ".join(("+" if given else "-") + name for name in names)


def _names(model, pks) -> list[str]:
    """Groups by name, permissions as "app.codename"; one query."""
    if model is Group:
        return sorted(Group.objects.filter(pk__in=pks).values_list("name", flat=True))
    rows = Permission.objects.filter(pk__in=pks).values_list("content_type__app_label", "codename")
    return sorted(f"{app}.{codename}" for app, codename in rows)


def _record(user, change: str, *, promotion: bool) -> None:
    context = current()
    RoleGrant.objects.record(user, context.by, change, promotion=promotion, announce=context.announce)


def record_for_group(group, change: str, *, promotion: bool) -> None:
    """Keep a change to what `group`'s members may do, once, as the group's ("group NAME")."""
    context = current()
    RoleGrant.objects.record(
        None,
        context.by,
        change,
        promotion=promotion,
        announce=context.announce,
        username=f"group {group.name}",
    )


def loaded_or_not(sender, instance, raw=False, **kwargs) -> None:
    """Mark a user or group saved raw (by loaddata), for the many-to-many rows set next."""
    instance._loaded_raw = raw


def loaded(instance) -> bool:
    """Saved raw by loaddata: its rank was granted, and recorded, where it was dumped."""
    return getattr(instance, "_loaded_raw", False)


def superuser_before(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if raw:
        return
    if update_fields is not None and "is_superuser" not in update_fields:
        instance._superuser_before = instance.is_superuser  # a log-in's last_login, say
    elif instance._state.adding:
        instance._superuser_before = False
    else:
        instance._superuser_before = sender._base_manager.filter(pk=instance.pk, is_superuser=True).exists()


def superuser_after(sender, instance, raw=False, **kwargs) -> None:
    if raw:
        return
    was = getattr(instance, "_superuser_before", instance.is_superuser)
    if instance.is_superuser != was:
        _record(instance, SUPERUSER_CHANGE[instance.is_superuser], promotion=instance.is_superuser)


def _change(instance, action: str, pk_set, related) -> tuple[bool, set] | None:
    """(given, the pks added or removed) once a many-to-many change is done, else None;
    what a clear takes away is read before it happens (`related()`: the manager it clears)."""
    if action == "pre_clear":
        instance._rank_before_clear = set(related().values_list("pk", flat=True))
        return None
    if action not in ("post_add", "post_remove", "post_clear"):
        return None
    pks = instance.__dict__.pop("_rank_before_clear", set()) if action == "post_clear" else pk_set
    return action == "post_add", set(pks or ())


def _users_side(instance, reverse: bool, model):
    """The manager a clear empties: a group's or permission's users, or a user's groups or permissions."""
    if reverse:
        return instance.user_set
    return instance.groups if model is Group else instance.user_permissions


def rank_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """A user's groups or own permissions changed, from either side (`user.groups.add(g)` or
    `g.user_set.add(user)`)."""
    change = _change(instance, action, pk_set, lambda: _users_side(instance, reverse, model))
    if change is None or loaded(instance):
        return
    given, pks = change
    if reverse:
        users, rank_model, rank_pks = (
            list(model._base_manager.filter(pk__in=pks)),
            type(instance),
            {instance.pk},
        )
    else:
        users, rank_model, rank_pks = [instance], model, pks
    if not users or not rank_pks or (rank_model is Group and current().role_group):
        return
    label = "groups" if rank_model is Group else "permissions"
    for user in users:
        _record(user, rank_words(label, given, _names(rank_model, rank_pks)), promotion=given)


def group_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    """A group's permissions changed (`group.permissions.add(p)` or `p.group_set.add(g)`): what
    each member may do, kept once as the group's. A group nobody is in changes nobody (a
    role's group made again by reviewers.roles, the tests' reference data)."""
    change = _change(
        instance, action, pk_set, lambda: instance.group_set if reverse else instance.permissions
    )
    if change is None or loaded(instance):
        return
    given, pks = change
    groups, permission_pks = (
        (Group.objects.filter(pk__in=pks), {instance.pk}) if reverse else ([instance], pks)
    )
    for group in groups:
        if permission_pks and group.user_set.exists():
            record_for_group(
                group, rank_words("permissions", given, _names(Permission, permission_pks)), promotion=given
            )


def name_before(sender, instance, raw=False, **kwargs) -> None:
    if not raw and not instance._state.adding:
        names = sender._base_manager.filter(pk=instance.pk).values_list("name", flat=True)
        instance._name_before = names.first()


def group_renamed(sender, instance, raw=False, **kwargs) -> None:
    """A group renamed: kept, so the role audit's replay follows the name (its members and
    permissions are the same; a rename is no promotion)."""
    old = instance.__dict__.pop("_name_before", None)
    if raw or old is None or old == instance.name:
        return
    context = current()
    RoleGrant.objects.record(
        None,
        context.by,
        RENAMED + old,
        promotion=False,
        announce=context.announce,
        username=f"group {instance.name}",
    )


def connect() -> None:
    User = get_user_model()
    for model in (User, Group):
        pre_save.connect(loaded_or_not, sender=model, dispatch_uid=f"rank_audit_loaded_{model.__name__}")
    pre_save.connect(superuser_before, sender=User, dispatch_uid="rank_audit_superuser_before")
    post_save.connect(superuser_after, sender=User, dispatch_uid="rank_audit_superuser_after")
    pre_save.connect(name_before, sender=Group, dispatch_uid="rank_audit_group_name_before")
    post_save.connect(group_renamed, sender=Group, dispatch_uid="rank_audit_group_renamed")
    for field in ("groups", "user_permissions"):
        through = getattr(User, field).through
        m2m_changed.connect(rank_changed, sender=through, dispatch_uid=f"rank_audit_{field}")
    m2m_changed.connect(
        group_permissions_changed,
        sender=Group.permissions.through,
        dispatch_uid="rank_audit_group_permissions",
    )
