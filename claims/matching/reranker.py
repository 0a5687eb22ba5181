"""A cross-encoder that reads a claim and a candidate fact-check together and says how likely
they are the same claim, to re-rank the fused matcher's best few.

The model is all-MiniLM-L6-v2 with a one-logit head, fine-tuned on the CheckThat! 2022 2A train
pairs against the shipped matcher's own wrong candidates by `python -m training.matching rerank`,
written to `model/reranker.onnx` beside this module, int8 weights turned back into float on load.
It did not beat the fusion on dev, so it is off (MATCHING_RERANK) and that file is not committed
(docs/matching.md). It shares the encoder's WordPiece tokenizer (`model/tokenizer.json`), whose
pair template is BERT's: [CLS] claim [SEP] fact-check [SEP]. onnxruntime only, no torch.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from claims.matching.encoder import TOKENIZER, onnx_session

MODEL = Path(__file__).parent / "model" / "reranker.onnx"
# Claim and fact-check together, cut from the longer of the two first (tweets: 60 tokens at the
# median, fact-checks "headline. claim" about 35); training used the same. The cost of a
# re-ranked query grows with it (candidates x tokens).
MAX_TOKENS = 96


class CrossEncoder:
    """Loads on first use; `probabilities` is thread-safe (one onnxruntime session)."""

    def __init__(self, threads: int = 1, model: Path | None = None) -> None:
        self.threads = threads
        self.model = model or MODEL
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._session is None:
                self._tokenizer = pair_tokenizer()
                self._session = onnx_session(self.model, self.threads)

    def logits(self, text: str, candidates: Sequence[str]) -> np.ndarray:
        """One logit per candidate (higher: more likely the same claim as `text`), one batch.
        Weights are float at run time, so padding in the batch does not move a score."""
        if not candidates:
            return np.zeros(0, dtype=np.float32)
        if self._session is None:
            self._load()
        feeds = pair_inputs(self._tokenizer, text, candidates)
        return self._session.run(None, feeds)[0][:, 0].astype(np.float32)

    def probabilities(self, text: str, candidates: Sequence[str]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(text, candidates)))


def pair_tokenizer():
    """The encoder's tokenizer, cutting a pair to MAX_TOKENS and padding a batch to its longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(max_length=MAX_TOKENS, strategy="longest_first")
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id("[PAD]"), pad_token="[PAD]")
    return tokenizer


def pair_inputs(tokenizer, text: str, candidates: Sequence[str]) -> dict[str, np.ndarray]:
    """The model's inputs for (text, candidate) pairs, padded to the longest: what training feeds too."""
    encodings = tokenizer.encode_batch([(text or " ", c or " ") for c in candidates])
    fields = (("input_ids", "ids"), ("attention_mask", "attention_mask"), ("token_type_ids", "type_ids"))
    return {name: np.array([getattr(e, field) for e in encodings], dtype=np.int64) for name, field in fields}


def combine(fused: Sequence[float], probability: Sequence[float], weight: float) -> np.ndarray:
    """The re-ranked score: the fused score and the cross-encoder's probability, `weight` on the
    latter (1.0 at most, like the fused score)."""
    return (1 - weight) * np.asarray(fused, dtype=np.float32) + weight * np.asarray(probability)


def available(model: Path | None = None) -> bool:
    return (model or MODEL).is_file()


@cache
def shared_reranker() -> CrossEncoder:
    return CrossEncoder()
