"""Link health: the one vocabulary the link checker returns and the models store.

Django-free, so the checker (which runs outside Django in the benchmarks) and the models
share it without importing each other. The labels are the newsroom's words for each
class: badges, messages, the front page, the reports and the API's schema use them.
"""

from __future__ import annotations

import enum


class _Vocabulary(enum.EnumType):
    """`choices` and `values` on the class, as Django's TextChoices has them."""

    @property
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]

    @property
    def values(cls) -> list[str]:
        return [member.value for member in cls]


class LinkClass(enum.StrEnum, metaclass=_Vocabulary):
    """A member is its value (a str); `.label` is what people read."""

    label: str

    def __new__(cls, value: str, label: str) -> LinkClass:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    UNCHECKED = "unchecked", "Unchecked"  # never a checker's answer: a source not checked yet
    OK = "ok", "OK"
    REDIRECT = "redirect", "Redirected"
    BROKEN = "broken", "Broken"
    TIMEOUT = "timeout", "Timed out"
    TRANSIENT = "transient", "Temporarily failing"
    BLOCKED = "blocked", "Blocked (unsafe address)"
    INVALID = "invalid", "Not an http(s) URL"
