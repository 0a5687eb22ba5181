"""Run the exported sentence classifier with onnxruntime and `tokenizers`.

No torch at run time: the model directory holds `model.onnx` (int8) and
`tokenizer.json`, both written by training/checkworthiness/fine_tune.py.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

MAX_TOKENS = 128
# One sentence per run. Dynamic int8 quantisation scales activations per batch, so in a
# batch a sentence's score would shift slightly with its neighbours and their padding; and
# batching buys little here (measured: about the same sentences per CPU-second at 1 as
# at 32 sorted by length, a third of that at 32 unsorted).
BATCH_SIZE = 1


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class OnnxClassifier:
    """threads: how many sentences are scored at once (default: one per available core).

    Each run uses one core: a sentence of 20 tokens is too small to split across cores
    (measured with MiniLM on 2 cores: 201 sentences/s with 2 intra-op threads per run, 259
    with two single-threaded runs side by side), and single-threaded runs never spin-wait,
    so idle cores stay free for the other Celery workers.
    """

    def __init__(
        self,
        model_dir: Path,
        max_tokens: int = MAX_TOKENS,
        threads: int | None = None,
        calibration: tuple[float, float] = (1.0, 0.0),
    ) -> None:
        self.calibration = calibration
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        # Pad to the longest sentence of each batch, not to a fixed length.
        pad = "[PAD]" if self.tokenizer.token_to_id("[PAD]") is not None else "<pad>"  # BERT / MPNet
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id(pad), pad_token=pad)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # One session serves every thread (InferenceSession.run is thread-safe).
        self.session = onnxruntime.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.threads = max(1, threads or available_cores())
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def _executor(self) -> ThreadPoolExecutor:
        # Created on first use, so a Celery prefork parent that imports us starts no threads.
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="checkworthiness")
            return self._pool

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        }
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
        (batch_logits,) = self.session.run(["logit"], feeds)
        return batch_logits.reshape(-1)

    def logits(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """One logit per text, in input order."""
        out = np.empty(len(texts), dtype=np.float32)
        # Batches of similar length waste less compute on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = [order[start : start + batch_size] for start in range(0, len(order), batch_size)]

        def run(share: list[list[int]]) -> None:
            for idx in share:
                out[idx] = self._run([texts[i] for i in idx])

        workers = min(self.threads, len(batches))
        if workers <= 1:
            run(batches)
        else:  # every worker gets short and long sentences alike
            list(self._executor().map(run, [batches[w::workers] for w in range(workers)]))
        return out

    def probabilities(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        return calibrated(self.logits(texts, batch_size), self.calibration)


def calibrated(logits: np.ndarray, calibration: tuple[float, float] = (1.0, 0.0)) -> np.ndarray:
    """sigmoid(slope x logit + intercept) with the card's (slope, intercept): Platt scaling
    fitted on validation, so a score reads as the share of such sentences fact-checkers pick."""
    slope, intercept = calibration
    return 1.0 / (1.0 + np.exp(-(slope * np.asarray(logits, dtype=np.float64) + intercept)))
