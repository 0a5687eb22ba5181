"""How the app names a person, everywhere (admin, API, reports): the full name when known,
else the username. Django's User.get_full_name() joins the same two fields."""

from __future__ import annotations


def display_name(username: str, first_name: str = "", last_name: str = "") -> str:
    """From the columns, for code that reads rows rather than User objects."""
    return f"{first_name} {last_name}".strip() or username


def name_of(user) -> str:
    return display_name(user.get_username(), user.first_name, user.last_name)
