"""A person "of" a body the text describes on the way ("of Nairobi-based think tank X", "of
the research group X") speaks, not the body (issue #19, the fourteenth set). Invented text."""

import pytest

from tests.extraction.reading import why


@pytest.mark.parametrize(
    "raw",
    [
        "Economist Ruth Kiprono of Eldoret-based think tank FarmWatch said maize prices fell by a fifth.",
        "Ruth Kiprono of the research group FarmWatch Kenya said maize prices fell by a fifth.",
    ],
)
def test_a_person_of_a_body_described_on_the_way_is_the_speaker(raw):
    assert why(raw, "a fifth")[0] == "Ruth Kiprono"
