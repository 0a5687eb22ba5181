"""Speakers in the ninth held-out set's layouts (issue #19): bodies that speak through "it
said", "which says" or a participle, names kept whole (a body's name with "for the" or a
linking word in its own language, an office holder named in an aside, a numbered seat before
a name), a pronoun after a change of speaker, a finding in the impersonal passive, and a list
whose page lost its bullets under a lead-in."""

from claims.extraction.pipeline import extract_html
from tests.extraction.test_speakers import _why


def test_a_body_that_rejects_a_plan_saying_why_is_the_source_of_the_reason():
    text = (
        "The Harbour Pilots Association rejected the new levy, saying fees had doubled since 2021.\n\n"
        "The Port Users Board of Tasmania disputed that, insisting it had consulted 40 firms."
    )
    assert _why(text, "fees had doubled")[0] == "Harbour Pilots Association"
    assert _why(text, "consulted 40 firms")[0] == "Port Users Board of Tasmania"


def test_a_capitalised_word_opening_the_sentence_is_not_a_body_that_says_something():
    text = "Households in Hobart paid more for water this year, saying nothing about the levy."
    assert _why(text, "paid more for water")[0] is None


def test_which_says_gives_the_claim_to_the_body_the_clause_follows():
    text = "Mei Ling Chua chairs the Coastal Fishers Cooperative, which says it speaks for 4,800 boat owners."
    assert _why(text, "4,800 boat owners")[0] == "Coastal Fishers Cooperative"


def test_a_body_described_then_named_is_its_whole_name():
    text = (
        "The rice reserve covers 11 days, the grains office says.\n\n"
        "Not according to the fishers’ federation Pederasyon ng Mangingisda, which says the reserve"
        " covers less than a week."
    )
    assert _why(text, "less than a week")[0] == "Pederasyon ng Mangingisda"


def test_a_body_written_in_lower_case_with_a_plural_possessive_is_named_as_written():
    text = "Bus fares rose 12 per cent in a year, according to a survey by the Riders’ Welfare Collective."
    assert _why(text, "12 per cent")[0] == "Riders’ Welfare Collective"


def test_a_finding_in_the_impersonal_passive_is_the_finders():
    text = (
        "It was found by auditors that 12 of the 40 contracts had been awarded without a tender.\n\n"
        "The missing ledger was found by police near the canal on 3 March."
    )
    assert _why(text, "12 of the 40 contracts")[0] == "auditors"
    assert _why(text, "near the canal")[0] is None


def test_the_company_is_the_utility_that_spoke_not_the_investigators_before_it():
    text = (
        "A power line started the fire that burned 9,000 acres, county investigators said.\n\n"
        "Lakeside Electric said in a statement that it had inspected the pole in 2024.\n\n"
        "The company also claimed it had warned 4,000 customers before the outage."
    )
    assert _why(text, "warned 4,000 customers")[0] == "Lakeside Electric"


def test_an_office_holder_named_in_the_aside_speaks_not_the_office():
    text = (
        "The Swansea East MS, Carys Pugh, who was there as a guest, warned that the cuts"
        " would close three day centres."
    )
    assert _why(text, "three day centres")[0] == "Carys Pugh"


def test_a_body_named_for_what_it_speaks_for_keeps_for_the_in_its_name():
    text = (
        "Residents' group Voice for the Valley said 300 homes had lost their bus service.\n\n"
        "Officials of the Northern Rail Corporation said the line would reopen in May."
    )
    assert _why(text, "300 homes")[0] == "Voice for the Valley"
    assert _why(text, "reopen in May")[0] == "officials"


def test_a_lower_case_body_owned_by_a_province_is_not_the_federal_department_named_earlier():
    text = (
        "The federal Department of Inland Waters cut the eel quota by 30 per cent.\n\n"
        "Hatcheries employ about 900 people, according to the province’s fisheries department.\n\n"
        "Eel prices rose 14 per cent in a month, the county’s trade department said.\n\n"
        "Exports fell by a fifth, the department said."
    )
    assert _why(text, "about 900 people")[0] == "province’s fisheries department"
    assert _why(text, "Exports fell by a fifth")[0] == "county’s trade department"


