"""Sentences that say who reacted, not what: kept as claims, never queued.

"Rep. Tobias Whitlock disagreed." or "The union faulted the figures." tells a reviewer that
someone disputes something; the checkable part is in the sentences around it. Likewise a
lead-in ("In a letter, the manager wrote:") carries the quote's speaker, not a fact, unless
it gives a figure of its own. A figure anywhere keeps a sentence in play.
"""

import regex

_OBJECT = (
    r"(?:the|this|that|these|those|his|her|their|its)\s+(?:\p{Ll}+\s+)?"
    r"(?:claims?|figures?|charges?|account|idea|report|findings?|allegations?|criticism|plan|proposal|suggestion)"
)
_BARE_REACTION = regex.compile(
    rf"^(?:(?:but|however|and|yet),?\s+)?[^,;:]{{0,80}}?\b(?:"
    r"disagreed|disagrees|objected|demurred|was\s+unmoved|were\s+unmoved"
    rf"|(?:rejected|rejects|faulted|faults|disputed|disputes|denied|denies|dismissed|dismisses|questioned|"
    rf"challenged|welcomed|welcomes|criticised|criticized|condemned)\s+(?:{_OBJECT}|it|this|that|them)"
    r")\s*[.!]?[”’\"']?$",
    regex.I | regex.V1,
)


def says_nothing_checkable(text: str, *, introduces_quote: bool = False) -> bool:
    """A bare reaction ("X disagreed.") or a lead-in to a quote, with no figure of its own."""
    if any(ch.isdigit() for ch in text):
        return False
    return introduces_quote or bool(_BARE_REACTION.match(text.strip()))
