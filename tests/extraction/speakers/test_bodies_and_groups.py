"""Bodies and groups as speakers: organisations, authorities, the police, the prosecution,
organisers and groups of people speak as the text writes them. All text is invented."""

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_an_organisation_after_according_to_is_the_source():
    raw = "According to the Labor Department, unemployment fell to 3.8 percent."
    assert attributed(raw)[0][1:] == ("Labor Department", False, True)


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


def test_a_lower_case_taskforce_is_a_body_that_speaks():
    text = "The port security taskforce says it seized 300 crates of cloves in October."
    assert why(text, "300 crates")[0] == "port security taskforce"


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


def test_a_figure_rubbished_by_a_ministry_is_the_ministrys_rebuttal():
    article = [
        "Parents gathered outside the school on Monday.",
        "A figure of 40 shut schools was rubbished by the Ministry of Education as out of date.",
    ]
    assert speakers_of(article, "40 shut schools") == ["Ministry of Education"]


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


def test_the_prosecution_speaks_when_the_text_says_it_claimed_something():
    text = "It was claimed by the prosecution that the pair took 52,000 euro from the charity."
    assert why(text, "52,000 euro")[0] == "prosecution"


def test_gardai_and_nurses_speak_as_written():
    text = "Burglaries in Tramore rose by a third this year, gardai have said."
    assert why(text, "a third")[0] == "gardai"
    text = "The clinic ran out of insulin on three days in May, according to nurses at the clinic."
    assert why(text, "insulin")[0] == "nurses"
    assert why("Nurses say the ward has been short of 12 staff since June.", "12 staff")[0] == "Nurses"


def test_an_events_organisers_speak_as_a_group():
    text = "Cup final.\n\nThe crowd of 9,000 was a record for the ground, the tournament organisers said.\n"
    assert why(text, "9,000")[0] == "tournament organisers"


def test_a_cooperative_speaks_as_a_body():
    text = (
        "The typhoon left the province dark.\n\n"
        "The provincial electric cooperative said 82 percent of its customers were without power."
    )
    assert why(text, "82 percent")[0] == "provincial electric cooperative"


def test_the_province_speaks_when_the_text_says_it_does():
    raw = "CHOW: The province says it will match any new transit money the city puts in. Does that help?"
    assert why(raw, "will match")[0] == "province"
