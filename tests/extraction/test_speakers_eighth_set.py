"""Speakers in the eighth held-out set's layouts (issue #19): Malaysian honorifics and
offices written before a name, short forms of a name given in full earlier, phrases and
places that are not speakers, organisation names kept whole, and bodies written in lower
case that speak."""

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
