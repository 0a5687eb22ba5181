"""Speakers in the sixth held-out set's layouts (issue #19): transcript labels whose surname
reads like a verb, descriptions before a name, generic nouns and places that never speak."""

from tests.extraction.test_speakers import _why

RADIO = (
    "TRANSCRIPT: Morning Show with Ruth Kamau\n\n"
    "RUTH KAMAU: My guest is Dr. Amina Said, chair of the Teachers Union. Welcome.\n\n"
    "AMINA SAID: Thank you. The county owes our members six months of allowances.\n\n"
    "RUTH KAMAU: The county says it paid last week.\n\n"
    "AMINA SAID: Not a single teacher in Likoni received that payment."
)


def test_a_turn_label_whose_surname_reads_like_a_verb_keeps_the_whole_name():
    assert _why(RADIO, "six months of allowances")[0] == "Amina Said"
    assert _why(RADIO, "Not a single teacher")[0] == "Amina Said"


DESCRIBED = (
    "Engineer Lim Boon Keat said the boring machines advanced eight metres a day.\n\n"
    "State police spokesperson SP Olamide Ige said 14 people had been arrested since Saturday.\n\n"
    "Pensioner Valerie Hick, 78, said she had been a patient there since 1981."
)


def test_a_description_before_a_full_name_is_not_part_of_the_name():
    assert _why(DESCRIBED, "eight metres")[0] == "Lim Boon Keat"
    assert _why(DESCRIBED, "14 people")[0] == "Olamide Ige"
    assert _why(DESCRIBED, "since 1981")[0] == "Valerie Hick"


def test_a_given_name_before_a_full_name_stays_in_it():
    assert _why("Peter Lim Boon Keat said the line cost 12 billion dollars.", "12 billion")[0] == (
        "Peter Lim Boon Keat"
    )


COURT = (
    "Prosecuting for Rochdale Borough Council, Ms Judith Kerr said the rent was 725 pounds.\n\n"
    "The council said it had prosecuted 31 landlords in the past two years."
)


def test_the_body_someone_prosecutes_for_is_named_without_the_participle():
    assert _why(COURT, "31 landlords")[0] == "Rochdale Borough Council"
    assert _why(COURT, "725 pounds")[0] == "Judith Kerr"
