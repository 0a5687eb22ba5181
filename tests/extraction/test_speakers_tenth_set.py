"""Speakers in the tenth held-out set's layouts (issue #19): a Fijian chiefly title before a
name, and the title with the given name alone later standing for the person named in full."""

from tests.extraction.test_speakers import _why


def test_a_chiefly_title_and_a_given_name_stand_for_the_person_named_in_full():
    text = (
        "Cassava growers want a new packing shed.\n\n"
        "The Minister for Agriculture, Ratu Tevita Naivalu, said the shed would open in April.\n\n"
        "Ratu Tevita said 140 growers had signed up to supply it."
    )
    assert _why(text, "open in April")[0] == "Tevita Naivalu"
    assert _why(text, "140 growers")[0] == "Tevita Naivalu"
