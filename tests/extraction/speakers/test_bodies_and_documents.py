"""Bodies and documents: organisations, companies, groups and reports as speakers, their whole
names, their short forms, and "the company said". All text is invented."""

import pytest

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_an_organisation_after_according_to_is_the_source():
    raw = "According to the Labor Department, unemployment fell to 3.8 percent."
    assert attributed(raw)[0][1:] == ("Labor Department", False, True)


def test_an_organisation_is_kept_whole_as_the_speaker():
    raw = "The European Union said it was studying the measures closely."
    assert attributed(raw)[0][1] == "European Union"


def test_the_company_said_is_the_business_named_as_the_subject_of_the_same_sentence():
    raw = "Halden Steel will close two furnaces, a third of its capacity, the company said on Friday."
    assert why(raw, "two furnaces") == (
        "Halden Steel",
        "'the company' -> the organisation named earlier (Halden Steel)",
    )


def test_the_company_said_after_the_business_spoke_is_that_business_and_so_is_it_said():
    raw = (
        "Fares will rise by 6 percent in March, Coastline Ferries said on Monday.\n\n"
        "In a statement, the company said the rise would pay for two new ships."
        " It said fuel costs had doubled."
    )
    assert speaker_of(raw, "two new ships") == "Coastline Ferries"
    assert speaker_of(raw, "fuel costs") == "Coastline Ferries"


@pytest.mark.parametrize(
    "raw",
    [
        "Shares fell 4 percent, analyst Maria Lindqvist said on Monday.\n\n"
        "In a statement, the company said the fall reflected weak demand in Asia.",
        "“We will appeal the ruling,” said Kim Aldous, a shareholder.\n\n"
        "In a statement, the company said the fall reflected weak demand in Asia.",
        "Maria Lindqvist is the chief executive. Lindqvist will step down in March, the company said"
        " the fall reflected weak demand in Asia.",
    ],
)
def test_the_company_said_is_never_pinned_on_a_person(raw):
    assert speaker_of(raw, "weak demand") is None  # "company" alone names no one


def test_the_company_is_the_business_named_before_a_person_who_spoke_about_it():
    raw = (
        "Kasimir Ruhl, who owns 3 percent of Velko Steel, said the plant would close.\n\n"
        "The company said it had 900 staff at the plant."
    )
    assert speaker_of(raw, "900 staff") == "Velko Steel"


def test_the_ministry_said_is_the_ministry_named_earlier():
    raw = (
        "The Ministry of Water Resources opened three dams on Sunday.\n\n"
        "The ministry said reservoirs were 80 percent full."
    )
    assert speaker_of(raw, "80 percent") == "Ministry of Water Resources"


def test_figures_published_by_a_body_keep_the_document_in_the_speaker():
    raw = "Tea makes up 40 percent of exports, according to central bank figures."
    assert speaker_of(raw, "40 percent") == "central bank figures"


def test_when_a_body_spoke_is_not_part_of_its_name():
    raw = "The Federal Government on Sunday denied reports that it had paid 50 million dollars."
    assert speaker_of(raw, "50 million") == "Federal Government"


def test_a_report_speaks_for_the_body_named_as_publishing_it():
    raw = (
        "Rents rose 11 per cent, according to a study published on Monday by the Harbour Housing Trust.\n\n"
        "The study found that 4,000 households were in arrears."
    )
    assert why(raw, "4,000 households") == (
        "Harbour Housing Trust",
        "'the study' -> the body named as publishing it (Harbour Housing Trust)",
    )


def test_a_report_nobody_is_named_as_publishing_speaks_as_written_and_says_why():
    speaker, reason = why("The report found that 60 per cent of bridges need repair.", "60 per cent")
    assert (speaker, reason) == ("report", "'the report' as written: no one is named as publishing it")


def test_an_acronym_and_part_of_a_name_are_the_organisation_named_in_full():
    raw = (
        "The National Union of Bus Drivers (NUBD) said 500 drivers would strike.\n\n"
        "Fares rose 5 per cent, according to figures shared by the NUBD.\n\n"
        "Marlow Coach Holdings said it carried 9 million people. Marlow Coach said 40 routes lost money."
    )
    assert why(raw, "Fares rose")[0] == "National Union of Bus Drivers"
    assert why(raw, "40 routes")[0] == "Marlow Coach Holdings"


