"""python -m training.matching --base mpnet: the exported file's inputs follow the base model."""

from training.matching.fine_tune import input_names


class BertLike:
    def forward(self, input_ids, attention_mask=None, token_type_ids=None, position_ids=None):
        raise AssertionError("not run")


class MPNetLike:
    def forward(self, input_ids, attention_mask=None, position_ids=None, **kwargs):
        raise AssertionError("not run")


def test_a_minilm_export_keeps_the_three_inputs_the_runtime_feeds():
    assert input_names(BertLike()) == ["input_ids", "attention_mask", "token_type_ids"]


def test_an_mpnet_export_has_no_token_type_ids_which_mpnet_does_not_take():
    assert input_names(MPNetLike()) == ["input_ids", "attention_mask"]
