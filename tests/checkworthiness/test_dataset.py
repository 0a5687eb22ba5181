import pytest

from claims.checkworthiness.dataset import DatasetError, check_data_dir, read_split

HEADER = "Sentence_id\tText\tclass_label\n"


def write_split(tmp_path, body: str):
    path = tmp_path / "CT24_checkworthy_english_train.tsv"
    path.write_text(HEADER + body, encoding="utf-8")
    return tmp_path


def test_it_reads_a_quoted_field_that_holds_a_tab_and_quotes(tmp_path):
    data = write_split(tmp_path, '1\t"He said ""no""\tthen left."\tYes\n2\tThanks.\tNo\n')
    examples = read_split(data, "train")
    assert [(e.sentence_id, e.text, e.label) for e in examples] == [
        ("1", 'He said "no"\tthen left.', True),
        ("2", "Thanks.", False),
    ]


def test_it_splits_two_records_run_together_on_one_line(tmp_path):
    data = write_split(tmp_path, "7\tWe grow.\tNo29286\tJobs left.\tYes\n")
    examples = read_split(data, "train")
    assert [(e.sentence_id, e.text, e.label) for e in examples] == [
        ("7", "We grow.", False),
        ("29286", "Jobs left.", True),
    ]


def test_an_unknown_label_is_an_error(tmp_path):
    data = write_split(tmp_path, "1\tHello.\tMaybe\n")
    with pytest.raises(DatasetError, match="Maybe"):
        read_split(data, "train")


def test_a_missing_directory_is_reported_before_any_work(tmp_path):
    with pytest.raises(DatasetError, match="not found"):
        check_data_dir(tmp_path / "nowhere")


def _examples(positives: int, negatives: int):
    from claims.checkworthiness.dataset import Example

    return [Example(str(i), f"sentence {i}", i < positives) for i in range(positives + negatives)]


def test_the_validation_carve_holds_the_same_sentences_whatever_the_input_order():
    from claims.checkworthiness.dataset import carve_validation

    examples = _examples(200, 600)
    _, validation = carve_validation(examples)
    _, reversed_validation = carve_validation(list(reversed(examples)))

    assert {e.sentence_id for e in validation} == {e.sentence_id for e in reversed_validation}


def test_the_validation_carve_keeps_each_labels_share_and_leaves_nothing_out():
    from claims.checkworthiness.dataset import carve_validation

    fit, validation = carve_validation(_examples(200, 600))

    assert sum(e.label for e in validation) == 30 and len(validation) == 120
    assert {e.sentence_id for e in fit} | {e.sentence_id for e in validation} == {str(i) for i in range(800)}
    assert not {e.sentence_id for e in fit} & {e.sentence_id for e in validation}
