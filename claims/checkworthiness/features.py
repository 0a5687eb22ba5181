"""Text normalisation shared by training and scoring.

The training sentences are debate transcripts: plain ASCII quotes, no wrapping
quotation marks (the TSV quoting is removed by the csv reader). News text carries
curly quotes and whole quoted sentences, so we map both onto the transcript form
before the model sees them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_QUOTE_MAP = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'}
)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    text = _SPACE.sub(" ", text.translate(_QUOTE_MAP)).strip()
    # A sentence wrapped whole in quotation marks reads as the speaker's own words.
    if len(text) > 2 and text[0] == '"' and text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()
    return text


def model_text(sentence: str, context: Mapping | None = None) -> str:
    """The text the model scores for one sentence and what the pipeline knows about it."""
    return normalise(sentence)
