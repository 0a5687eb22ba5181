"""Who is changing people's rank right now, for the grants reviewers.rank_audit records.

Django's user model has no save() of ours to pass the granter to, so the admin, the demo
seeds and Reviewer.save say it around their changes instead (`granting`); a change made
with none around it (createsuperuser, a shell, a script) was made outside the admin.
This module sits below reviewers.models: it imports no model of ours.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Granting:
    by: Any = None  # the user granting; None: outside the admin
    announce: bool = True  # False: kept, but the editors are not e-mailed (the demo accounts)
    # Reviewer.save moving a user to their role's group: kept as the role change, not again.
    role_group: bool = False


OUTSIDE_THE_ADMIN = Granting()
_current: ContextVar[Granting | None] = ContextVar("granting", default=None)


def current() -> Granting:
    return _current.get() or OUTSIDE_THE_ADMIN


@contextmanager
def granting(**changes) -> Iterator[Granting]:
    """Rank changed inside is granted as `changes` say (by, announce, role_group); the rest
    is what the enclosing `granting` said."""
    token = _current.set(replace(current(), **changes))
    try:
        yield current()
    finally:
        _current.reset(token)
