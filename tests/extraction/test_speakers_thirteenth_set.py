"""Speakers in the thirteenth held-out set's layouts (issue #19): honorifics kept off the
name, a portfolio or an office in capitals between the title and the name."""

from tests.extraction.test_speakers import _why


def test_an_honorific_from_malta_fiji_tanzania_or_zimbabwe_is_not_part_of_the_name():
    text = (
        "The quarry was inspected on Monday.\n\n"
        "The engineer in charge, Perit Marco Zerafa, said 14 trucks left the site each day.\n\n"
        "Cde Rumbidzai Moyo said 9 boreholes had dried up.\n\n"
        "Mzee Hamisi Mfinanga said he had planted 300 trees since 2019.\n\n"
        "Adi Mereani Tuilau said 70 families had lost their crops.\n\n"
        "Adi Sharma said 11 buses had been cancelled."
    )
    assert _why(text, "14 trucks")[0] == "Marco Zerafa"
    assert _why(text, "9 boreholes")[0] == "Rumbidzai Moyo"
    assert _why(text, "300 trees")[0] == "Hamisi Mfinanga"
    assert _why(text, "70 families")[0] == "Mereani Tuilau"
    # a given name, not the Fijian title, when only one name follows
    assert _why(text, "11 buses")[0] == "Adi Sharma"


def test_a_portfolio_or_an_office_in_capitals_before_a_name_is_not_part_of_it():
    text = (
        "Tariffs were on the agenda.\n\n"
        "Deputy Minister of Water Supply Nirosha Bandara-Silva said 40 schemes were behind schedule.\n\n"
        "The Minister for Roads and Highways Kojo Asante-Boateng said 18 bridges needed repair.\n\n"
        "Opposition MPA Farrukh Javed said 25 factories were still burning tyres."
    )
    assert _why(text, "40 schemes")[0] == "Nirosha Bandara-Silva"
    assert _why(text, "18 bridges")[0] == "Kojo Asante-Boateng"
    assert _why(text, "25 factories")[0] == "Farrukh Javed"


def test_a_survey_speaks_for_the_body_that_released_it_just_before():
    text = (
        "Bakers are worried about flour prices.\n\n"
        "The Lakeside Bakers Guild published a survey of its members on Monday. The survey found:\n\n"
        "- Flour costs have risen 22 per cent since March.\n"
        "- One bakery in four has shortened its opening hours."
    )
    assert _why(text, "Flour costs")[0] == "Lakeside Bakers Guild"
    assert _why(text, "One bakery in four")[0] == "Lakeside Bakers Guild"


def test_haji_inside_a_name_is_a_middle_name_not_a_title():
    text = (
        "In the old town, the markets were quiet this week.\n\n"
        "The port's harbour master, Capt Rehema Haji Salim, defended the new fees. "
        "She said the fees had raised $2 million since June."
    )
    assert _why(text, "$2 million")[0] == "Rehema Haji Salim"


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
    assert _why(text, "300 passengers") == (
        "Marjorie Vella-Camilleri",
        "the letter's writer, signed below it",
    )
    assert _why(text, "40 metres")[0] == "Julian Spiteri Borg"


def test_a_name_line_under_a_story_in_the_third_person_signs_nothing():
    text = (
        "The council approved 120 new homes on Tuesday.\n\n"
        "The site had been empty for 15 years.\n\n"
        "Marjorie Vella-Camilleri, Mosta"
    )
    assert _why(text, "120 new homes")[0] is None


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
    assert _why(text, "31 rural roads") == (
        "Select Committee on Rural Transport",
        "'the Committee' -> the organisation named earlier (Select Committee on Rural Transport)",
    )


def test_in_his_view_is_the_view_of_the_man_just_named():
    text = (
        "The report was tabled on Tuesday.\n\n"
        "Mr. Anselm Duguay supports the recommendations but believes they go too slowly. "
        "In his view, the region has lost 140 hospital beds since 2012."
    )
    assert _why(text, "140 hospital beds")[0] == "Anselm Duguay"


def test_a_count_or_patients_admitted_to_hospital_never_speak():
    text = (
        "The district health office issued an alert on Monday.\n\n"
        "Thirty-two confirmed cases have been recorded in the district since March.\n\n"
        "Most of the patients admitted to hospital were farm workers over 40.\n\n"
        "Lakeview District Hospital has admitted 41 patients with burns since June, its director, "
        "Dr. Ines Marwick, told the Courier."
    )
    assert _why(text, "Thirty-two confirmed cases")[0] is None
    assert _why(text, "farm workers over 40")[0] is None
    assert _why(text, "41 patients")[0] == "Ines Marwick"


def test_a_club_by_the_last_word_of_its_name_is_the_club_named_in_full():
    text = (
        "Kelso Athletic have sold their captain to Dunmore Wanderers for a record fee.\n\n"
        "Wanderers said in a statement that 4,000 season tickets had been sold."
    )
    assert _why(text, "4,000 season tickets")[0] == "Dunmore Wanderers"


