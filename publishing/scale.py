"""The rating scale's colours: a rating's place between the scale's worst and best value
picks one of five steps from red (false) to green (true).

Each colour takes white text at a contrast of at least 4.5:1 (WCAG AA), so a badge is
readable whatever the newsroom names its ratings; the label, never the colour alone,
carries the meaning.
"""

from __future__ import annotations

from collections.abc import Iterable

# Worst to best; contrast with white: 6.6, 5.6, 6.7, 6.6, 7.9.
STEPS = ("#b71c1c", "#bf360c", "#6d5b00", "#33691e", "#1b5e20")


def colour(value: int, values: Iterable[int]) -> str:
    """The colour of `value` on a scale whose ratings have `values` (the value itself counts:
    a retired rating may lie outside the active scale)."""
    known = [*values, value]
    worst, best = min(known), max(known)
    if best == worst:
        return STEPS[len(STEPS) // 2]
    place = (value - worst) / (best - worst)
    return STEPS[round(place * (len(STEPS) - 1))]