def test_the_statement_read_in_part_is_the_organisation_that_issued_it():
    raw = (
        "In a statement on Sunday, the Coastal Nurses Association said wards were short of staff.\n\n"
        'The statement read in part, "Our members worked 90,000 unpaid hours last year."'
    )
    assert why(raw, "90,000 unpaid hours")[0] == "Coastal Nurses Association"


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


def test_an_outlet_that_saw_a_letter_is_not_its_writer():
    text = (
        "Dock workers fear cuts.\n\n"
        "The Harbour Workers Union has written to the Minister of Transport warning that 800 jobs"
        " are at risk.\n\n"
        "In the letter, dated 3 March and seen by the Coastal Gazette, the union's president,"
        " Mwila Banda-Phiri, wrote that the port would close two berths in May."
    )
    assert why(text, "800 jobs")[0] == "Harbour Workers Union"
    assert why(text, "two berths")[0] == "Mwila Banda-Phiri"


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


def test_a_body_s_own_document_is_the_body_s():
    text = (
        "Koruna Gold Holdings Ltd runs the mine.\n\n"
        "The mine produced 95,000 ounces last year, according to the company's annual report.\n\n"
        "According to the central bank's latest bulletin, remittances reached 640 million dollars."
    )
    assert why(text, "95,000 ounces")[0] == "Koruna Gold Holdings Ltd"
    assert why(text, "640 million")[0] == "central bank"


def test_a_body_described_then_named_in_an_aside_is_the_named_body():
    text = (
        "Fish die in the river.\n\n"
        "The fishers' association, the Lower Sepik Fishers Association, said that 9 villages had"
        " stopped fishing."
    )
    assert why(text, "9 villages")[0] == "Lower Sepik Fishers Association"


def test_a_named_body_s_own_office_speaks_as_that_office():
    text = (
        "Imports were undervalued.\n\n"
        "According to the Assembly's own budget office, imports rose by 45 per cent in two years."
    )
    assert why(text, "45 per cent")[0] == "Assembly’s own budget office"


def test_a_company_that_reports_its_results_speaks_but_a_club_stays_as_written():
    text = (
        "Kestrel Cement Limited (KCL), the region's largest cement maker, reported a 31% rise in"
        " half-year profit on Thursday.\n\n"
        "In a filing to the stock exchange, the company reported revenue of 8.2 billion shillings.\n\n"
        "Riverside Park reported gate receipts of $2 million last season."
    )
    assert speaker_of(text, "31% rise") == "Kestrel Cement Limited"
    assert speaker_of(text, "8.2 billion shillings") == "Kestrel Cement Limited"
    assert speaker_of(text, "gate receipts") is None


def test_a_body_that_rejects_a_plan_saying_why_is_the_source_of_the_reason():
    text = (
        "The Harbour Pilots Association rejected the new levy, saying fees had doubled since 2021.\n\n"
        "The Port Users Board of Tasmania disputed that, insisting it had consulted 40 firms."
    )
    assert why(text, "fees had doubled")[0] == "Harbour Pilots Association"
    assert why(text, "consulted 40 firms")[0] == "Port Users Board of Tasmania"


def test_a_capitalised_word_opening_the_sentence_is_not_a_body_that_says_something():
    text = "Households in Hobart paid more for water this year, saying nothing about the levy."
    assert why(text, "paid more for water")[0] is None


def test_which_says_gives_the_claim_to_the_body_the_clause_follows():
    text = "Mei Ling Chua chairs the Coastal Fishers Cooperative, which says it speaks for 4,800 boat owners."
    assert why(text, "4,800 boat owners")[0] == "Coastal Fishers Cooperative"


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


def test_the_company_is_the_utility_that_spoke_not_the_investigators_before_it():
    text = (
        "A power line started the fire that burned 9,000 acres, county investigators said.\n\n"
        "Lakeside Electric said in a statement that it had inspected the pole in 2024.\n\n"
        "The company also claimed it had warned 4,000 customers before the outage."
    )
    assert why(text, "warned 4,000 customers")[0] == "Lakeside Electric"


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


def test_a_lower_case_taskforce_is_a_body_that_speaks():
    text = "The port security taskforce says it seized 300 crates of cloves in October."
    assert why(text, "300 crates")[0] == "port security taskforce"


def test_the_power_utility_is_the_power_business_named_earlier():
    text = (
        "Ubuntu Power said it would cut supply for four hours a day from Wednesday.\n\n"
        "The power utility said in a statement that outages had reached 12,400 megawatts."
    )
    assert why(text, "12,400 megawatts")[0] == "Ubuntu Power"


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


