"""`{{ claim.speaker_reason|as_sentence }}`: extraction's reason for the speaker, worded for
the reviewer on the claim page (claims.speaker_reason); the stored trace is unchanged."""

from django import template

from claims.speaker_reason import as_sentence as _as_sentence

register = template.Library()


@register.filter
def as_sentence(reason: str) -> str:
    return _as_sentence(reason or "")