def test_credited_names_what_the_speaker_says_caused_it():
    text = "Mayor Ines Carvalho credited the fall in burglaries to 30 new street lights the city installed."
    assert _why(text, "30 new street lights")[0] == "Ines Carvalho"


def test_a_numbered_seat_before_a_name_is_where_the_person_sits_not_a_body():
    text = (
        "Chief Tendai Moyo said 200 families were still waiting for land.\n\n"
        "Ward 7 councillor Farai Chikwanha voted against the budget and said rates had risen 9 per cent.\n\n"
        "Ward 7 councillor Farai Chikwanha disputed the agency's figure. He said only two boreholes worked."
    )
    assert _why(text, "risen 9 per cent")[0] == "Farai Chikwanha"
    assert _why(text, "only two boreholes")[0] == "Farai Chikwanha"


def test_the_end_of_a_bodys_name_is_no_rival_for_a_pronoun():
    text = (
        "The federal Department of Inland Fisheries cut the crab quota by 40 per cent.\n\n"
        "In a notice to harvesters, the department said its survey found fewer crab.\n\n"
        "Fisheries scientist Dr. Renee Gauthier, who led the survey, told the paper that the water"
        " was warmer.\n\n"
        "She said the stock could recover within four years."
    )
    assert _why(text, "recover within four years")[0] == "Renee Gauthier"


LETTER = (
    "Care home group Elmcrest Living has denied that its homes are understaffed.\n\n"
    "Elmcrest's operations director, Tobenna Eze, said on Wednesday that every home met the"
    " agreed levels.\n\n"
    "The nurse, Ifeoma Nwosu, who worked at the Bury home for six years, posted her letter on Tuesday."
    " She wrote:\n\n"
    '"On most nights there was one nurse for 38 residents.\n\n'
    '"I reported nine falls in October. None of my reports received a reply."\n\n'
    'Eze rejected her account. "Our rotas show two nurses on every night shift," he said.'
)


def test_she_wrote_after_a_change_of_speaker_is_the_woman_just_introduced():
    assert _why(LETTER, "one nurse for 38 residents")[0] == "Ifeoma Nwosu"
    assert _why(LETTER, "nine falls in October")[0] == "Ifeoma Nwosu"


def test_he_said_after_the_rebuttal_is_the_man_not_the_care_home_group():
    assert _why(LETTER, "two nurses on every night shift")[0] == "Tobenna Eze"


def test_a_name_after_a_description_of_a_group_is_a_body_no_pronoun_stands_for():
    text = (
        "Care home group Elmcrest Living has denied that its homes in Bury are understaffed.\n\n"
        "He said every home had two nurses at night."
    )
    assert _why(text, "two nurses at night")[0] is None


def test_a_spokesperson_named_in_the_aside_is_the_she_of_the_next_sentence():
    text = (
        "Mill owners said 85,000 workers had been sent home, Arshad Mehmood said.\n\n"
        "A spokesperson for Indus Gas Distribution Limited, Sadia Qureshi, rejected the claim."
        " She said mills had been told in writing on 15 November."
    )
    assert _why(text, "told in writing")[0] == "Sadia Qureshi"


def test_it_said_is_the_body_the_sentence_before_is_about():
    text = (
        "The network operator Westgrid says 90,000 homes are without power.\n\n"
        "Its head of operations, Liam Doyle, said crews would wait for the wind to drop.\n\n"
        "National forecaster Met Skies has extended the warning until 6pm. It said gusts of"
        " 120km/h were recorded at noon."
    )
    assert _why(text, "120km/h")[0] == "Met Skies"


def test_a_name_described_as_a_health_board_is_a_body_kept_whole():
    text = "NHS Kinloch Moray, the health board, said it had recruited three dentists."
    assert _why(text, "three dentists")[0] == "NHS Kinloch Moray"