def test_the_company_is_the_firm_a_description_named_earlier():
    text = (
        "Marine engineering firm Cairnbulg Subsea is to cut 300 jobs in Peterhead.\n\n"
        "The company, which employs 1,100 people in the town, said orders had fallen by 40% in two years."
    )
    assert why(text, "fallen by 40%")[0] == "Cairnbulg Subsea"


def test_a_report_by_a_body_that_estimated_something_is_that_bodys_claim():
    text = "The cuts come after a report by the Moray Energy Forum estimated that 6,000 jobs had been lost."
    assert why(text, "6,000 jobs")[0] == "Moray Energy Forum"


def test_a_bodys_management_and_its_forecast_are_claims_it_makes():
    text = (
        "Hospital management said in a statement that 40 new beds had opened in 2025.\n\n"
        "The Bureau of Climate Outlooks has forecast below-average rainfall until April.\n\n"
        "Councilmember Dara Quist said the city had spent only $2.1 million of the $6 million set aside."
    )
    assert why(text, "40 new beds")[0] == "Hospital management"
    assert why(text, "below-average rainfall")[0] == "Bureau of Climate Outlooks"
    assert why(text, "$2.1 million")[0] == "Dara Quist"


def test_a_group_speaking_in_its_press_conference_on_a_morning_is_the_group():
    article = [
        "The Majority in their press conference on Monday morning noted that bread now costs 12 cedis a loaf."
    ]
    assert speakers_of(article, "12 cedis") == ["Majority"]


def test_as_the_survey_by_a_body_shows_is_the_bodys_finding():
    text = "And yet, as the survey by the Halden Policy Institute shows, 61% of residents back the new tax."
    assert speakers_of([text], "61% of residents") == ["Halden Policy Institute"]


def test_as_the_poll_released_by_a_body_on_a_date_shows_is_the_bodys_finding():
    text = "And yet, as the poll released by the Aldric Institute on Nov. 21, 2025 shows, 58% back the plan."
    assert speakers_of([text], "58% back") == ["Aldric Institute"]


def test_an_outlet_reporting_is_the_source():
    text = (
        "Exams are cancelled.\n\n"
        "The Harbour City Herald first reported the cancellations on Sunday.\n\n"
        "The newspaper reported that 4 head teachers had resigned.\n\n"
        "Exams were cancelled in 60 schools, Reuters reports.\n\n"
        "Local media say 2,000 pupils missed the first paper."
    )
    assert why(text, "4 head teachers")[0] == "Harbour City Herald"
    assert why(text, "60 schools")[0] == "Reuters"
    assert why(text, "2,000 pupils")[0] == "Local media"


def test_a_wire_named_at_the_end_before_its_sources_is_the_source():
    text = (
        "Output stops.\n\n"
        "The closure could last up to five weeks, Reuters reports, citing three people familiar with"
        " the plans."
    )
    assert why(text, "five weeks")[0] == "Reuters"


def test_a_figure_rubbished_by_a_ministry_is_the_ministrys_rebuttal():
    article = [
        "Parents gathered outside the school on Monday.",
        "A figure of 40 shut schools was rubbished by the Ministry of Education as out of date.",
    ]
    assert speakers_of(article, "40 shut schools") == ["Ministry of Education"]


def test_a_charge_sheet_which_claimed_and_it_alleged_are_its_authors():
    article = [
        "Leader of Opposition in Karnataka Assembly Ravi Singh has dared Chief Minister Vikram Rathore "
        "to a debate.",
        'On November 10, Singh had released a "charge sheet" against the state government, which claimed '
        "that there were scams worth 46,000 crore rupees.",
        "The Chief Minister had made 300 announcements, but most remained on paper, it alleged.",
        "He said Rathore may have got a clean chit but 12 questions remain.",
    ]
    assert speakers_of(article, "46,000 crore", "300 announcements", "12 questions") == ["Ravi Singh"] * 3
    assert "charge sheet" not in (why("\n\n".join(article), "46,000 crore")[0] or "")


def test_the_ministry_closing_a_quote_is_not_one_the_quote_names():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "“The minister spoke at the Ministry of Interior on Sunday. What she said was that the police "
        "have guarded the dam since January,” the ministry said.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert speakers_of(article, "since January", "120 of the stolen pumps") == [
        "Ministry of Water and Sanitation",
        "Ministry of Water and Sanitation",
    ]


