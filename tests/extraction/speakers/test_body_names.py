"""A body's name: organisations, campaigns and clubs kept whole (a place, a level, "for the", a
legal form), named as written in lower case, and a short form or a description standing for
the name given in full. All text is invented."""

import pytest

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_an_organisation_is_kept_whole_as_the_speaker():
    raw = "The European Union said it was studying the measures closely."
    assert attributed(raw)[0][1] == "European Union"


def test_when_a_body_spoke_is_not_part_of_its_name():
    raw = "The Federal Government on Sunday denied reports that it had paid 50 million dollars."
    assert speaker_of(raw, "50 million") == "Federal Government"


def test_an_acronym_and_part_of_a_name_are_the_organisation_named_in_full():
    raw = (
        "The National Union of Bus Drivers (NUBD) said 500 drivers would strike.\n\n"
        "Fares rose 5 per cent, according to figures shared by the NUBD.\n\n"
        "Marlow Coach Holdings said it carried 9 million people. Marlow Coach said 40 routes lost money."
    )
    assert why(raw, "Fares rose")[0] == "National Union of Bus Drivers"
    assert why(raw, "40 routes")[0] == "Marlow Coach Holdings"


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
    assert why(text, fragment)[0] == speaker


def test_a_body_keeps_the_place_and_level_in_its_name_and_drops_a_group_suffix():
    text = (
        "Lawmakers debate water meters.\n\n"
        "The New Hampshire Orchard Growers Council said metering would close 30 orchards.\n\n"
        "The state auditor's office told the committee that 14 wells were unmetered.\n\n"
        "The Friends of Kent Village Halls group says 2,000 people use the halls each week.\n\n"
        "Fishers' group Samahan ng Mangingisda sa Quezon said catches had fallen by a third."
    )
    assert why(text, "30 orchards")[0] == "New Hampshire Orchard Growers Council"
    assert why(text, "14 wells")[0] == "state auditor’s office"
    assert why(text, "2,000 people")[0] == "Friends of Kent Village Halls"
    assert why(text, "by a third")[0] == "Samahan ng Mangingisda sa Quezon"


def test_a_body_described_then_named_in_an_aside_is_the_named_body():
    text = (
        "Fish die in the river.\n\n"
        "The fishers' association, the Lower Sepik Fishers Association, said that 9 villages had"
        " stopped fishing."
    )
    assert why(text, "9 villages")[0] == "Lower Sepik Fishers Association"


def test_a_body_described_then_named_is_its_whole_name():
    text = (
        "The rice reserve covers 11 days, the grains office says.\n\n"
        "Not according to the fishers’ federation Pederasyon ng Mangingisda, which says the reserve"
        " covers less than a week."
    )
    assert why(text, "less than a week")[0] == "Pederasyon ng Mangingisda"


def test_a_body_written_in_lower_case_with_a_plural_possessive_is_named_as_written():
    text = "Bus fares rose 12 per cent in a year, according to a survey by the Riders’ Welfare Collective."
    assert why(text, "12 per cent")[0] == "Riders’ Welfare Collective"


def test_a_body_named_for_what_it_speaks_for_keeps_for_the_in_its_name():
    text = (
        "Residents' group Voice for the Valley said 300 homes had lost their bus service.\n\n"
        "Officials of the Northern Rail Corporation said the line would reopen in May."
    )
    assert why(text, "300 homes")[0] == "Voice for the Valley"
    assert why(text, "reopen in May")[0] == "officials"


def test_a_lower_case_body_owned_by_a_province_is_not_the_federal_department_named_earlier():
    text = (
        "The federal Department of Inland Waters cut the eel quota by 30 per cent.\n\n"
        "Hatcheries employ about 900 people, according to the province’s fisheries department.\n\n"
        "Eel prices rose 14 per cent in a month, the county’s trade department said.\n\n"
        "Exports fell by a fifth, the department said."
    )
    assert why(text, "about 900 people")[0] == "province’s fisheries department"
    assert why(text, "Exports fell by a fifth")[0] == "county’s trade department"


def test_a_name_described_as_a_health_board_is_a_body_kept_whole():
    text = "NHS Kinloch Moray, the health board, said it had recruited three dentists."
    assert why(text, "three dentists")[0] == "NHS Kinloch Moray"


def test_a_lower_case_body_with_its_owner_and_three_words_is_named_whole():
    text = "Heat deaths fell to 431 this year, the county's public health department said on Wednesday."
    assert why(text, "431 this year")[0] == "county’s public health department"


def test_a_company_keeps_the_full_stop_of_its_legal_form_and_speaks_past_its_asides():
    text = (
        "Corvane Batteries Inc. (NASDAQ: CRVB), a maker of cells for buses, today announced plans to build"
        " a 900 million dollar plant.\n\n"
        "The plant will employ 1,400 people by 2029, the company said.\n\n"
        'Halvorsen Mining Ltd. (TSX: HML) ("Halvorsen" or "the Company") today announced that it will'
        " reopen its Birch Lake mill."
    )
    assert why(text, "900 million dollar plant")[0] == "Corvane Batteries Inc."
    assert why(text, "1,400 people")[0] == "Corvane Batteries Inc."
    assert why(text, "Birch Lake mill")[0] == "Halvorsen Mining Ltd."


def test_a_unit_of_the_ministry_is_not_the_ministry():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "In a statement, the Communications Directorate of the Ministry said the remarks were misread.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert speakers_of(article, "120 of the stolen pumps") == ["Ministry of Water and Sanitation"]


