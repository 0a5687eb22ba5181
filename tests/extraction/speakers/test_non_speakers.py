"""Non-speakers: places, figures, counts, objects and phrases that never speak, and sentences
that have no speaker. All text is invented."""

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_a_narrative_sentence_has_no_speaker():
    raw = "The coalition works in coordination with Iran, Iraq and the Hezbollah militia."
    assert attributed(raw)[0][1:] == (None, False, False)


def test_a_clause_before_the_verb_that_is_not_its_subject_names_no_one():
    raw = "Sen. Mariah Delgado said the jets would cost 58 billion, more than Congress was told in 2023."
    assert speaker_of(raw, "58 billion") == "Mariah Delgado"


def test_officials_in_a_place_written_in_lower_case_are_the_speakers_not_the_place():
    raw = "Nine bridges were washed away overnight, officials in the northern district said."
    assert speaker_of(raw, "Nine bridges") == "officials"


def test_people_in_a_place_speak_not_the_place():
    raw = "Rice farmers in Kebbi and Sokoto said the harvest was 30 per cent smaller than last year."
    assert why(raw, "harvest") == ("rice farmers", "organisation or group named in the same sentence")


def test_someone_who_was_warned_or_told_is_not_the_speaker():
    raw = "The head of the Harbour Authority has been warned that 30 berths are unsafe."
    assert why(raw, "30 berths")[0] is None


def test_a_participle_phrase_before_the_name_is_not_a_speaker():
    text = (
        "Port director K. Ramesh opened the new berth on Monday.\n\n"
        "Speaking to reporters at Ennore, Ramesh said 11 of the 18 cranes were already working."
    )
    assert why(text, "11 of the 18 cranes")[0] == "K. Ramesh"


def test_a_vessel_named_after_its_kind_is_not_the_spokesperson():
    text = (
        "The following is a summary of the briefing by Kofi Mensah-Bonsu, Spokesperson for the"
        " Commission.\n\n"
        "The Commission is concerned by the attack on the cargo ship Ama Dede, the spokesperson said.\n\n"
        "He said nine crew members had been taken from the ship.\n\n"
        "The spokesperson said 14 patrol boats were at sea."
    )
    assert why(text, "nine crew members")[0] == "Kofi Mensah-Bonsu"
    assert why(text, "14 patrol boats")[0] == "Kofi Mensah-Bonsu"


def test_police_who_responded_to_a_report_said_nothing():
    text = "About 9 a.m. Monday, police responded to a report that a man was aiming a crossbow at cars."
    assert speaker_of(text, "aiming a crossbow") is None


def test_people_opening_the_sentence_at_a_place_speak_but_hundreds_of_households_do_not():
    text = (
        "Commuters at the Westgate main station said fares took a quarter of their pay.\n\n"
        "Hundreds of households in Burnie are still waiting for flood grants, the Audit Office has found."
    )
    assert why(text, "a quarter of their pay")[0] == "commuters"
    assert why(text, "flood grants")[0] == "Audit Office"


def test_a_plea_in_court_is_not_a_claim_the_defendant_made():
    text = (
        "Lorna Baird, 54, of Perth, admitted embezzling 80,000 pounds from 23 care home residents.\n\n"
        "Ewan Doig, 41, admitted fraud by abuse of position at an earlier hearing.\n\n"
        "Morag Keir denied knowing that the money had been taken from 23 residents."
    )
    assert why(text, "80,000 pounds")[0] is None
    assert why(text, "abuse of position")[0] is None
    assert why(text, "the money had been taken")[0] == "Morag Keir"


def test_a_forecast_as_a_noun_names_no_one():
    text = "Cocoa output will fall to 610,000 tonnes, down from the regulator’s October forecast of 700,000."
    assert why(text, "610,000 tonnes")[0] is None


def test_a_participle_opening_the_sentence_is_not_the_speaker():
    text = (
        "A fund opens.\n\n"
        "Speaking at the launch, Chioma Adeyemi-Hart said the fund would pay for 70 classrooms.\n\n"
        "Asked about the delays, Bjorn Ekdahl-Nunes said 11 builders had quit."
    )
    assert why(text, "70 classrooms")[0] == "Chioma Adeyemi-Hart"
    assert why(text, "11 builders")[0] == "Bjorn Ekdahl-Nunes"


