"""Speakers in layouts seen on real news pages (issue #19): inverted reporting verbs beyond
"said", reported-by chains through an agency, and transcript role labels."""

from tests.extraction.test_speakers import _why

INVERTED = (
    '"We doubled the icebreaker budget last year," reminded deputy minister Aleksander Brodny.\n\n'
    '"Rail capacity is already booked until March," criticised Vera Kostenko, a consultant.'
)


def test_a_name_after_reminded_or_criticised_speaks_the_quote_before_it():
    assert _why(INVERTED, "icebreaker budget")[0] == "Aleksander Brodny"
    assert _why(INVERTED, "booked until March")[0] == "Vera Kostenko"


SPEECH = (
    "Remarks by President Adaeze Calloway at the opening of the Port Sorrel terminal\n\n"
    "THE PRESIDENT: This terminal will handle 900,000 containers a year.\n\n"
    "THE PRESIDENT: Today ships wait four days to unload at this port."
)


def test_a_role_label_speaks_as_the_person_the_framing_line_names_for_that_role():
    assert _why(SPEECH, "900,000 containers")[0] == "Adaeze Calloway"
    assert _why(SPEECH, "four days")[0] == "Adaeze Calloway"


def test_a_role_label_with_no_holder_named_speaks_as_the_role():
    unframed = SPEECH.split("\n\n", 1)[1]
    assert _why(unframed, "900,000 containers")[0] == "The President"
