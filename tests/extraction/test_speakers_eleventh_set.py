"""Speakers in the eleventh held-out set's layouts (issue #19): what someone does written before
the name, a short form standing for the name given in full, bodies named with a place or a
suffix, and outlets that only saw a document."""

from tests.extraction.test_speakers import _why


def test_what_someone_does_before_the_name_is_not_part_of_the_name():
    text = (
        "The council debated a rental licence fee.\n\n"
        "Landlord Oskar Brandvold told councillors the fee would add $30 a month to rents.\n\n"
        "Striker Kwesi Owusu-Tetteh said he had scored in six straight games.\n\n"
        "Examiner Marisol Ybanez-Cruz testified that 40 containers were never opened.\n\n"
        "Counsel Priyanka Rajaratnam-Silva argued that the permit covered 3 routes."
    )
    assert _why(text, "$30 a month")[0] == "Oskar Brandvold"
    assert _why(text, "six straight games")[0] == "Kwesi Owusu-Tetteh"
    assert _why(text, "40 containers")[0] == "Marisol Ybanez-Cruz"
    assert _why(text, "3 routes")[0] == "Priyanka Rajaratnam-Silva"


def test_the_role_alone_later_is_the_person_it_described():
    text = (
        "An inquiry into a ferry fire heard evidence.\n\n"
        "Counsel Priyanka Rajaratnam-Silva argued that the ferry had 2 working pumps.\n\n"
        "The counsel said the licence covered 300 passengers."
    )
    assert _why(text, "300 passengers")[0] == "Priyanka Rajaratnam-Silva"


def test_an_adviser_named_by_surname_is_the_adviser_named_in_full():
    text = (
        "Guests: provincial energy adviser Farooq Saleem Awan and Dr Lena Morcos.\n\n"
        "Adviser Awan said 900 kilns had been closed."
    )
    assert _why(text, "900 kilns")[0] == "Farooq Saleem Awan"


def test_the_level_of_an_office_opening_a_sentence_is_not_a_speaker():
    text = (
        "A report on the drought was published.\n\n"
        "Regional governor Tobias Ndjavera said 7,200 households had received food parcels."
    )
    assert _why(text, "7,200 households")[0] == "Tobias Ndjavera"
