from claims.extraction.dedupe import (
    content_hash,
    is_near_duplicate,
    normalise_for_dedupe,
    similar_key,
    similarity,
)


def test_typography_case_and_spacing_do_not_change_the_content_hash():
    assert content_hash("“Russia” vetoed  it.") == content_hash('"russia" vetoed it.')


def test_different_text_has_a_different_hash():
    assert content_hash("Russia vetoed it.") != content_hash("Russia backed it.")


def test_normalise_for_dedupe_folds_width_and_case():
    assert normalise_for_dedupe("ＦＵＬＬ  Width’s") == "full width's"


def test_similar_key_ignores_stop_words_order_and_plurals():
    assert similar_key("The coalition conducts air raids in Syria") == similar_key(
        "Air raid in Syria: coalition conducts"
    )


def test_a_lightly_edited_claim_is_a_near_duplicate():
    a = "Russia has delivered weapons to Syria and shielded Assad at the UN Security Council."
    b = "Russia delivered weapons to Syria and has shielded Assad at the UN Security Council"
    assert is_near_duplicate(a, b)


def test_different_claims_are_not_near_duplicates():
    assert similarity("Russia vetoed the resolution.", "The coalition conducts air raids over Syria.") < 0.2
