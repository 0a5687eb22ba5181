"""Run the exported sentence classifier with onnxruntime and `tokenizers`.

No torch at run time: the model directory holds `model.onnx` (int8) and
`tokenizer.json`, both written by training.py.
"""

from __future__ import annotations

from collections.abc import Sequence
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


class OnnxClassifier:
    def __init__(self, model_dir: Path, max_tokens: int = MAX_TOKENS, threads: int | None = None) -> None:
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        # Pad to the longest sentence of each batch, not to a fixed length.
        pad = "[PAD]" if self.tokenizer.token_to_id("[PAD]") is not None else "<pad>"  # BERT / MPNet
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id(pad), pad_token=pad)
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        # Celery prefork workers each load their own session; one inter-op thread is plenty,
        # and idle threads must not spin: on 2 shared cores spinning starves the other workers.
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(
            str(model_dir / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}

    def logits(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """One logit per text, in input order."""
        out = np.empty(len(texts), dtype=np.float32)
        # Batches of similar length waste less compute on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in idx])
            feeds = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            }
            if "token_type_ids" in self.input_names:
                feeds["token_type_ids"] = np.zeros_like(feeds["input_ids"])
            (batch_logits,) = self.session.run(["logit"], feeds)
            out[idx] = batch_logits.reshape(-1)
        return out

    def probabilities(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(texts, batch_size).astype(np.float64)))
