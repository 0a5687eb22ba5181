"""Witnesses a court report introduces in an appositive (issue #19, the fourteenth set): "heard
from X, a Y, who said ..." and "A third witness, Kyuso resident X, testified ..." are X's, and
the next "She said" follows X. All text is invented."""

from tests.extraction.reading import why


def test_heard_from_a_person_who_said_is_that_persons():
    raw = (
        "The court then heard from Tomas Wekesa, a surveyor with the Lakes Land Board, "
        "who said he measured the plot in May 2024 and found it 40 metres short."
    )
    assert why(raw, "40 metres short")[0] == "Tomas Wekesa"


def test_a_witness_named_after_a_description_of_them_speaks_and_is_the_next_she():
    raw = (
        "The prosecutor, Amina Odhiambo, told reporters during the lunch break that she was satisfied "
        "with the morning's evidence and expected to close her case before the end of January.\n\n"
        "A second witness, Kericho trader Lydia Chebet, testified that 14 stalls had been demolished. "
        "She said traders had lost 2 million shillings."
    )
    assert why(raw, "14 stalls")[0] == "Lydia Chebet"
    assert why(raw, "2 million shillings")[0] == "Lydia Chebet"
