"""Who may be named on a public fact-check: only people who opted in, by full name.

Usernames never leave the newsroom; a person without a full name, or without the
opt-in on their reviewer profile (reviewers.models.Reviewer.credit_publicly), is not named.
"""

from __future__ import annotations

from typing import NamedTuple

from claims.models import Verdict


class Credit(NamedTuple):
    role: str  # "reviewer" or "editor"
    name: str


def _public_name(user) -> str | None:
    profile = getattr(user, "reviewer", None)  # None when the user has no profile
    return profile.public_name if profile is not None else None


def credits(verdict: Verdict) -> list[Credit]:
    """The verdict's reviewer and editor who may be named (loaded by publishing.queries.with_evidence)."""
    people = [("reviewer", verdict.author), ("editor", verdict.approved_by)]
    return [Credit(role, name) for role, user in people if user and (name := _public_name(user))]
