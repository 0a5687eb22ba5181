"""How the extraction tests read a result: who speaks each sentence, which claims are kept,
what was skipped and why. Shared by the behaviour modules so each reads the same way."""

from claims.extraction.boilerplate import classify_paragraphs
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.pipeline import analyse, extract
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import Attribution, attribute
from claims.extraction.transcripts import turns


def _kept_layout(raw: str):
    """The laid-out text and the paragraphs the furniture rules keep."""
    layout = lay_out(normalise(raw))
    reasons = classify_paragraphs([layout.text[s:e] for s, e in layout.paragraphs])
    kept = [i for i in range(len(layout.paragraphs)) if i not in reasons]
    return layout, kept


def attributions(raw: str) -> list[tuple[str, Attribution]]:
    """Each kept sentence with its attribution, running the speaker stage alone."""
    layout, kept = _kept_layout(raw)
    sentences = [(s, e, i) for i in kept for s, e in split_sentences(layout.text, *layout.paragraphs[i])]
    found, _ = attribute(layout.text, layout.paragraphs, sentences, kept)
    return [(layout.text[s:e], a) for (s, e, _), a in zip(sentences, found, strict=True)]


def attributed(raw: str) -> list[tuple[str, str | None, bool, bool]]:
    return [(text, a.speaker, a.is_quote, a.is_reported) for text, a in attributions(raw)]


def why(raw: str, fragment: str) -> tuple[str | None, str]:
    """The speaker of the first sentence containing `fragment`, and the reason given."""
    return next((a.speaker, a.reason) for text, a in attributions(raw) if fragment in text)


def speaker_of(raw: str, fragment: str) -> str | None:
    return next(speaker for text, speaker, _, _ in attributed(raw) if fragment in text)


def speakers_of(paragraphs: list[str], *fragments: str) -> list[str | None]:
    text = "\n\n".join(paragraphs)
    return [why(text, fragment)[0] for fragment in fragments]


def turn_labels(raw: str) -> list[tuple[int, str]]:
    """Where each transcript turn starts, and its label."""
    layout, kept = _kept_layout(raw)
    return [(t.start, t.label.label) for t in turns(layout.text, layout.paragraphs, kept)]


def claim_texts(raw: str) -> list[str]:
    return [c.text for c in analyse(raw).claims]


def unwrapped_claim_texts(text: str) -> list[str]:
    """The claims with line breaks and runs of spaces closed up."""
    return [" ".join(claim.text.split()) for claim in extract(text).claims]


def claim_speakers(raw: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in analyse(raw).claims}


def skipped_reasons(raw: str) -> dict[str, str]:
    return {s.text: s.reason for s in analyse(raw).skipped}


def claims_in_order(article) -> list[str]:
    """The claims in reading order (extraction ranks them)."""
    return [claim.text for claim in sorted(article.claims, key=lambda claim: claim.start)]


def distinct_claims_in_order(article) -> list[str]:
    """The claims in reading order, a text repeated on the page listed once."""
    starts = {claim.text: claim.start for claim in article.claims}
    return sorted(starts, key=starts.get)
