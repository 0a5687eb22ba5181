"""Optimistic locking: a save only lands on the version it was loaded from.

Two people open the same claim; the first save bumps `version`, so the second
save (still carrying the old number) matches no row and raises `EditConflict`
instead of silently overwriting the first edit.
"""

from django.db import models, transaction


class EditConflict(Exception):
    """Someone saved the row after this copy was loaded; the message is shown to users as is."""

    def __init__(self, obj: models.Model, loaded_version: int):
        self.obj = obj
        self.loaded_version = loaded_version
        super().__init__(conflict_message(obj, loaded_version))


def conflict_message(obj: models.Model, loaded_version: int) -> str:
    """Who changed the row and when, from its audit trail (one query)."""
    name = obj._meta.verbose_name
    latest = obj.history.select_related("history_user").first() if hasattr(obj, "history") else None
    by = ""
    if latest is not None:
        who = latest.history_user.get_username() if latest.history_user else "the system"
        by = f" by {who} at {latest.history_date:%H:%M:%S}"
    return (
        f"This {name} was changed{by} while you were editing it (you loaded version {loaded_version}). "
        f"Your changes were not saved and theirs are kept: reload the page and make your edit again."
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
