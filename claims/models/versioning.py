"""Optimistic locking: a save only lands on the version it was loaded from.

Two people open the same claim; the first save bumps `version`, so the second
save (still carrying the old number) matches no row and raises `EditConflict`
instead of silently overwriting the first edit.
"""

from django.db import models, transaction

BY_COMMAND = "manage.py "  # how a change reason names the command that made a change no user made
KEPT = "Your changes were not saved and theirs are kept: reload the page and make your edit again."


class EditConflict(Exception):
    """Someone saved the row after this copy was loaded; the message is shown to users as is.

    `loaded_version` is None when the page had no such row yet and someone created it."""

    def __init__(self, obj: models.Model, loaded_version: int | None):
        self.obj = obj
        self.loaded_version = loaded_version
        super().__init__(conflict_message(obj, loaded_version))


def _last_change(obj: models.Model) -> str:
    """' by rita at 15:02:11' (' by manage.py import_claimreview at ...' for a command's change)
    from the row's audit trail (one query), or '' without one."""
    latest = obj.history.select_related("history_user").first() if hasattr(obj, "history") else None
    if latest is None:
        return ""
    if latest.history_user:
        who = latest.history_user.get_username()
    else:  # a command names itself as the change's reason ("manage.py import_claimreview")
        reason = latest.history_change_reason or ""
        who = reason if reason.startswith(BY_COMMAND) else "the system"
    return f" by {who} at {latest.history_date:%H:%M:%S}"


def conflict_message(obj: models.Model, loaded_version: int | None) -> str:
    """Who changed (or created) the row and when, and that the user's changes were not saved."""
    name, by = obj._meta.verbose_name, _last_change(obj)
    if loaded_version is None:
        what = f"This {name} was started{by} while you were editing (your page did not have it)."
    else:
        what = f"This {name} was changed{by} while you were editing it (you loaded version {loaded_version})."
    return f"{what} {KEPT}"


def missing_version_message(obj: models.Model) -> str:
    """For a POST without the version its page should carry (an old page, a script, a bad template)."""
    return (
        f"Your changes to this {obj._meta.verbose_name} were not saved: the page did not say which version "
        "you loaded, so they could overwrite someone else's. Reload the page and make your edit again."
    )


class VersionedModel(models.Model):
    """Mixin for models with a `version` field: every save of an existing row bumps it.

    `save()` issues one extra conditional UPDATE (`WHERE version = loaded`) before the
    normal one, inside a transaction; `queryset.update()` bypasses it, so code that
    changes rows in bulk must bump `version` itself.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        if self._state.adding or kwargs.get("force_insert"):
            return super().save(*args, **kwargs)
        loaded = self.version
        with transaction.atomic(using=kwargs.get("using")):
            bumped = (
                type(self)
                ._base_manager.filter(pk=self.pk, version=loaded)
                .update(version=models.F("version") + 1)
            )
            if not bumped:
                raise EditConflict(self, loaded)
            self.version = loaded + 1
            super().save(*args, **kwargs)
