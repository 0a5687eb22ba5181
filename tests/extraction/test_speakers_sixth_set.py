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


HAWKERS = (
    "A spokeswoman for Makan Collective, which runs 11 centres, said its rents were 30 per cent lower.\n\n"
    "The operator also said it had waived rent for new hawkers since 2024."
)


def test_a_spokeswoman_for_a_body_described_in_an_aside_speaks_for_that_body():
    assert _why(HAWKERS, "30 per cent")[0] == "Makan Collective"


def test_the_operator_is_the_body_that_spoke_last():
    assert _why(HAWKERS, "waived rent")[0] == "Makan Collective"


PRESS_RELEASE = (
    'Kestrel Gold Inc. (TSX: KGI) ("Kestrel" or "the Company") today announced a new mill.\n\n'
    "The Company expects annual production of 145,000 ounces of gold."
)


def test_a_press_releases_the_company_is_the_business_it_defines():
    assert _why(PRESS_RELEASE, "145,000 ounces")[0] == "Kestrel Gold Inc."


MANIFESTO = (
    "Pledges\n\n- Cut the longest waits, which the party says now exceed two years for one patient in six"
)


def test_the_party_with_no_party_named_is_left_empty_with_a_reason():
    assert _why(MANIFESTO, "one patient in six") == (
        None,
        "none: 'party' names no one, and no body of that kind is named earlier",
    )


def test_people_described_up_to_a_place_speak_never_the_place():
    raw = "Residents of apartment complexes in Whitefield and Marathahalli said they paid Rs 2,000 a load."
    assert _why(raw, "Rs 2,000")[0] == "residents"


def test_a_name_opening_with_a_lower_case_prefix_keeps_it():
    raw = "Work on the taxi rank has stopped after 14 months, eThekwini Municipality said on Tuesday."
    assert _why(raw, "14 months")[0] == "eThekwini Municipality"


HANSARD = (
    "NATIONAL ASSEMBLY\n\nQuestion 12:\n\n"
    "Ms R M NKOSI: Deputy Speaker, how many clinics closed in Limpopo this year?\n\n"
    "The MINISTER OF HEALTH (Mr J B Mahlangu): Thank you. Eleven clinics closed in Limpopo this year.\n\n"
    "Mr P DU TOIT: Deputy Speaker, the department owes suppliers R2 billion.\n\n"
    "The DEPUTY SPEAKER: Order, members! There are 40 questions left.\n\n"
    "The MINISTER OF HEALTH: The department has paid R700 million since June."
)


def test_a_hansard_labels_members_by_initials_and_surname_and_the_minister_by_office():
    assert _why(HANSARD, "Eleven clinics")[0] == "J B Mahlangu"
    assert _why(HANSARD, "owes suppliers")[0] == "P du Toit"
    assert _why(HANSARD, "R700 million")[0] == "J B Mahlangu"  # the office named in brackets earlier


def test_a_hansard_office_never_named_speaks_as_no_one():
    assert _why(HANSARD, "40 questions") == (
        None,
        "none: turn label 'The DEPUTY SPEAKER:' is an office whose holder is not named",
    )


def test_a_surname_after_an_attendance_list_with_initials_is_the_member_listed():
    raw = (
        "Present: Cllrs P. Costello, S. Ni Bhriain and T. Kenny.\n\n"
        "Cllr Ni Bhriain welcomed the report. She said that three bring banks had been removed."
    )
    assert _why(raw, "three bring banks")[0] == "S. Ni Bhriain"


def test_in_a_statement_is_how_a_body_spoke_never_who():
    raw = "Rents rose in March.\n\nIn a statement, Makan Collective said rents rose 5 per cent."
    assert _why(raw, "5 per cent")[0] == "Makan Collective"