def test_a_unit_of_the_ministry_is_not_the_ministry():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "In a statement, the Communications Directorate of the Ministry said the remarks were misread.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert speakers_of(article, "120 of the stolen pumps") == ["Ministry of Water and Sanitation"]


def test_a_group_writing_a_letter_speaks_its_quote():
    article = [
        "In a letter to the prosecutor, the clergy wrote, “The video shows he was held down four minutes.”"
    ]
    assert speakers_of(article, "four minutes") == ["clergy"]


def test_figures_from_a_named_body_are_that_bodys():
    article = [
        "Waiting lists rose by 4,120 last month, according to figures from the Health Service Executive."
    ]
    assert speakers_of(article, "4,120") == ["Health Service Executive"]


def test_an_outlet_reporting_a_clause_of_its_own_is_its_speaker():
    article = [
        "While court officials have not said what the hearings are about, The Marlow Courier reports "
        "they will likely center on whether 31 statements are admissible."
    ]
    assert speakers_of(article, "31 statements") == ["Marlow Courier"]


def test_the_city_that_says_what_people_should_do_speaks_not_the_people():
    text = (
        "Early Wednesday, the city said people living near the canal in Marlow Falls should "
        "“leave at once” because the weir could fail."
    )
    assert speakers_of([text], "leave at once") == ["the city"]


def test_whom_the_police_were_responding_to_is_not_the_source_of_their_statement():
    article = [
        "The Calvia Police Force has denied that its chief ordered raids on the governor's home.",
        "Governor Emeka Obiora, in an interview, claimed that officers had surrounded his home.",
        "However, responding to Obiora, the police, in a statement by Force spokesman, Tunde "
        "Adeyemi, a Chief Superintendent, described the report as false, adding that 80 officers "
        "guard the governor.",
    ]
    assert speakers_of(article, "80 officers") != ["Emeka Obiora"]


def test_a_unions_letter_speaks_for_the_union():
    article = [
        "All 620 permanent workers joined the Harbourside Workers Union, said union secretary P. Raghavan.",
        "He added that the company refused to recognise the union.",
        "“With rents rising, no one can live on the current wage,” the union had informed the "
        "company in a letter seen by reporters.",
        "The workers asked for raises over three years, according to the letter.",
    ]
    assert (
        speakers_of(article, "current wage", "raises over three years") == ["Harbourside Workers Union"] * 2
    )


def test_a_campaign_named_for_what_it_wants_keeps_its_whole_name():
    text = "Campaign group Save the Upper Clyde Meadows said 60 hectares would be lost."
    assert why(text, "60 hectares")[0] == "Save the Upper Clyde Meadows"


def test_the_prosecution_speaks_when_the_text_says_it_claimed_something():
    text = "It was claimed by the prosecution that the pair took 52,000 euro from the charity."
    assert why(text, "52,000 euro")[0] == "prosecution"


def test_gardai_and_nurses_speak_as_written():
    text = "Burglaries in Tramore rose by a third this year, gardai have said."
    assert why(text, "a third")[0] == "gardai"
    text = "The clinic ran out of insulin on three days in May, according to nurses at the clinic."
    assert why(text, "insulin")[0] == "nurses"
    assert why("Nurses say the ward has been short of 12 staff since June.", "12 staff")[0] == "Nurses"


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


HAWKERS = (
    "A spokeswoman for Makan Collective, which runs 11 centres, said its rents were 30 per cent lower.\n\n"
    "The operator also said it had waived rent for new hawkers since 2024."
)


def test_a_spokeswoman_for_a_body_described_in_an_aside_speaks_for_that_body():
    assert why(HAWKERS, "30 per cent")[0] == "Makan Collective"


def test_the_operator_is_the_body_that_spoke_last():
    assert why(HAWKERS, "waived rent")[0] == "Makan Collective"


PRESS_RELEASE = (
    'Kestrel Gold Inc. (TSX: KGI) ("Kestrel" or "the Company") today announced a new mill.\n\n'
    "The Company expects annual production of 145,000 ounces of gold."
)


def test_a_press_releases_the_company_is_the_business_it_defines():
    assert why(PRESS_RELEASE, "145,000 ounces")[0] == "Kestrel Gold Inc."


MANIFESTO = (
    "Pledges\n\n- Cut the longest waits, which the party says now exceed two years for one patient in six"
)


