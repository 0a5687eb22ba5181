"""Article metadata the text itself gives: title, author, outlet, publication date.

Pages often carry these in their markup (see html.py); plain text carries them in the
boilerplate we skip anyway: the headline, a byline, "Follow NAME on Twitter", an author's
e-mail address, a date line. The outlet comes from the author's e-mail domain, else from
an "as previously reported by X" phrase (an outlet citing its own earlier reporting).
"""

import datetime as dt
from dataclasses import dataclass

import regex

from claims.extraction import boilerplate as bp

# As boilerplate._EMAIL: it starts only where a run of address characters starts (else
# quadratic), and the domain is labels joined by dots, the last one checked by outlet_from_email.
_EMAIL_DOMAIN = regex.compile(r"(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FREE_MAIL = frozenset(
    "gmail googlemail yahoo hotmail outlook live icloud me aol proton protonmail gmx mail".split()
)
_SECOND_LEVEL = frozenset("co com org net ac gov".split())  # bbc.co.uk -> bbc
_NAME = r"(\p{Lu}[\p{L}.’'-]*(?:\s+(?:(?:de|van|von|al|bin|da|di|le|la)\s+)?\p{Lu}[\p{L}.’'-]*){1,3})"
_FOLLOW = regex.compile(rf"^(?i:follow)\s+{_NAME}\s+(?i:on)\b", regex.V1)
_BYLINE = regex.compile(
    rf"^(?i:by|written\s+by|words\s+by|reporting\s+by|report\s+by)\s+{_NAME}"
    rf"(?:\s+and\s+{_NAME})?\s*(?:[,|]\s*(.+))?$",
    regex.V1,
)
_NAME_BAR_OUTLET = regex.compile(rf"^{_NAME}\s*[|,]\s*(.+)$")
_REPORTED_BY = regex.compile(
    r"\bas\s+(?:previously|earlier|first)\s+reported\s+(?:here\s+)?by\s+"
    r"(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}?)(?:[’']s\b|[,.;]|\s+\p{Ll}|$)"
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for m in names.split()
}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [
    (regex.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    (regex.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", regex.I), ("M", "d", "y")),
    (regex.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b", regex.I), ("d", "M", "y")),
]


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


def find_metadata(paragraphs: list[str], reasons: dict[int, str], body: str = "") -> Metadata:
    """Metadata from the paragraphs and their boilerplate reasons; `body` is searched for outlet phrases."""
    title = author = outlet = None
    published = None
    for index in sorted(reasons):
        text, reason = paragraphs[index], reasons[index]
        if reason == bp.TITLE and title is None:
            title = bp.headline_of(text)
        elif reason == bp.SOCIAL_FOLLOW and author is None and (match := _FOLLOW.match(text)):
            author = match.group(1)
        elif reason == bp.BYLINE and author is None:
            author, byline_outlet = _from_byline(text)
            outlet = outlet or byline_outlet
        elif reason == bp.DATELINE and published is None:
            published = parse_date(text)
        if reason in (bp.SOCIAL_FOLLOW, bp.CONTACT, bp.BYLINE) and outlet is None:
            outlet = outlet_from_email(text, body)
    if outlet is None and (match := _REPORTED_BY.search(body)):
        outlet = match.group(1)
    return Metadata(title, author, outlet, published)


def _from_byline(text: str) -> tuple[str | None, str | None]:
    match = _BYLINE.match(text.strip())
    if match:
        names = [n for n in (match.group(1), match.group(2)) if n]
        return " and ".join(names), (match.group(3) or "").strip() or None
    match = _NAME_BAR_OUTLET.match(text.strip())
    return (match.group(1), match.group(2).strip()) if match else (None, None)


def outlet_from_email(text: str, body: str = "") -> str | None:
    """ "szeronian@breitbart.com" -> "Breitbart", spelled as the article spells it when it does."""
    match = _EMAIL_DOMAIN.search(text)
    if not match:
        return None
    labels = match.group(1).casefold().split(".")
    if len(labels[-1]) < 2 or not labels[-1].isalpha():  # not a top-level domain: "a@b.c", "a@host.123"
        return None
    labels.pop()
    while len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    label = labels[-1] if labels else ""
    if not label or label in _FREE_MAIL:
        return None
    spelled = regex.search(rf"\b({regex.escape(label)})\b", body, regex.I)
    if spelled and spelled.group(1)[0].isupper():
        return spelled.group(1)
    return label.upper() if len(label) <= 4 else label.capitalize()


def parse_date(text: str) -> dt.date | None:
    """The first date written as 2015-09-15, September 15, 2015 or 15 Sep 2015."""
    for pattern, order in _DATES:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = int(parts["m"]) if "m" in parts else _MONTHS[parts["M"].casefold()]
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None
