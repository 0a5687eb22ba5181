"""Vectors of a list of texts, computed once and kept on disk.

The file name is the model id plus a digest of the texts themselves, so a changed data set,
field choice or model never reads stale vectors, and reruns of the evaluation are fast.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from claims.matching.encoder import SentenceEncoder


def texts_digest(texts: Sequence[str]) -> str:
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def cached_vectors(texts: Sequence[str], cache_dir: Path, encoder: SentenceEncoder) -> np.ndarray:
    path = cache_dir / f"{encoder.model_id}-{texts_digest(texts)}.npy"
    if path.exists():
        return np.load(path)
    vectors = encoder.encode(
        texts, workers=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    )
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp.npy")
    np.save(partial, vectors)
    partial.replace(path)
    return vectors
