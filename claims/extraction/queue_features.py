"""What the queue decision knows about an extracted sentence: cheap signals the pipeline has.

Each feature is a number computed from the check-worthiness model's probability and what
the rule stages found (speaker, quote, reported speech, figures, position). The fitted
decision (`queue_decision.py`) weighs a subset of them, named in its JSON.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from claims.extraction.contentless import has_figure, only_dates
from claims.extraction.speakers import FRAMING_LINE, NO_SOURCE, TURN_LABEL

if TYPE_CHECKING:
    from claims.extraction.pipeline import CandidateClaim

_EPSILON = 1e-4  # a probability of exactly 0 or 1 has no logit
_CAPITALISED = regex.compile(r"(?<=[\s(“‘\"'-])\p{Lu}[\p{L}’'-]*")
_ORGANISATION = "organisation or group"


def is_unsourced(claim: CandidateClaim) -> bool:
    """The article's own narration: no speaker, no quote, and no one named as its source."""
    return not claim.speaker and not claim.is_quote and claim.speaker_reason == NO_SOURCE


def _logit(probability: float) -> float:
    p = min(max(probability, _EPSILON), 1 - _EPSILON)
    return math.log(p / (1 - p))


def _words(text: str) -> int:
    return sum(any(ch.isalnum() for ch in word) for word in text.split())


class Sentence:
    """One claim with its probability and its article's context, as the features read it."""

    def __init__(self, claim: CandidateClaim, probability: float, article: Article):
        self.claim = claim
        self.logit = _logit(probability)
        self.article = article


class Article:
    """What the features need of the whole article: its length and its mean logit."""

    def __init__(self, claims: Sequence[CandidateClaim], probabilities: Sequence[float], paragraphs: int):
        self.paragraphs = max(paragraphs, 1)
        self.mean_logit = sum(map(_logit, probabilities)) / len(probabilities) if probabilities else 0.0
        self.transcript = any(
            c.speaker_reason.startswith(TURN_LABEL) or c.speaker_reason == FRAMING_LINE for c in claims
        )


FEATURES: dict[str, Callable[[Sentence], float]] = {
    "logit": lambda s: s.logit,
    # how far the model puts it above its article's average sentence
    "logit_above_article": lambda s: s.logit - s.article.mean_logit,
    "unsourced": lambda s: float(is_unsourced(s.claim)),
    "figure_or_comparison": lambda s: float(has_figure(s.claim.text)),
    "figure_not_date": lambda s: float(not only_dates(s.claim.text)),
    "quote": lambda s: float(s.claim.is_quote),
    "reported": lambda s: float(s.claim.is_reported),
    "person_speaker": lambda s: float(bool(s.claim.speaker) and _ORGANISATION not in s.claim.speaker_reason),
    "organisation_speaker": lambda s: float(
        bool(s.claim.speaker) and _ORGANISATION in s.claim.speaker_reason
    ),
    "pronoun_speaker": lambda s: float(s.claim.speaker_reason.startswith("pronoun")),
    "has_lead_in": lambda s: float(bool(s.claim.lead_in)),
    "question": lambda s: float(s.claim.text.rstrip("”’\"' )").endswith("?")),
    "log_words": lambda s: math.log(max(_words(s.claim.text), 1)),
    "capitalised_words": lambda s: math.log1p(len(_CAPITALISED.findall(s.claim.text))),
    "position": lambda s: s.claim.paragraph_index / s.article.paragraphs,
    "transcript": lambda s: float(s.article.transcript),
}


def feature_rows(
    claims: Sequence[CandidateClaim], probabilities: Sequence[float], paragraphs: int, names: Sequence[str]
) -> list[list[float]]:
    """The named features of each claim (one row per claim, in the order given)."""
    article = Article(claims, probabilities, paragraphs)
    return [
        [FEATURES[name](Sentence(claim, p, article)) for name in names]
        for claim, p in zip(claims, probabilities, strict=True)
    ]