def test_a_campaign_named_for_what_it_wants_keeps_its_whole_name():
    text = "Campaign group Save the Upper Clyde Meadows said 60 hectares would be lost."
    assert why(text, "60 hectares")[0] == "Save the Upper Clyde Meadows"


WATER = (
    "Half of the town's homes had no water for four days, the county's water company said on Friday.\n\n"
    "The managing director of Rivermouth Water and Sewerage Company, Ann Otieno, said 9 pumps failed."
)


def test_a_body_described_in_the_lead_is_the_one_named_in_full_below():
    speaker, reason = why(WATER, "four days")
    assert speaker == "Rivermouth Water and Sewerage Company"
    assert reason.startswith("'county’s water company' -> the organisation named in full later")


def test_a_body_described_in_the_lead_stays_as_written_when_two_named_below_fit():
    text = (
        "Half of the town's homes had no water for four days, the water company said on Friday.\n\n"
        "Rivermouth Water Company runs the north. Eastside Water Company runs the south."
    )
    assert why(text, "four days")[0] == "water company"


COURT = (
    "Prosecuting for Rochdale Borough Council, Ms Judith Kerr said the rent was 725 pounds.\n\n"
    "The council said it had prosecuted 31 landlords in the past two years."
)


def test_the_body_someone_prosecutes_for_is_named_without_the_participle():
    assert why(COURT, "31 landlords")[0] == "Rochdale Borough Council"
    assert why(COURT, "725 pounds")[0] == "Judith Kerr"


def test_a_body_owned_by_a_place_of_two_words_keeps_the_whole_place_name():
    text = (
        "Anglers fear for the salmon run.\n\n"
        "In a written reply, New Brunswick's fisheries department said it had counted 3,100 fish."
    )
    # the page's straight apostrophe is read as a typographic one
    assert why(text, "3,100 fish")[0] == "New Brunswick’s fisheries department"


def test_a_campaign_named_for_its_cause_is_one_body():
    text = (
        "Rail fares to rise again.\n\n"
        "The Campaign for Cheaper Trains Alba said fares had risen by 31 per cent in five years."
    )
    assert why(text, "31 per cent")[0] == "Campaign for Cheaper Trains Alba"


def test_the_body_by_its_last_word_is_the_one_named_in_full_before_not_its_last_short_mention():
    text = (
        "Ferry fares to rise.\n\n"
        "The Harbour Ferry Board's decision to raise fares will hurt commuters.\n\n"
        "The Board has not published accounts since 2021.\n\n"
        "Six new ferries arrived in May, and the Board says four of them are already in service."
    )
    assert why(text, "four of them")[0] == "Harbour Ferry Board"


def test_the_committee_far_down_a_report_is_the_committee_named_in_its_heading():
    witnesses = "".join(
        f"Witness {name} Roe of the Harbour {name} Clinic appeared on Day {day} in Room {day}.\n\n"
        for day, name in enumerate(
            "Amos Bela Cato Dara Eben Fern Gus Hana Ivo Jade Kai Lars Mona Nils Olaf Pia Rolf Sven".split()
        )
    )
    text = (
        "Select Committee on Rural Transport\n\n"
        "Report on Winter Road Closures\n\n"
        f"{witnesses}"
        "4.1 The Committee finds that 31 rural roads were closed for more than a week last winter."
    )
    assert why(text, "31 rural roads") == (
        "Select Committee on Rural Transport",
        "'the Committee' -> the organisation named earlier (Select Committee on Rural Transport)",
    )


def test_a_club_by_the_last_word_of_its_name_is_the_club_named_in_full():
    text = (
        "Kelso Athletic have sold their captain to Dunmore Wanderers for a record fee.\n\n"
        "Wanderers said in a statement that 4,000 season tickets had been sold."
    )
    assert why(text, "4,000 season tickets")[0] == "Dunmore Wanderers"


def test_the_level_of_a_body_described_in_four_words_stays_with_it():
    text = (
        "Floods hit the delta again.\n\n"
        "The state flood relief agency said 2,100 families had been moved to camps."
    )
    assert why(text, "2,100 families")[0] == "state flood relief agency"


def test_a_body_with_an_apostrophe_shortened_is_the_one_named_in_full_before():
    text = (
        "Pieter Mokoena is a member of the Free State Nurses’ Forum.\n\n"
        "The ward closures, according to the Nurses’ Forum, affected 14 clinics."
    )
    assert why(text, "14 clinics")[0] == "Free State Nurses’ Forum"


def test_a_place_after_of_opens_the_rest_of_a_bodys_name():
    text = (
        "Waiting lists were discussed.\n\n"
        "Heart of England Patients Together said 1 in 5 of its members had an operation cancelled.\n\n"
        "President of Kenya William Ruto-Kamau said 300 clinics would open."
    )
    assert why(text, "1 in 5 of its members") == (
        "Heart of England Patients Together",
        "organisation or group named in the same sentence",
    )
    assert why(text, "300 clinics")[0] == "William Ruto-Kamau"


def test_a_body_of_the_place_is_one_name():
    text = (
        "Diamond cutters are closing.\n\n"
        "Economist Tebogo Mmusi of the University of the Kalahari said 3 factories had closed.\n\n"
        "The Department of the Environment said 40 permits were issued.\n\n"
        "Officials of the Mine Workers Union said 12 shafts were flooded."
    )
    assert why(text, "3 factories")[0] == "Tebogo Mmusi"
    assert why(text, "40 permits")[0] == "Department of the Environment"
    assert why(text, "12 shafts")[0] == "officials"