def test_people_opening_the_sentence_at_a_place_speak_but_hundreds_of_households_do_not():
    text = (
        "Commuters at the Westgate main station said fares took a quarter of their pay.\n\n"
        "Hundreds of households in Burnie are still waiting for flood grants, the Audit Office has found."
    )
    assert _why(text, "a quarter of their pay")[0] == "commuters"
    assert _why(text, "flood grants")[0] == "Audit Office"


def test_a_lower_case_taskforce_is_a_body_that_speaks():
    text = "The port security taskforce says it seized 300 crates of cloves in October."
    assert _why(text, "300 crates")[0] == "port security taskforce"


PLEDGES = """<html><body><article>
<h1>Opposition promises free tuition</h1>
<p>Leader of the Opposition Dr Marcia Thompson on Saturday launched her party's plan, saying the
Unity Alliance would, if elected:</p>
<ul>
<li>abolish tuition fees at public colleges by 2030;</li>
<li>build 12,000 low-income homes within five years.</li>
</ul>
<p>Thompson said the plan would cost $40 billion over four years.</p>
</article></body></html>"""


def test_list_items_that_lost_their_bullets_are_the_pledges_of_the_lead_in_speaker():
    claims = {c.text: c for c in extract_html(PLEDGES).claims}
    items = [c for text, c in claims.items() if text.startswith(("abolish", "build"))]
    assert [c.speaker for c in items] == ["Marcia Thompson", "Marcia Thompson"]


def test_the_lead_in_to_a_list_is_its_items_context_and_not_queued():
    claims = extract_html(PLEDGES).claims
    lead_in = next(c for c in claims if c.text.endswith("if elected:"))
    items = [c for c in claims if c.text.startswith(("abolish", "build"))]
    assert all(c.lead_in == lead_in.text for c in items)
    assert not lead_in.check_worthy


def test_a_role_opening_the_sentence_makes_its_holder_the_she_of_the_next():
    text = (
        "Magistrate Nokuthula Zondi said the theft had delayed 230 new homes.\n\n"
        "The defence lawyer, Advocate Lwazi Mthembu, had argued for a suspended sentence.\n\n"
        "The magistrate rejected the argument. She said the repayment was less than a tenth of the money."
    )
    assert _why(text, "less than a tenth")[0] == "Nokuthula Zondi"


def test_a_rival_named_only_in_passing_in_the_next_paragraph_is_no_rival():
    text = (
        "Tendai Banda, 52, was convicted in August on 38 counts of fraud.\n\n"
        "Prosecutor Advocate Pieter Botha told the court that Banda had paid the money to three firms."
        " He said none of the firms had built a single house."
    )
    assert _why(text, "a single house")[0] == "Pieter Botha"


def test_a_capitalised_occupation_before_a_name_is_no_part_of_it():
    text = (
        "Headteacher Imogen Hartley said her school had advertised for a chemistry teacher five times.\n\n"
        "Grower Tomas Reyes said he would leave 150 of his 500 acres unplanted."
    )
    assert _why(text, "five times")[0] == "Imogen Hartley"
    assert _why(text, "150 of his 500 acres")[0] == "Tomas Reyes"


def test_the_power_utility_is_the_power_business_named_earlier():
    text = (
        "Ubuntu Power said it would cut supply for four hours a day from Wednesday.\n\n"
        "The power utility said in a statement that outages had reached 12,400 megawatts."
    )
    assert _why(text, "12,400 megawatts")[0] == "Ubuntu Power"


def test_a_lower_case_body_with_its_owner_and_three_words_is_named_whole():
    text = "Heat deaths fell to 431 this year, the county's public health department said on Wednesday."
    assert _why(text, "431 this year")[0] == "county’s public health department"


