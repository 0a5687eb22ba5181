"""Words before a name that say what the person does or what they are called by custom are
not part of the name (issue #19, the fourteenth set): "Director of Operations Ann Roe",
"Importer Ravi Shah", a traditional leader's honorific."""

import pytest

from tests.extraction.reading import why


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (  # the department after "Director of" is the office, not a given name
            "Director of Facilities Gareth Mulvey told the board that 12 of 30 lifts were broken.",
            "12 of 30 lifts",
            "Gareth Mulvey",
        ),
        (
            "Head of Procurement Lina Ostrova said 40 contracts had been signed without tender.",
            "40 contracts",
            "Lina Ostrova",
        ),
        (  # a trade written before the name describes the person
            "Importer Devan Kaul, whose firm buys rice from Vietnam, said freight costs had doubled.",
            "freight costs",
            "Devan Kaul",
        ),
        (
            "Wholesaler Priya Menon said 300 tonnes of fruit had gone to waste.",
            "300 tonnes",
            "Priya Menon",
        ),
        (  # a traditional leader's honorific, as "Chief" or "Nana" is
            "Inkosi Bheki Dube told the station that 900 homes had been flooded.",
            "900 homes",
            "Bheki Dube",
        ),
        (
            "Kgoshi Tebogo Molefe opened the clinic. He said it had been closed for 41 days.",
            "41 days",
            "Tebogo Molefe",
        ),
        (  # the same word as a family name stays the name
            "Councillor Themba Nkosi said 30 ships were anchored off the port.",
            "30 ships",
            "Themba Nkosi",
        ),
    ],
)
def test_a_job_or_an_honorific_before_a_name_is_not_part_of_it(raw, fragment, speaker):
    assert why(raw, fragment)[0] == speaker
