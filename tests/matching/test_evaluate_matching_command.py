"""`manage.py evaluate_matching` on a tiny CheckThat!-shaped folder written by the test
(the real data is research-use only and never committed; CI runs the full dev split)."""

import json

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from claims.management.commands import evaluate_matching
from claims.matching.encoder import model_file, model_id, zero_shot_model_file
from claims.matching.evaluation import average_precision_at, recall_at, reciprocal_rank

VCLAIMS = [
    ("v-eiffel", "The Eiffel Tower will be moved to Las Vegas.", "Is the Eiffel Tower moving?"),
    ("v-bleach", "Drinking bleach cures the coronavirus.", "Does bleach cure covid?"),
    ("v-gates", "Bill Gates plans to put microchips in vaccines.", "Gates and the microchips"),
    ("v-veto", "Russia has vetoed every UN resolution on Syria since 2011.", "Russia's vetoes"),
]
QUERIES = [
    ("t1", "Paris's tower is being relocated to Nevada pic.twitter.com/abc", "v-eiffel"),
    ("t2", "Doctors say drinking bleach will kill covid — Someone (@someone) May 1, 2020", "v-bleach"),
    ("t3", "Gates wants to implant chips with the jab", "v-gates"),
]


@pytest.fixture
def data(tmp_path):
    lines = [
        json.dumps({"vclaim_id": i, "vclaim": c, "title": t, "date": "1 May 2020"}) for i, c, t in VCLAIMS
    ]
    (tmp_path / "vclaims.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "dev_queries.tsv").write_text("".join(f"{q}\t{text}\n" for q, text, _ in QUERIES))
    (tmp_path / "dev_qrels.tsv").write_text("".join(f"{q}\t0\t{v}\t1\n" for q, _, v in QUERIES))
    return tmp_path


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("evaluate_matching", *args, stdout=out)
    return out.getvalue()


def test_it_prints_every_metric_for_bm25_dense_and_fusion(data, tmp_path):
    output = run("--data", str(data), "--split", "dev", "--cache-dir", str(tmp_path / "cache"))
    lines = output.splitlines()
    assert lines[0] == "split dev: 3 queries over 4 verified claims"
    assert lines[1].split() == ["method", "MAP@1", "MAP@5", "MRR", "R@10", "q/s", "p50ms", "p99ms"]
    assert [line.split()[0] for line in lines[2:]] == ["bm25", "dense", "fusion"]
    fusion = lines[-1].split()
    assert fusion[1:5] == ["1.000", "1.000", "1.000", "1.000"]


def test_cosines_shows_what_each_cut_off_keeps_of_the_right_and_the_wrong_matches(data, tmp_path):
    output = run("--data", str(data), "--split", "dev", "--cache-dir", str(tmp_path / "cache"), "--cosines")
    lines = output.splitlines()
    start = lines.index("top-5 cosines: 3 right matches, 9 wrong ones")  # 4 verified claims a query
    assert lines[start + 1].split() == ["cut-off", "right", "kept", "wrong", "kept"]
    rows = [line.split() for line in lines[start + 2 :]]
    assert [row[0] for row in rows] == [f"{cut:.2f}" for cut in evaluate_matching.CUT_OFFS]
    right = [float(row[1]) for row in rows]
    wrong = [float(row[2]) for row in rows]
    assert right == sorted(right, reverse=True) and wrong == sorted(wrong, reverse=True)
    assert right[0] > wrong[0]  # the rewordings are closer in meaning than the other claims


class Undecided:
    """A cross-encoder that finds every candidate as likely (its model file is not committed)."""

    def probabilities(self, text, candidates):
        return np.full(len(candidates), 0.5, dtype=np.float32)


def test_with_reranking_on_the_reranked_row_comes_last_and_is_the_gate(data, tmp_path, settings, monkeypatch):
    settings.MATCHING_RERANK = True
    monkeypatch.setattr(evaluate_matching, "shared_reranker", Undecided)
    output = run("--data", str(data), "--split", "dev", "--cache-dir", str(tmp_path), "--min-map5", "1.0")
    lines = output.splitlines()
    assert [line.split()[0] for line in lines[2:]] == ["bm25", "dense", "fusion", "rerank"]
    assert lines[-1].split()[1:5] == ["1.000", "1.000", "1.000", "1.000"]


def test_vectors_are_cached_by_model_and_text(data, tmp_path):
    cache = tmp_path / "cache"
    run("--data", str(data), "--split", "dev", "--cache-dir", str(cache))
    cached = sorted(cache.glob("*.npy"))
    assert len(cached) == 2  # the claims and the headlines
    assert all(path.name.startswith("all-MiniLM-L6-v2-int8-") for path in cached)
    run("--data", str(data), "--split", "dev", "--cache-dir", str(cache))
    assert sorted(cache.glob("*.npy")) == cached


def test_the_zero_shot_model_is_scored_with_vectors_of_its_own(data, tmp_path):
    cache = tmp_path / "cache"
    run("--data", str(data), "--split", "dev", "--cache-dir", str(cache))
    zero_shot = str(zero_shot_model_file())
    output = run("--data", str(data), "--split", "dev", "--cache-dir", str(cache), "--model", zero_shot)
    assert [line.split()[0] for line in output.splitlines()[2:]] == ["bm25", "dense", "fusion"]
    models = {path.name.rsplit("-", 1)[0] for path in cache.glob("*.npy")}
    assert models == {model_id(model_file()), model_id(zero_shot_model_file())}


def test_a_floor_above_the_score_fails_with_exit_1(data, tmp_path):
    with pytest.raises(CommandError) as failure:
        run("--data", str(data), "--split", "dev", "--cache-dir", str(tmp_path), "--min-map5", "1.01")
    assert failure.value.returncode == 1


@pytest.mark.parametrize("split", ["test", "nonsense"])
def test_a_missing_split_exits_2_with_one_line(data, split):
    with pytest.raises(CommandError) as failure:
        run("--data", str(data), "--split", split)
    assert failure.value.returncode == 2
    assert f"{split}_qrels.tsv not found" in str(failure.value)


def test_a_malformed_verified_claim_exits_2_naming_the_line(data):
    (data / "vclaims.jsonl").write_text('{"vclaim_id": "x", "vclaim": "ok"}\nnot json\n')
    with pytest.raises(CommandError) as failure:
        run("--data", str(data), "--split", "dev")
    assert failure.value.returncode == 2
    assert "vclaims.jsonl:2" in str(failure.value)


def test_map_at_5_counts_a_hit_at_rank_2_as_one_half():
    assert average_precision_at(["a", "b", "c"], {"b"}, 5) == 0.5
    assert average_precision_at(["a", "b", "c"], {"b"}, 1) == 0.0
    assert average_precision_at(["a", "b"], {"a", "b"}, 5) == 1.0
    assert reciprocal_rank(["a", "b", "c"], {"c"}) == pytest.approx(1 / 3)
    assert recall_at(["a", "b", "c"], {"c", "z"}, 2) == 0.0
