"""Speakers in layouts seen on real news pages (issue #19): inverted reporting verbs beyond
"said", reported-by chains through an agency, and transcript role labels."""

from tests.extraction.test_speakers import _why


def _speakers(paragraphs: list[str], *fragments: str) -> list[str | None]:
    text = "\n\n".join(paragraphs)
    return [_why(text, fragment)[0] for fragment in fragments]


def test_a_name_after_reminded_or_criticised_speaks_the_quote_before_it():
    inverted = [
        '"We doubled the icebreaker budget last year," reminded deputy minister Aleksander Brodny.',
        '"Rail capacity is already booked until March," criticised Vera Kostenko, a consultant.',
    ]
    assert _speakers(inverted, "icebreaker budget", "booked until March") == [
        "Aleksander Brodny",
        "Vera Kostenko",
    ]


SPEECH = [
    "Remarks by President Adaeze Calloway at the opening of the Port Sorrel terminal",
    "THE PRESIDENT: This terminal will handle 900,000 containers a year.",
    "THE PRESIDENT: Today ships wait four days to unload at this port.",
]


def test_a_role_label_speaks_as_the_person_the_framing_line_names_for_that_role():
    assert _speakers(SPEECH, "900,000 containers", "four days") == ["Adaeze Calloway"] * 2


def test_a_role_label_with_no_holder_named_speaks_as_the_role():
    assert _speakers(SPEECH[1:], "900,000 containers") == ["The President"]


def test_an_agency_that_reports_someone_as_saying_relays_them_and_they_speak():
    relayed = [
        "The Baltavia News Agency reported the agriculture ministry as saying that 1.8 million tonnes"
        " of wheat were waiting.",
        "Interlink cited deputy port director Oskar Reinholt as saying that two icebreakers were idle.",
        "The agency quoted farmers' union leader Magda Teliga as saying that growers had lost 40 dollars.",
    ]
    assert _speakers(relayed, "1.8 million tonnes", "two icebreakers", "40 dollars") == [
        "agriculture ministry",
        "Oskar Reinholt",
        "Magda Teliga",
    ]
