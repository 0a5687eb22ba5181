"""The check-worthiness figures in docs/checkworthiness.md are the shipped model card's, so they
cannot drift apart."""

import re
from pathlib import Path

from claims.checkworthiness import MODEL_DIR, model_card

DOC = (Path(__file__).resolve().parents[2] / "docs" / "checkworthiness.md").read_text(encoding="utf-8")
CARD = model_card.read(MODEL_DIR)


def test_the_docs_state_the_threshold_the_model_card_ships():
    stated = re.findall(r"The threshold \((\d\.\d+)\) was chosen on validation", DOC)

    assert stated == [f"{CARD['threshold']:.3f}"]


def test_the_docs_figures_table_is_the_model_cards_results_at_that_threshold():
    for row, split in (("validation", "validation"), ("dev-test", "dev-test"), ("official test", "test")):
        results = CARD["results"][split]["threshold"]
        expected = [f"{results[m]:.3f}" for m in ("precision", "recall", "f1", "average_precision")]
        # The model's table: a split and its four figures (other tables start rows alike).
        [line] = [line for line in DOC.splitlines() if line.startswith(f"| {row} |") and line.count("|") == 6]
        stated = re.findall(r"\d\.\d{3}", line)
        assert stated == expected, line
