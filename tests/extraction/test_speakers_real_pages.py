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


RELAYED = (
    "The Baltavia News Agency reported the agriculture ministry as saying that 1.8 million tonnes"
    " of wheat were waiting.\n\n"
    "Interlink cited deputy port director Oskar Reinholt as saying that two icebreakers were idle.\n\n"
    "The agency quoted farmers' union leader Magda Teliga as saying that growers had lost 40 dollars a tonne."
)


def test_an_agency_that_reports_someone_as_saying_relays_them_and_they_speak():
    assert _why(RELAYED, "1.8 million tonnes")[0] == "agriculture ministry"
    assert _why(RELAYED, "two icebreakers")[0] == "Oskar Reinholt"
    assert _why(RELAYED, "40 dollars a tonne")[0] == "Magda Teliga"