def test_the_party_with_no_party_named_is_left_empty_with_a_reason():
    assert why(MANIFESTO, "one patient in six") == (
        None,
        "none: 'party' names no one, and no body of that kind is named earlier",
    )


def test_in_a_statement_is_how_a_body_spoke_never_who():
    raw = "Rents rose in March.\n\nIn a statement, Makan Collective said rents rose 5 per cent."
    assert why(raw, "5 per cent")[0] == "Makan Collective"


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


def test_an_events_organisers_speak_as_a_group():
    text = "Cup final.\n\nThe crowd of 9,000 was a record for the ground, the tournament organisers said.\n"
    assert why(text, "9,000")[0] == "tournament organisers"


def test_a_survey_speaks_for_the_body_that_released_it_just_before():
    text = (
        "Bakers are worried about flour prices.\n\n"
        "The Lakeside Bakers Guild published a survey of its members on Monday. The survey found:\n\n"
        "- Flour costs have risen 22 per cent since March.\n"
        "- One bakery in four has shortened its opening hours."
    )
    assert why(text, "Flour costs")[0] == "Lakeside Bakers Guild"
    assert why(text, "One bakery in four")[0] == "Lakeside Bakers Guild"


def test_a_letter_to_the_editor_is_its_writers_who_sign_below_it():
    text = (
        "Letters to the Editor\n\n"
        "Keep the night bus\n\n"
        "I have worked night shifts at the bakery for nine years.\n\n"
        "The night bus carried 300 passengers a week last winter, and I was one of them.\n\n"
        "Marjorie Vella-Camilleri, Mosta\n\n"
        "Fix the pier\n\n"
        "The old pier lost 40 metres of railing in the storm, as the harbour board itself admitted.\n\n"
        "My neighbours and I have asked for a repair date since March.\n\n"
        "Dr Julian Spiteri Borg, Marsaxlokk"
    )
    assert why(text, "300 passengers") == (
        "Marjorie Vella-Camilleri",
        "the letter's writer, signed below it",
    )
    assert why(text, "40 metres")[0] == "Julian Spiteri Borg"


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


def test_the_district_is_the_body_the_sentence_before_is_about():
    text = (
        "Snow closed roads across the valley on Monday.\n\n"
        "Cedar Valley Public Schools canceled classes for the day. "
        "The district said 19 of its buses could not run.\n\n"
        "Shop owners in the Eastgate district said 30 stores had closed early."
    )
    assert why(text, "19 of its buses") == (
        "Cedar Valley Public Schools",
        "'the district' -> the organisation the sentence before is about (Cedar Valley Public Schools)",
    )
    assert why(text, "30 stores")[0] != "Eastgate district"  # a part of town, not a body


def test_the_level_of_a_body_described_in_four_words_stays_with_it():
    text = (
        "Floods hit the delta again.\n\n"
        "The state flood relief agency said 2,100 families had been moved to camps."
    )
    assert why(text, "2,100 families")[0] == "state flood relief agency"


def test_a_document_cited_after_someones_that_clause_is_their_source_not_the_speaker():
    text = (
        "The candidates met on Tuesday.\n\n"
        "Councillor Ana Roethke responded that burglaries fell 12 percent last year, "
        "according to the sheriff's annual report.\n\n"
        "Burglaries fell 9 percent, according to the sheriff's annual report."
    )
    assert why(text, "12 percent")[0] == "Ana Roethke"
    assert why(text, "9 percent")[0] != "Ana Roethke"


def test_a_company_whose_name_ends_in_regional_is_a_body_that_it_said_refers_to():
    text = (
        "Bluewater Regional will close its base in Plymouth.\n\n"
        "Bluewater Regional, which flies to 20 destinations, said it had lost £12 million this year. "
        "It said fuel costs had risen by 9 per cent."
    )
    assert why(text, "9 per cent")[0] == "Bluewater Regional"


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


def test_a_cooperative_speaks_as_a_body():
    text = (
        "The typhoon left the province dark.\n\n"
        "The provincial electric cooperative said 82 percent of its customers were without power."
    )
    assert why(text, "82 percent")[0] == "provincial electric cooperative"


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


def test_the_province_speaks_when_the_text_says_it_does():
    raw = "CHOW: The province says it will match any new transit money the city puts in. Does that help?"
    assert why(raw, "will match")[0] == "province"