def test_a_given_name_that_is_also_a_country_stays_in_the_name():
    text = "Water Minister Georgia Lindqvist said 14 dams were below a third full."
    assert _why(text, "14 dams")[0] == "Georgia Lindqvist"


def test_he_after_a_new_paragraph_names_one_person_is_that_person():
    text = (
        "Mr Tendai Moyo, the chamber's chairman, said 40 factories had cut shifts.\n\n"
        "At a workshop in Mabvuku, the owner, Farai Chikore, showed reporters a welder "
        "he had bought at 6 a.m. before the power went. He said he had lost 300 hours of work in May."
    )
    assert _why(text, "300 hours") == (
        "Farai Chikore",
        "pronoun -> the one person named in the sentence before (this paragraph's)",
    )


def test_she_after_a_spokeswoman_named_with_her_description_is_that_woman():
    text = (
        "Premiums rose again this year.\n\n"
        "A spokeswoman for Coral Shore Mutual, Dana Okafor-Lynch, said the decision was hard. "
        "She said the insurer had lost money in three of the last four years."
    )
    assert _why(text, "three of the last four")[0] == "Dana Okafor-Lynch"


def test_a_surname_is_completed_from_the_one_full_name_in_a_line_above_the_body():
    text = (
        "Judgment summary: Anglers lose appeal over river weir\n\n"
        "Court of Appeal, Mr Justice Ruairi Fennelly-Orme\n\n"
        "The anglers had argued that the weir blocked salmon runs on 14 kilometres of river.\n\n"
        "Mr Justice Fennelly-Orme found that the weir had a fish pass approved in 2019. "
        "He noted that salmon counts had risen by 8 per cent since then."
    )
    assert _why(text, "fish pass")[0] == "Ruairi Fennelly-Orme"
    assert _why(text, "8 per cent")[0] == "Ruairi Fennelly-Orme"


def test_a_surname_is_not_completed_from_the_writers_byline():
    text = "By Tomas Okoro\n\nThe vote was close.\n\nOkoro said 41 councillors had voted for the plan."
    assert _why(text, "41 councillors")[0] == "Okoro"


def test_the_district_is_the_body_the_sentence_before_is_about():
    text = (
        "Snow closed roads across the valley on Monday.\n\n"
        "Cedar Valley Public Schools canceled classes for the day. "
        "The district said 19 of its buses could not run.\n\n"
        "Shop owners in the Eastgate district said 30 stores had closed early."
    )
    assert _why(text, "19 of its buses") == (
        "Cedar Valley Public Schools",
        "'the district' -> the organisation the sentence before is about (Cedar Valley Public Schools)",
    )
    assert _why(text, "30 stores")[0] != "Eastgate district"  # a part of town, not a body


def test_an_administrator_title_is_not_part_of_the_name():
    text = "County Administrator Rosa Villanueva advised that overtime cost $2.4 million last year."
    assert _why(text, "$2.4 million")[0] == "Rosa Villanueva"


def test_the_level_of_a_body_described_in_four_words_stays_with_it():
    text = (
        "Floods hit the delta again.\n\n"
        "The state flood relief agency said 2,100 families had been moved to camps."
    )
    assert _why(text, "2,100 families")[0] == "state flood relief agency"


def test_declaring_a_state_of_emergency_is_an_act_not_a_claim():
    text = "Ice brought down lines.\n\nGov. Marta Quillan declared a state of emergency for three counties."
    assert _why(text, "three counties")[0] is None


def test_a_document_cited_after_someones_that_clause_is_their_source_not_the_speaker():
    text = (
        "The candidates met on Tuesday.\n\n"
        "Councillor Ana Roethke responded that burglaries fell 12 percent last year, "
        "according to the sheriff's annual report.\n\n"
        "Burglaries fell 9 percent, according to the sheriff's annual report."
    )
    assert _why(text, "12 percent")[0] == "Ana Roethke"
    assert _why(text, "9 percent")[0] != "Ana Roethke"


def test_a_company_whose_name_ends_in_regional_is_a_body_that_it_said_refers_to():
    text = (
        "Bluewater Regional will close its base in Plymouth.\n\n"
        "Bluewater Regional, which flies to 20 destinations, said it had lost £12 million this year. "
        "It said fuel costs had risen by 9 per cent."
    )
    assert _why(text, "9 per cent")[0] == "Bluewater Regional"


def test_a_body_with_an_apostrophe_shortened_is_the_one_named_in_full_before():
    text = (
        "Pieter Mokoena is a member of the Free State Nurses’ Forum.\n\n"
        "The ward closures, according to the Nurses’ Forum, affected 14 clinics."
    )
    assert _why(text, "14 clinics")[0] == "Free State Nurses’ Forum"


def test_a_place_the_subject_is_in_or_a_headline_word_is_never_the_company():
    text = (
        "Nickel miner halts output at southern pit\n\n"
        "A nickel miner in southern Peru has halted output at its biggest pit, the company said."
    )
    assert _why(text, "halted output")[0] is None
