"""Read the CheckThat! 2024 Task 1 English TSV files.

The files are CSV-quoted TSV (a quoted field may hold a tab), so they go through
csv.DictReader. One train line holds two records run together (a newline went
missing in the source: "...grow.<TAB>No29286<TAB>You can't..."); we split it back
into its two records rather than drop or mislabel either.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

SPLIT_FILES = {
    "train": "CT24_checkworthy_english_train.tsv",
    "dev": "CT24_checkworthy_english_dev.tsv",
    "dev-test": "CT24_checkworthy_english_dev-test.tsv",
    "test": "CT24_checkworthy_english_test_gold.tsv",
}

_LABELS = {"Yes": True, "No": False}
# A label glued to the next record's id, e.g. "No29286".
_GLUED_LABEL = re.compile(r"^(Yes|No)(\d+)$")


class DatasetError(Exception):
    """The data directory or one of its files is missing or malformed."""


@dataclass(frozen=True)
class Example:
    sentence_id: str
    text: str
    label: bool


def split_path(data_dir: Path | str, split: str) -> Path:
    if split not in SPLIT_FILES:
        raise DatasetError(f"unknown split {split!r}; expected one of {sorted(SPLIT_FILES)}")
    return Path(data_dir) / SPLIT_FILES[split]


def check_data_dir(data_dir: Path | str, splits: tuple[str, ...] = tuple(SPLIT_FILES)) -> None:
    """Raise DatasetError naming the first missing file, before any slow work starts."""
    root = Path(data_dir)
    if not root.is_dir():
        raise DatasetError(f"data directory not found: {root}")
    for split in splits:
        path = split_path(root, split)
        if not path.is_file():
            raise DatasetError(f"missing {split} file: {path}")


def _records(fields: list[str]) -> list[tuple[str, str, str]]:
    """Turn one parsed row (id, text, label, and any overflow) into records."""
    records = []
    while len(fields) > 3:
        glued = _GLUED_LABEL.match(fields[2])
        if glued is None:
            raise DatasetError(f"row {fields[0]!r} has {len(fields)} fields")
        records.append((fields[0], fields[1], glued.group(1)))
        fields = [glued.group(2), *fields[3:]]
    if len(fields) != 3:
        raise DatasetError(f"row {fields[:1]!r} has {len(fields)} fields")
    records.append((fields[0], fields[1], fields[2]))
    return records


def read_split(data_dir: Path | str, split: str) -> list[Example]:
    path = split_path(data_dir, split)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DatasetError(f"cannot read {split} file {path}: {exc.strerror}") from exc
    examples = []
    with handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if reader.fieldnames != ["Sentence_id", "Text", "class_label"]:
            raise DatasetError(f"{path.name}: unexpected header {reader.fieldnames}")
        for row in reader:
            fields = [row["Sentence_id"], row["Text"], row["class_label"], *row.get(None, [])]
            for sentence_id, text, label in _records(fields):
                if label not in _LABELS:
                    raise DatasetError(f"{path.name}: row {sentence_id} has label {label!r}")
                examples.append(Example(sentence_id, text, _LABELS[label]))
    return examples


# The share of train + dev held out as the validation split every choice is made on.
VALIDATION_SHARE = 0.15


def _stable_rank(example: Example) -> str:
    """A hash of the sentence id: the same order on every machine and every run."""
    return hashlib.sha256(example.sentence_id.encode()).hexdigest()


def carve_validation(
    examples: list[Example], share: float = VALIDATION_SHARE
) -> tuple[list[Example], list[Example]]:
    """(fit, validation): per label, the share of examples whose id hashes lowest goes to
    validation, so the split is stratified and holds the same sentences every time."""
    held_out = set()
    for label in (True, False):
        same_label = sorted((e for e in examples if e.label is label), key=_stable_rank)
        held_out.update(id(e) for e in same_label[: round(len(same_label) * share)])
    fit = [e for e in examples if id(e) not in held_out]
    validation = [e for e in examples if id(e) in held_out]
    return fit, validation


def read_fit_and_validation(
    data_dir: Path | str, include_dev: bool = True
) -> tuple[list[Example], list[Example]]:
    """train (+ dev) split into the sentences to train on and the validation carve."""
    pool = read_split(data_dir, "train")
    if include_dev:
        pool += read_split(data_dir, "dev")
    return carve_validation(pool)