def test_a_plea_in_court_is_not_a_claim_the_defendant_made():
    text = (
        "Lorna Baird, 54, of Perth, admitted embezzling 80,000 pounds from 23 care home residents.\n\n"
        "Ewan Doig, 41, admitted fraud by abuse of position at an earlier hearing.\n\n"
        "Morag Keir denied knowing that the money had been taken from 23 residents."
    )
    assert _why(text, "80,000 pounds")[0] is None
    assert _why(text, "abuse of position")[0] is None
    assert _why(text, "the money had been taken")[0] == "Morag Keir"


def test_a_company_keeps_the_full_stop_of_its_legal_form_and_speaks_past_its_asides():
    text = (
        "Corvane Batteries Inc. (NASDAQ: CRVB), a maker of cells for buses, today announced plans to build"
        " a 900 million dollar plant.\n\n"
        "The plant will employ 1,400 people by 2029, the company said.\n\n"
        'Halvorsen Mining Ltd. (TSX: HML) ("Halvorsen" or "the Company") today announced that it will'
        " reopen its Birch Lake mill."
    )
    assert _why(text, "900 million dollar plant")[0] == "Corvane Batteries Inc."
    assert _why(text, "1,400 people")[0] == "Corvane Batteries Inc."
    assert _why(text, "Birch Lake mill")[0] == "Halvorsen Mining Ltd."


def test_a_passive_claim_with_where_it_was_made_between_is_still_the_agents():
    text = (
        "It was also claimed at the meeting, by the residents’ group Quiet Nights Mawson, that house"
        " prices near the runway had fallen 8 per cent."
    )
    assert _why(text, "fallen 8 per cent")[0] == "Quiet Nights Mawson"


def test_a_surname_then_who_said_is_the_person_named_in_full_earlier():
    text = (
        "Returning officer Wanjiku Otieno said 412 forms had been counted.\n\n"
        "The claims were rejected by Otieno, who said every form had been signed by all the agents."
    )
    assert _why(text, "signed by all the agents")[0] == "Wanjiku Otieno"


def test_the_company_is_the_firm_a_description_named_earlier():
    text = (
        "Marine engineering firm Cairnbulg Subsea is to cut 300 jobs in Peterhead.\n\n"
        "The company, which employs 1,100 people in the town, said orders had fallen by 40% in two years."
    )
    assert _why(text, "fallen by 40%")[0] == "Cairnbulg Subsea"


def test_a_report_by_a_body_that_estimated_something_is_that_bodys_claim():
    text = "The cuts come after a report by the Moray Energy Forum estimated that 6,000 jobs had been lost."
    assert _why(text, "6,000 jobs")[0] == "Moray Energy Forum"


def test_a_person_described_then_named_in_the_aside_speaks():
    text = (
        "Volunteers from Tacloban drove relief goods to the interior.\n\n"
        "One of them, 19-year-old nursing student Paolo Mercado, said they had delivered 600 packs.\n\n"
        "Opposition leader in the council, Lakshmi Rao, disputed that, saying her ward had water"
        " twice a week."
    )
    assert _why(text, "600 packs")[0] == "Paolo Mercado"
    assert _why(text, "water twice a week")[0] == "Lakshmi Rao"


def test_a_bodys_management_and_its_forecast_are_claims_it_makes():
    text = (
        "Hospital management said in a statement that 40 new beds had opened in 2025.\n\n"
        "The Bureau of Climate Outlooks has forecast below-average rainfall until April.\n\n"
        "Councilmember Dara Quist said the city had spent only $2.1 million of the $6 million set aside."
    )
    assert _why(text, "40 new beds")[0] == "Hospital management"
    assert _why(text, "below-average rainfall")[0] == "Bureau of Climate Outlooks"
    assert _why(text, "$2.1 million")[0] == "Dara Quist"


def test_a_forecast_as_a_noun_names_no_one():
    text = "Cocoa output will fall to 610,000 tonnes, down from the regulator’s October forecast of 700,000."
    assert _why(text, "610,000 tonnes")[0] is None