def test_a_day_beside_a_body_or_opening_the_sentence_is_not_the_speaker():
    text = (
        "Teachers to be hired.\n\n"
        "The Kano State Government Thursday said it would hire 1,500 teachers.\n\n"
        "On Friday Musa Danjuma-Bello, chairman of the state teachers' union, said 2,800 posts were vacant."
    )
    assert why(text, "1,500 teachers")[0] == "Kano State Government"
    assert why(text, "2,800 posts")[0] == "Musa Danjuma-Bello"


def test_a_town_and_party_before_the_role_are_not_the_speaker():
    article = [
        "The bypass opened in May.",
        "The group's deputy, Falkirk Labour councillor Ewan Sorley, said that 600 lorries a day now "
        "avoid the town centre.",
    ]
    assert speakers_of(article, "600 lorries") == ["Ewan Sorley"]


def test_a_name_on_a_radio_station_is_the_speaker_not_the_station():
    article = [
        "The Ogun State Commissioner for Environment, Tunde Bakare has justified the seizure of 12 dredgers.",
        "Mr Bakare on Abeokuta-based Rock FM said he had received no letter about the 40 trucks.",
    ]
    assert speakers_of(article, "12 dredgers", "40 trucks") == ["Tunde Bakare", "Tunde Bakare"]


def test_figures_are_no_speaker():
    article = [
        "Waiting lists have risen sharply according to the latest official figures.",
        "Those waiting a year rose by 4,120 last month, according to new figures.",
    ]
    assert speakers_of(article, "risen sharply", "4,120") == [None, None]
    assert why("\n\n".join(article), "4,120")[1].startswith("none: figures")


def test_people_described_up_to_a_place_speak_never_the_place():
    raw = "Residents of apartment complexes in Whitefield and Marathahalli said they paid Rs 2,000 a load."
    assert why(raw, "Rs 2,000")[0] == "residents"


def test_a_name_line_under_a_story_in_the_third_person_signs_nothing():
    text = (
        "The council approved 120 new homes on Tuesday.\n\n"
        "The site had been empty for 15 years.\n\n"
        "Marjorie Vella-Camilleri, Mosta"
    )
    assert why(text, "120 new homes")[0] is None


def test_a_count_or_patients_admitted_to_hospital_never_speak():
    text = (
        "The district health office issued an alert on Monday.\n\n"
        "Thirty-two confirmed cases have been recorded in the district since March.\n\n"
        "Most of the patients admitted to hospital were farm workers over 40.\n\n"
        "Lakeview District Hospital has admitted 41 patients with burns since June, its director, "
        "Dr. Ines Marwick, told the Courier."
    )
    assert why(text, "Thirty-two confirmed cases")[0] is None
    assert why(text, "farm workers over 40")[0] is None
    assert why(text, "41 patients")[0] == "Ines Marwick"


def test_declaring_a_state_of_emergency_is_an_act_not_a_claim():
    text = "Ice brought down lines.\n\nGov. Marta Quillan declared a state of emergency for three counties."
    assert why(text, "three counties")[0] is None


def test_a_place_the_subject_is_in_or_a_headline_word_is_never_the_company():
    text = (
        "Nickel miner halts output at southern pit\n\n"
        "A nickel miner in southern Peru has halted output at its biggest pit, the company said."
    )
    assert why(text, "halted output")[0] is None


def test_a_place_that_added_jobs_said_nothing():
    text = (
        "The jobs figures were published on Friday.\n\n"
        "Saskatchewan added 14,300 jobs in the past twelve months.\n\n"
        "The minister, Dana Roe-Whitby, added that 2,000 of them were in mining."
    )
    assert why(text, "14,300 jobs")[0] is None
    assert why(text, "2,000 of them")[0] == "Dana Roe-Whitby"


def test_someone_described_in_a_place_speaks_not_the_place():
    text = (
        "Staff are leaving care work.\n\n"
        "A care home manager in Newport said she had lost six staff since the summer.\n\n"
        "A mother in Likoni told us she walked to 3 clinics on Monday.\n\n"
        "Nobody disputes that the sector needs 400 more inspectors."
    )
    assert why(text, "six staff") == ("a care home manager", "described, not named")
    assert why(text, "3 clinics")[0] == "a mother"
    assert why(text, "400 more inspectors")[0] is None
