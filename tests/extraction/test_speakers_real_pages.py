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
