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


def test_a_name_without_its_middle_name_is_the_person_named_in_full():
    text = (
        "Guests: Hamid Rauf Siddiqui of the opposition, and the minister.\n\n"
        "Hamid Siddiqui said 72 buses had been bought.\n\n"
        "SIDDIQUI: Only 12 of them are running today."
    )
    assert _why(text, "72 buses")[0] == "Hamid Rauf Siddiqui"


def test_mr_and_the_family_name_after_a_given_name_is_the_person_named_in_full():
    text = (
        "The operator's chief executive, Mr Daniel Tan Wei Ming, spoke on Monday.\n\n"
        "Mr Tan said 12 new trains would run on the line by 2028."
    )
    assert _why(text, "12 new trains")[0] == "Daniel Tan Wei Ming"


def test_a_nickname_in_quotes_stays_part_of_the_full_name():
    text = (
        "Farmers protest rice imports.\n\n"
        "Sen. Ernesto “Nesto” Dimaculangan warned that 9,000 farms could close.\n\n"
        "He said prices had fallen by 20 per cent.\n\n"
        "Dimaculangan said imports had doubled since 2023."
    )
    for fragment in ("9,000 farms", "20 per cent", "had doubled"):
        assert _why(text, fragment)[0] == "Ernesto “Nesto” Dimaculangan"


def test_a_vessel_named_after_its_kind_is_not_the_spokesperson():
    text = (
        "The following is a summary of the briefing by Kofi Mensah-Bonsu, Spokesperson for the"
        " Commission.\n\n"
        "The Commission is concerned by the attack on the cargo ship Ama Dede, the spokesperson said.\n\n"
        "He said nine crew members had been taken from the ship.\n\n"
        "The spokesperson said 14 patrol boats were at sea."
    )
    assert _why(text, "nine crew members")[0] == "Kofi Mensah-Bonsu"
    assert _why(text, "14 patrol boats")[0] == "Kofi Mensah-Bonsu"


def test_an_outlet_that_saw_a_letter_is_not_its_writer():
    text = (
        "Dock workers fear cuts.\n\n"
        "The Harbour Workers Union has written to the Minister of Transport warning that 800 jobs"
        " are at risk.\n\n"
        "In the letter, dated 3 March and seen by the Coastal Gazette, the union's president,"
        " Mwila Banda-Phiri, wrote that the port would close two berths in May."
    )
    assert _why(text, "800 jobs")[0] == "Harbour Workers Union"
    assert _why(text, "two berths")[0] == "Mwila Banda-Phiri"


def test_a_body_keeps_the_place_and_level_in_its_name_and_drops_a_group_suffix():
    text = (
        "Lawmakers debate water meters.\n\n"
        "The New Hampshire Orchard Growers Council said metering would close 30 orchards.\n\n"
        "The state auditor's office told the committee that 14 wells were unmetered.\n\n"
        "The Friends of Kent Village Halls group says 2,000 people use the halls each week.\n\n"
        "Fishers' group Samahan ng Mangingisda sa Quezon said catches had fallen by a third."
    )
    assert _why(text, "30 orchards")[0] == "New Hampshire Orchard Growers Council"
    assert _why(text, "14 wells")[0] == "state auditor’s office"
    assert _why(text, "2,000 people")[0] == "Friends of Kent Village Halls"
    assert _why(text, "by a third")[0] == "Samahan ng Mangingisda sa Quezon"


def test_points_under_told_mps_that_are_the_speakers_without_bullets():
    text = (
        "Debt rises.\n\n"
        "Appearing before the committee on Tuesday, Ms Amina Wekesa-Oduor told MPs that:\n\n"
        "Public debt stood at 9.4 trillion shillings in October.\n\n"
        "Interest payments reached 310 billion shillings in four months.\n\n"
        "Committee chairman Peter Kiprono said the debt had grown by 700 billion shillings."
    )
    assert _why(text, "9.4 trillion")[0] == "Amina Wekesa-Oduor"
    assert _why(text, "310 billion")[0] == "Amina Wekesa-Oduor"
    assert _why(text, "700 billion")[0] == "Peter Kiprono"


def test_a_team_before_its_coach_is_no_rival_for_her_pronoun():
    text = (
        "Harbour Rangers won 2-0 away at Lake Eagles on Sunday.\n\n"
        "Lake Eagles coach Efua Mensah-Quaye blamed the referee for the first goal.\n\n"
        "She said the scorer had been a metre offside.\n\n"
        "According to the league, 21,000 people attended the match."
    )
    assert _why(text, "a metre offside")[0] == "Efua Mensah-Quaye"
    assert _why(text, "21,000 people")[0] == "league"


def test_an_office_after_a_place_is_not_part_of_the_name_and_the_coroner_is_its_holder():
    text = (
        "An inquest heard evidence.\n\n"
        "Kent Assistant Coroner Miriam Oduya-Hart recorded a conclusion of accidental death.\n\n"
        "The council's head of roads, Fiona Beckett-Lyle, said in written evidence that 6 crashes had"
        " happened there.\n\n"
        "The coroner said she would write to the council.\n\n"
        "She said the junction remained dangerous after 3 warnings.\n\n"
        "Local TD Aoife Brannigan-Kerr raised the case in the Dail.\n\n"
        "She told the House that the hospital had 410 beds."
    )
    assert _why(text, "3 warnings")[0] == "Miriam Oduya-Hart"
    assert _why(text, "410 beds")[0] == "Aoife Brannigan-Kerr"


def test_the_person_a_description_names_rejects_and_says_not_the_last_speaker():
    text = (
        "Quota cut angers fishers.\n\n"
        "The forum's chairperson, Ruth Nangombe-Sass, said the survey had not been shared.\n\n"
        "The executive director of the fisheries ministry, Josef Amutenya-Kloss, rejected her account,"
        " saying the survey had been presented on 4 November.\n\n"
        "The hospital group that runs the clinic said 12 beds would open."
    )
    assert _why(text, "4 November")[0] == "Josef Amutenya-Kloss"
    assert _why(text, "12 beds")[0] == "hospital group"


def test_a_body_s_own_document_is_the_body_s():
    text = (
        "Koruna Gold Holdings Ltd runs the mine.\n\n"
        "The mine produced 95,000 ounces last year, according to the company's annual report.\n\n"
        "According to the central bank's latest bulletin, remittances reached 640 million dollars."
    )
    assert _why(text, "95,000 ounces")[0] == "Koruna Gold Holdings Ltd"
    assert _why(text, "640 million")[0] == "central bank"


def test_a_body_described_then_named_in_an_aside_is_the_named_body():
    text = (
        "Fish die in the river.\n\n"
        "The fishers' association, the Lower Sepik Fishers Association, said that 9 villages had"
        " stopped fishing."
    )
    assert _why(text, "9 villages")[0] == "Lower Sepik Fishers Association"


def test_a_named_body_s_own_office_speaks_as_that_office():
    text = (
        "Imports were undervalued.\n\n"
        "According to the Assembly's own budget office, imports rose by 45 per cent in two years."
    )
    assert _why(text, "45 per cent")[0] == "Assembly’s own budget office"
