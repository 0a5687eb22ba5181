"""The queue decision's dataset: every extracted sentence of a labelled set, with its features.

Extraction runs once per article with the trained scorer and the rule (so the rule's own
decisions are recorded beside the features, to compare against). A sentence's target is the
number of labelled claims it holds, matched as `evaluate_extraction` matches them; a
sentence holding a labelled not-claim (furniture) is marked, since it must never be queued. The result
is cached as JSON, keyed by the labels, the extraction code and the scorer: new labels, new
rules or a new model rebuild it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from claims.extraction.evaluation import find_claim, load_labelled
from claims.extraction.pipeline import never_queued
from claims.extraction.queue_features import FEATURES, feature_rows
from claims.extraction.scoring import default_scorer, default_threshold

EXTRACTION_CODE = Path(__file__).resolve().parents[2] / "claims" / "extraction"


@dataclass
class ArticleRows:
    name: str
    labelled: int  # labelled claims, found or not
    features: list[list[float]]  # one row per extracted sentence, FEATURES order
    labels: list[int]  # labelled claims each sentence holds
    furniture: list[bool]  # holds a labelled not-claim (a caption, a credit, ...)
    held_back: list[bool]  # the rules never queue it (a question, nothing checkable, ...)
    rule_queued: list[bool]  # queued by the rule's threshold and margins


@dataclass
class Dataset:
    scorer: str
    features: list[str]
    articles: list[ArticleRows]

    def arrays(self) -> dict[str, np.ndarray]:
        """Rows of every article stacked: X, labels, held_back, rule_queued, group (article index)."""
        rows = [(i, a, j) for i, a in enumerate(self.articles) for j in range(len(a.labels))]
        return {
            "X": np.array([a.features[j] for _, a, j in rows], dtype=float).reshape(
                len(rows), len(self.features)
            ),
            "labels": np.array([a.labels[j] for _, a, j in rows], dtype=int),
            "furniture": np.array([a.furniture[j] for _, a, j in rows], dtype=bool),
            "held_back": np.array([a.held_back[j] for _, a, j in rows], dtype=bool),
            "rule_queued": np.array([a.rule_queued[j] for _, a, j in rows], dtype=bool),
            "group": np.array([i for i, _, _ in rows], dtype=int),
            "labelled": np.array([a.labelled for a in self.articles], dtype=int),
        }


FORMAT = 2  # the rows' fields; a new field invalidates older caches


def cache_key(labels: Path, scorer: str) -> str:
    digest = hashlib.sha256(f"{FORMAT} {scorer}".encode())
    for path in sorted([*labels.iterdir(), *EXTRACTION_CODE.glob("*.py")]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def build(labels: Path) -> Dataset:
    """Extract every labelled article in `labels` once and measure each sentence."""
    scorer, name = default_scorer()
    threshold = default_threshold()
    names = list(FEATURES)
    articles = []
    for article in load_labelled(labels):
        extraction = article.extract(scorer=scorer, threshold=threshold)  # the rule decides here
        claims = extraction.claims
        held = [c.start for c in (find_claim(claims, e.text) for e in article.claims) if c is not None]
        furniture = {
            c.start for c in (find_claim(claims, text) for text in article.not_claims) if c is not None
        }
        articles.append(
            ArticleRows(
                name=article.name,
                labelled=len(article.claims),
                features=feature_rows(claims, [c.score for c in claims], len(extraction.paragraphs), names),
                labels=[held.count(c.start) for c in claims],
                furniture=[c.start in furniture for c in claims],
                held_back=[never_queued(c) for c in claims],
                rule_queued=[c.check_worthy for c in claims],
            )
        )
    return Dataset(name, names, articles)


def load_or_build(labels: Path, cache: Path) -> Dataset:
    """The cached dataset when its key still matches, else a fresh one (and the cache rewritten)."""
    _, scorer = default_scorer()
    key = cache_key(labels, scorer)
    if cache.is_file():
        stored = json.loads(cache.read_text("utf-8"))
        if stored.get("key") == key:
            articles = [ArticleRows(**a) for a in stored["articles"]]
            return Dataset(stored["scorer"], stored["features"], articles)
    dataset = build(labels)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"key": key, **asdict(dataset)}), "utf-8")
    return dataset
