"""@mentions in comments: `@username`, or `@"Full Name"` for a name with spaces.

Parsing is plain text work; `resolve` finds the active staff users who may read claims;
`render` escapes the whole comment and marks only the mentions that resolved, so an
unknown @name stays plain text and no comment can inject markup.
"""

import re

from django.contrib.auth import get_user_model
from django.db.models import Q, Value
from django.db.models.functions import Concat, Lower
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Not after a word character, a dot or another @: "erin@example.org" mentions nobody.
MENTION = re.compile(r'(?<![\w.@])@(?:"([^"\n]{1,150})"|([\w.+-]*[\w+-]))')


def mentioned_names(text: str) -> list[str]:
    """The names mentioned in `text`, lower-cased, each once, in order of first mention."""
    names = [(quoted or bare).strip().lower() for quoted, bare in MENTION.findall(text)]
    return list(dict.fromkeys(name for name in names if name))


def resolve(names: list[str]) -> dict[str, object]:
    """Lower-cased name -> user, for names that are an active staff user's username or full
    name and who may read claims (a mention must not show a claim to someone who cannot).
    One query, plus the permission lookups of the users found."""
    if not names:
        return {}
    users = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .annotate(
            lower_username=Lower("username"),
            lower_full_name=Lower(Concat("first_name", Value(" "), "last_name")),
        )
        .filter(Q(lower_username__in=names) | Q(lower_full_name__in=names))
        .order_by("pk")
    )
    found: dict[str, object] = {}
    for user in users:
        if not user.has_perm("claims.view_claim"):
            continue
        for name in (user.lower_username, user.lower_full_name):
            if name in names:
                found.setdefault(name, user)
    return found


def names_of(user) -> set[str]:
    """The lower-cased names a mention of `user` may use."""
    return {user.get_username().lower(), user.get_full_name().strip().lower()} - {""}


def render(text: str, mentioned: set[str]) -> SafeString:
    """The comment as HTML: all of it escaped, mentions of `mentioned` names marked."""
    parts, last = [], 0
    for match in MENTION.finditer(text):
        name = (match.group(1) or match.group(2)).strip().lower()
        if name not in mentioned:
            continue
        parts.append(escape(text[last : match.start()]))
        parts.append(f'<strong class="mention">{escape(match.group(0))}</strong>')
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))
