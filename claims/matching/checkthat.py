"""Reading the CheckThat! 2022 Task 2A data: verified claims, queries (tweets) and qrels.

The data is for research use: it is read from a folder outside the repository, never shipped.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path


class DataError(ValueError):
    """The folder or split is missing or malformed (the command exits 2 with this message)."""


@dataclass(frozen=True)
class VerifiedClaim:
    id: str
    claim: str
    title: str
    date: str


@dataclass(frozen=True)
class Split:
    queries: dict[str, str]  # tweet id -> text
    relevant: dict[str, set[str]]  # tweet id -> ids of the verified claims that check it


def read_vclaims(folder: Path) -> list[VerifiedClaim]:
    path = folder / "vclaims.jsonl"
    if not path.is_file():
        raise DataError(f"{path} not found")
    claims = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                row = json.loads(line)
                claims.append(
                    VerifiedClaim(
                        row["vclaim_id"], row["vclaim"], row.get("title") or "", row.get("date") or ""
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise DataError(f"{path}:{number}: not a verified claim ({error})") from error
    return claims


def read_split(folder: Path, name: str) -> Split:
    qrels = folder / f"{name}_qrels.tsv"
    queries_file = folder / f"{name}_queries.tsv"
    if not queries_file.is_file() and name in ("train", "dev"):
        queries_file = folder / "train-dev_queries.tsv"
    for path in (qrels, queries_file):
        if not path.is_file():
            raise DataError(f"{path} not found")
    relevant: dict[str, set[str]] = {}
    for number, row in enumerate(_tsv(qrels), 1):
        if len(row) != 4:
            raise DataError(f"{qrels}:{number}: expected 4 columns, got {len(row)}")
        relevant.setdefault(row[0], set()).add(row[2])
    texts = {}
    for number, row in enumerate(_tsv(queries_file), 1):
        if len(row) != 2:
            raise DataError(f"{queries_file}:{number}: expected 2 columns, got {len(row)}")
        texts[row[0]] = row[1]
    missing = relevant.keys() - texts.keys()
    if missing:
        raise DataError(f"{len(missing)} queries of {qrels.name} have no text in {queries_file.name}")
    return Split({tid: texts[tid] for tid in relevant}, relevant)


def _tsv(path: Path):
    with path.open(encoding="utf-8", newline="") as rows:
        yield from csv.reader(rows, delimiter="\t")
