"""Rule baseline for check-worthiness, used when the trained scorer is not installed.

Same call as `claims.checkworthiness.score`: a list of sentences and their contexts in,
one score in [0, 1] per sentence out. A check-worthy sentence states something about the
world that can be looked up: numbers, named people and places, comparisons, events and
causes. Questions, opinions, predictions and hedged or first-person statements are hard or
impossible to verify and score low. The weights are hand-set, not fitted; the trained
scorer replaces this when present, and this stays as the fallback.
"""

import math

import regex

NAME = "rule-baseline"
DEFAULT_THRESHOLD = 0.5

_NUMBER = regex.compile(
    r"\d|\b(?:hundreds?|thousands?|millions?|billions?|trillions?|per\s*cent|percent|dozens?|half|twice"
    r"|double[ds]?|tripled?|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    regex.I,
)
_COMPARISON = regex.compile(
    r"\b(?:more|less|fewer|than|largest|biggest|highest|lowest|smallest|most|least|record|increas\w*|decreas\w*"
    r"|rose|risen|rising|fell|fallen|declin\w*|grew|grown|surg\w*|drop\w*|compared|always|never|first|only)\b",
    regex.I,
)
_FACTUAL = regex.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|caus\w*|led\s+to|result\w*|because|due\s+to"
    r"|deliver\w*|vot\w*|veto\w*|kill\w*|sign\w*|support\w*|launch\w*|involv\w*|conduct\w*|coordinat\w*"
    r"|functions|works|invad\w*|attack\w*|built|build-up|deploy\w*|arm(?:s|ed|ing)|train(?:s|ed|ing)"
    r"|sanction\w*|bann\w*|pass(?:ed|es)|won|lost|elected|confirm\w*|announc\w*|funded|spent|raids?"
    r"|military|weapons?|troops|coalition|allies|shield\w*)\b",
    regex.I,
)
_OPINION = regex.compile(
    r"\b(?:should|must|ought|would\s+like|i\s+think|we\s+think|believes?|feels?|seems?|perhaps|maybe|might"
    r"|hopes?|wish|need\s+to|it\s+is\s+time|carefully|obvious\w*|clearly|simply|common\s+sense|terrible"
    r"|great|wonderful|shameful|disgrac\w*|ridiculous|opportunity|temptation|wake-up)\b",
    regex.I,
)
_FIRST_PERSON = regex.compile(r"\b(?:I|we|my|our|us|me)\b", regex.I)
_FUTURE = regex.compile(r"\b(?:will|going\s+to|would|could|can|may)\b", regex.I)
_ENTITY = regex.compile(r"(?<=\s)\p{Lu}[\p{L}-]+")


def score(sentences: list[str], contexts: list[dict] | None = None) -> list[float]:
    """Check-worthiness in [0, 1] for each sentence (contexts: {"is_quote", "speaker"})."""
    contexts = contexts or [{} for _ in sentences]
    return [_score_one(s, c) for s, c in zip(sentences, contexts, strict=True)]


def _score_one(sentence: str, context: dict) -> float:
    words = len(sentence.split())
    total = -1.0
    total += 1.0 if _NUMBER.search(sentence) else 0.0
    total += 0.35 * min(3, sum(1 for m in _ENTITY.findall(sentence) if m != "I"))
    total += 0.4 * min(2, len(_COMPARISON.findall(sentence)))
    total += 0.45 * min(3, len(_FACTUAL.findall(sentence)))
    total -= 0.8 * min(2, len(_OPINION.findall(sentence)))
    total -= 0.5 if _FIRST_PERSON.search(sentence) else 0.0
    total -= 0.4 if _FUTURE.search(sentence) else 0.0
    total -= 2.0 if sentence.rstrip("”’\"' )").endswith("?") else 0.0
    total -= 1.2 if words < 6 else 0.0
    total -= 0.3 if words > 60 else 0.0
    total += 0.2 if context.get("speaker") and not context.get("is_quote") else 0.0
    return 1.0 / (1.0 + math.exp(-total))
