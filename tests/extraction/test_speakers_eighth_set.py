"""Speakers in the eighth held-out set's layouts (issue #19): Malaysian honorifics and
offices written before a name, short forms of a name given in full earlier, phrases and
places that are not speakers, organisation names kept whole, and bodies written in lower
case that speak."""

import pytest

from tests.extraction.test_speakers import _why


def test_a_malaysian_honorific_is_not_part_of_the_name():
    text = (
        "Rubber smallholders want a bigger replanting grant.\n\n"
        "Datuk Rosnah Ismail, who heads the Perak growers' council, said 2,300 of its members had"
        " stopped tapping this year.\n\n"
        "Tan Sri Farid Osman, the council's patron, said prices had fallen by 18 per cent since March."
    )
    assert _why(text, "2,300 of its members")[0] == "Rosnah Ismail"
    assert _why(text, "fallen by 18 per cent")[0] == "Farid Osman"


def test_an_office_written_before_the_name_is_not_part_of_the_name():
    text = (
        "Supervisor Marta Quintero said the county had opened 12 new shelters since June.\n\n"
        "Leader of the Opposition Arvind Kale said 40 schools still had no toilets.\n\n"
        "Inverness North MSP Callum Baird said the ferry had been cancelled 61 times this year."
    )
    assert _why(text, "12 new shelters")[0] == "Marta Quintero"
    assert _why(text, "40 schools")[0] == "Arvind Kale"
    assert _why(text, "cancelled 61 times")[0] == "Callum Baird"


RECORD = (
    "ORAL ANSWERS TO QUESTIONS\n\n"
    "4. Mr. Dev Rampersad (Arima East) asked the Minister of Health how many clinics are open at night.\n\n"
    "The Minister of Health (Hon. Priya Mahabir): Thank you, Madam Speaker. Nine of the 31 clinics"
    " in the region now open until midnight.\n\n"
    "Mr. Rampersad: Would the Minister agree that waiting times doubled last year?\n\n"
    "Hon. P. Mahabir: No. Average waiting times fell to 47 minutes in October.\n\n"
    "Madam Speaker: Next question."
)


def test_a_minister_named_in_brackets_answers_in_a_record_of_title_and_surname_labels():
    assert _why(RECORD, "Nine of the 31 clinics")[0] == "Priya Mahabir"


def test_an_initialled_label_is_the_member_named_in_full_earlier():
    assert _why(RECORD, "fell to 47 minutes")[0] == "Priya Mahabir"


def test_a_name_written_family_name_first_is_its_own_short_form():
    text = (
        "Mr Tan Wei Ming, 61, who sells kaya toast in Tampines, said his rent had risen by 40 per cent.\n\n"
        '"If it rises again, I will have to close by March," Mr Tan said.'
    )
    assert _why(text, "close by March")[0] == "Tan Wei Ming"


def test_a_participle_phrase_before_the_name_is_not_a_speaker():
    text = (
        "Port director K. Ramesh opened the new berth on Monday.\n\n"
        "Speaking to reporters at Ennore, Ramesh said 11 of the 18 cranes were already working."
    )
    assert _why(text, "11 of the 18 cranes")[0] == "K. Ramesh"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The opposition People's Front alleged that the board had hidden the audit.",
            "hidden",
            "People’s Front",
        ),
        (
            "The National Grid Operator says 21,000 homes are still without power.",
            "21,000",
            "National Grid Operator",
        ),
        (
            "The province sent seed.\n\nAid groups say that is a third of what farmers need.",
            "a third",
            "Aid groups",
        ),
        (
            "Homes in Lamontville had no power for nine days, according to ward councillors.",
            "nine",
            "ward councillors",
        ),
        (
            "The municipality says the cables are old. It told us that 7 of its 20 substations are full.",
            "7 of",
            "municipality",
        ),
    ],
)
def test_a_body_speaks_under_its_whole_name_or_as_the_text_writes_it(text, fragment, speaker):
    assert _why(text, fragment)[0] == speaker
