"""Reporting verbs and sources: "said", "according to", inverted and unusual verbs of saying,
accusing or ruling, closing clauses, and the words between a speaker and the verb.
All text is invented."""

import pytest

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_according_to_names_the_source_of_a_reported_claim():
    raw = "According to Tom Jones, the economy grew by 3 percent last year."
    assert attributed(raw)[0][1:] == ("Tom Jones", False, True)


def test_a_reported_claim_with_that_carries_its_speaker():
    raw = (
        "Vladimir Putin spoke in Tajikistan.\n\n"
        "Putin confirmed that Russia is giving military support to Syria."
    )
    assert attributed(raw)[1][1:] == ("Vladimir Putin", False, True)


def test_a_trailing_reports_names_the_source():
    raw = "Experts say the strategy is designed to deflect attention, reports EUobserver."
    assert attributed(raw)[0][1] == "EUobserver"


def test_an_abbreviation_in_the_attribution_does_not_cut_it_short():
    raw = "“This is just the beginning,” U.S. Treasury Secretary Janet Yellen said."
    assert attributed(raw)[0][1:3] == ("Janet Yellen", True)


def test_a_name_between_commas_before_the_verb_is_the_speaker():
    raw = "Its foreign policy chief, Josep Borrell, told reporters the bloc stood with its partners."
    assert attributed(raw)[0][1] == "Josep Borrell"


def test_a_relative_clause_between_name_and_verb_is_skipped():
    raw = "Janet Yellen spoke.\n\nYellen, who spoke in Washington, added that more measures were coming."
    assert speaker_of(raw, "more measures") == "Janet Yellen"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Osei revealed that the airline had carried 41 million passengers in 2025.", "Bernard Osei"),
        ("“We are the most punctual airline in Africa,” he insisted.", "Bernard Osei"),
        (
            "Skyline Air’s chief executive, Bernard Osei, touted record profits of 870 million dollars.",
            "Bernard Osei",
        ),
        (
            "Pilots earn 30 percent less than in 2015, it was claimed by the Pilots’ Association.",
            "Pilots’ Association",
        ),
        (
            "Fares rose 7 percent, Transport Minister Bernard Osei said on Tuesday, after a long delay.",
            "Bernard Osei",
        ),
        ("Officials in Dushanbe said 12 people had been killed.", "officials"),
        ("Premiums have doubled since March, according to the broker Lloyd Marsh.", "Lloyd Marsh"),
        (
            "It will cost 14 billion, according to the Office for Budget Responsibility.",
            "Office for Budget Responsibility",
        ),
        ("No group has claimed responsibility for the attack.", None),
        ("The Treasury said the clashes had closed three crossings.", "Treasury"),
        ("The central bank said in a statement that inflation stood at 17.4 percent.", "central bank"),
        ("The Department for Education said 27,000 teachers had been recruited.", "Department for Education"),
        (
            "Gov. Elaine Marsh of Nevada, where the jets are built, said it would employ 4,500.",
            "Elaine Marsh",
        ),
        ("Fuel is a third of our costs, Osei commented after the vote.", "Bernard Osei"),
        ("Osei mentioned that 12 routes had been dropped since 2024.", "Bernard Osei"),
        ("Osei described the 9 percent rise as the smallest in a decade.", "Bernard Osei"),
        ("Osei responds to critics that delays fell by half in 2025.", "Bernard Osei"),
        ("The News Agency of Nigeria reports that 40 flights were cancelled.", "News Agency of Nigeria"),
        (
            "The Office of Grain Statistics now expects a harvest of 9 million tonnes.",
            "Office of Grain Statistics",
        ),
        ("Police in the capital said 14 people had been arrested.", "police"),
        ("Critics say the plan will cost 4 billion.", "Critics"),
        ("Unemployment fell to 3.9 percent, the statistics office said on Friday.", "statistics office"),
        ("Residents of the valley told reporters that 30 homes had flooded.", "residents"),
        ("According to a statement from the health ministry, 40 clinics have closed.", "health ministry"),
    ],
)
def test_reporting_verbs_beyond_said_and_organisations_name_the_source(sentence, speaker):
    raw = "Bernard Osei runs Skyline Air, which flies to 40 cities.\n\n" + sentence
    assert speaker_of(raw, sentence[5:25]) == speaker


def test_a_verb_before_according_to_names_the_speaker_not_the_paper_that_reported_it():
    raw = (
        "The Daily Ledger quoted Marta Quell, the bank's treasurer.\n\n"
        "“We lost 40 million on the bond,” Quell told a staff meeting, according to the Ledger."
    )
    assert speaker_of(raw, "40 million") == "Marta Quell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Lena Ostrova, a hydrologist who studied the river for years, said flow had fallen 18%.",
        "Lena Ostrova, who chairs the river trust, welcomed the report and said its flow had fallen by 18%.",
        "However, Lena Ostrova, in a statement signed by her deputy, Mr. Paul Dane, said flow fell 18%.",
    ],
)
def test_the_subject_before_an_aside_is_the_speaker(sentence):
    assert why(sentence, "18%")[0] == "Lena Ostrova"


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        pytest.param(
            (
                "The Minister of State for Water, Senator (Dr.) Amina Sule, said the dam would supply "
                "40 million litres a day by June."
            ),
            "40 million litres",
            "Amina Sule",
            id="the_holder_of_a_portfolio_title_is_the_speaker_not_the_title",
        ),
        pytest.param(
            "The Secretary of State for Transport said 300 new trains would be ordered this year.",
            "300 new trains",
            "Secretary of State for Transport",
            id="a_portfolio_title_with_no_name_stays_the_speaker",
        ),
        pytest.param(
            "It was claimed by the regulator Powerwatch that the firm had missed its target four times.",
            "missed its target",
            "Powerwatch",
            id="a_body_named_after_its_kind_speaks_by_its_name",
        ),
        pytest.param(
            (
                "Zambuko Copper will cut 2,000 jobs, the company said on Wednesday.\n\n"
                "Chief executive Tendai Moyo blamed power cuts, which he said had shut a smelter for 41 days."
            ),
            "41 days",
            "Tendai Moyo",
            id="a_business_name_opening_the_story_is_not_the_he_of_a_later_sentence",
        ),
        pytest.param(
            "The Nurses and Midwives Federation welcomed the money but said it fell short by 2,000 nurses.",
            "2,000 nurses",
            "Nurses and Midwives Federation",
            id="the_subject_of_two_joined_verbs_is_the_speaker_of_the_second",
        ),
    ],
)
def test_the_speaker_of_a_claim_is_who_the_sentence_says(raw, fragment, speaker):
    assert why(raw, fragment)[0] == speaker


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (  # a body's name holds "of" and "and"; its last words are no person
            "The Department for Culture and Media Sport said 40 museums would close.",
            "40 museums",
            "Department for Culture and Media Sport",
        ),
        (
            "The Rivers Chamber of Small Traders warned that 300 shops could shut.",
            "300 shops",
            "Rivers Chamber of Small Traders",
        ),
        (  # a person of a body is the person
            "Economist Dr Lena Varga of the University of Tarvik said prices rose 8 per cent.",
            "prices rose",
            "Lena Varga",
        ),
        (  # a description or a party before the name is not part of it
            "Prosecutor Idris Lowe told the court that 80 payments were made.",
            "80 payments",
            "Idris Lowe",
        ),
        (
            "Liberal candidate Ann Rowe lost. Green Oliver Brandt Hughes said 900 homes were empty.",
            "900 homes",
            "Oliver Brandt Hughes",
        ),
        (  # the subject past an opening phrase and an appositive
            "In a letter to parents, the school's head teacher, Dr Nora Quill, said 12 classes would merge.",
            "12 classes",
            "Nora Quill",
        ),
        (  # the person before an appositive closing the sentence
            "Grain exports fell 9 per cent, Tomas Berg, chairman of the Plains Growers Forum, said.",
            "Grain exports",
            "Tomas Berg",
        ),
        (  # offices and honorifics before a name are not part of it
            "Treasurer Mina Castell said 4,000 homes would be built.",
            "4,000 homes",
            "Mina Castell",
        ),
        (
            "Shadow treasurer Carl Dunmore said the deficit was $9 billion.",
            "the deficit",
            "Carl Dunmore",
        ),
        (
            "Magistrate Ada Pereira said 14 cases were adjourned.",
            "14 cases",
            "Ada Pereira",
        ),
        (
            "A trader in Fagge, Malam Sani Idris, said 300 stalls had closed.",
            "300 stalls",
            "Sani Idris",
        ),
        (
            "He was followed by Ruth Adeyemi, head of the Lakeside Food Bank, who said 2,000 families came.",
            "2,000 families",
            "Ruth Adeyemi",
        ),
    ],
)
def test_the_speaker_is_the_whole_name_the_text_gives(raw, fragment, speaker):
    assert why(raw, fragment)[0] == speaker


def test_a_subject_with_a_portfolio_title_and_a_time_before_its_verb_speaks():
    text = (
        "The Minister of Information and Culture, Alhaji Bako Danladi, again on Tuesday assured"
        " farmers that fertiliser prices would fall by a fifth."
    )
    assert speaker_of(text, "fall by a fifth") == "Bako Danladi"


def test_further_added_and_an_opening_phrase_keep_the_named_subject():
    text = (
        "Harbour FC coach Aldo Ferreira said his side had been beaten by a better team.\n\n"
        "Speaking after the match, Ferreira praised the visitors and said they had pressed well.\n\n"
        "Ferreira further added that his side had conceded nine goals in three games."
    )
    assert why(text, "pressed well")[0] == "Aldo Ferreira"
    assert why(text, "nine goals in three games")[0] == "Aldo Ferreira"


def test_a_person_quoted_by_a_statement_as_saying_is_the_speaker():
    text = (
        "Tarn Valley Mills said its profit doubled.\n\n"
        "The firm's chairman, Mr Osaro Idemudia, was quoted by the statement as saying the mills would"
        " hire 400 workers."
    )
    assert speaker_of(text, "hire 400 workers") == "Osaro Idemudia"


def test_a_finding_in_the_impersonal_passive_is_the_finders():
    text = (
        "It was found by auditors that 12 of the 40 contracts had been awarded without a tender.\n\n"
        "The missing ledger was found by police near the canal on 3 March."
    )
    assert why(text, "12 of the 40 contracts")[0] == "auditors"
    assert why(text, "near the canal")[0] is None


def test_credited_names_what_the_speaker_says_caused_it():
    text = "Mayor Ines Carvalho credited the fall in burglaries to 30 new street lights the city installed."
    assert why(text, "30 new street lights")[0] == "Ines Carvalho"


def test_a_passive_claim_with_where_it_was_made_between_is_still_the_agents():
    text = (
        "It was also claimed at the meeting, by the residents’ group Quiet Nights Mawson, that house"
        " prices near the runway had fallen 8 per cent."
    )
    assert why(text, "fallen 8 per cent")[0] == "Quiet Nights Mawson"


def test_a_name_after_reminded_or_criticised_speaks_the_quote_before_it():
    inverted = [
        '"We doubled the icebreaker budget last year," reminded deputy minister Aleksander Brodny.',
        '"Rail capacity is already booked until March," criticised Vera Kostenko, a consultant.',
    ]
    assert speakers_of(inverted, "icebreaker budget", "booked until March") == [
        "Aleksander Brodny",
        "Vera Kostenko",
    ]


def test_an_agency_that_reports_someone_as_saying_relays_them_and_they_speak():
    relayed = [
        "The Baltavia News Agency reported the agriculture ministry as saying that 1.8 million tonnes"
        " of wheat were waiting.",
        "Interlink cited deputy port director Oskar Reinholt as saying that two icebreakers were idle.",
        "The agency quoted farmers' union leader Magda Teliga as saying that growers had lost 40 dollars.",
    ]
    assert speakers_of(relayed, "1.8 million tonnes", "two icebreakers", "40 dollars") == [
        "agriculture ministry",
        "Oskar Reinholt",
        "Magda Teliga",
    ]


def test_criticism_that_states_a_claim_is_its_critics():
    article = [
        "Health Minister Ama Owusu has criticized the Opposition over their claim that drug prices rose "
        "40 percent.",
        "Trade Minister Pieter Botha has had a go at the ports authority saying that delays cost R50 "
        "million a day.",
    ]
    assert speakers_of(article, "drug prices", "R50 million") == ["Ama Owusu", "Pieter Botha"]


def test_a_question_quoted_by_asking_and_a_famous_line_are_the_subjects():
    article = [
        'Opposition leader Ruth Kinane opened the session by asking the minister "why did 900 patients '
        'wait on trolleys last night".',
        'The late Sen. Walter Ames Prescott is famous for uttering "A budget is a moral document."',
    ]
    assert speakers_of(article, "900 patients", "moral document") == ["Ruth Kinane", "Walter Ames Prescott"]


def test_denied_reports_claiming_is_the_senators_denial_not_the_reports():
    text = (
        "The Minister of Coastal Affairs, Senator Ada Bello, has denied reports claiming she asked "
        "for an inquiry into 12 state governors."
    )
    assert speakers_of([text], "12 state governors") == ["Ada Bello"]


def test_the_subject_who_confirms_what_another_said_is_the_speaker():
    article = [
        "Prime Minister Tomas Lindqvist said on Friday the levy would raise 3 billion crowns.",
        "In a post on social media, Mara Okoye, president of the Harbour Workers Union, confirmed "
        "what Lindqvist said.",
    ]
    assert speakers_of(article, "confirmed what") == ["Mara Okoye"]


def test_informed_the_council_that_reports_the_chiefs_claim():
    text = (
        "Police Chief Dan Moss informed the village council on Monday that he has asked the state "
        "bureau to review 14 complaints."
    )
    assert speakers_of([text], "14 complaints") == ["Dan Moss"]


def test_has_repeatedly_suggested_and_lauded_are_claims_of_their_subject():
    article = [
        "Governor Lyle Hart has repeatedly suggested the port would be better off under state control.",
        "Minister Asha Rao spoke at the summit in Delhi.",
        "She also lauded the premier for doubling the rail budget to 40 billion rupees.",
    ]
    assert speakers_of(article, "state control", "40 billion rupees") == ["Lyle Hart", "Asha Rao"]


def test_stating_after_another_verb_gives_the_subject():
    text = (
        "Last month, resident Tom Reyes addressed the board and other officials, stating he had seen "
        "officers ignore 30 warrants."
    )
    assert speakers_of([text], "30 warrants") == ["Tom Reyes"]


def test_a_name_then_said_then_a_comma_is_not_an_inverted_attribution():
    text = (
        "The company's operations director, Paul Sefton, said it lost 92 million litres a day to "
        "leakage, down from 112 million in 2023."
    )
    assert speakers_of([text], "92 million") == ["Paul Sefton"]


def test_a_phrase_between_speaker_and_verb_keeps_the_speaker():
    text = (
        "A bridge is closed.\n\n"
        "Ravi Pillai-Morgan, who chairs the transport panel, on Tuesday told reporters that 3 bridges"
        " needed repairs."
    )
    assert why(text, "3 bridges")[0] == "Ravi Pillai-Morgan"


def test_a_clause_between_dashes_before_said_leaves_the_councillor_as_speaker():
    article = [
        "The plans were published on Friday.",
        "Cllr Shona Laird - who chairs the housing board - said that 80 homes stood empty in Kirkcaldy.",
    ]
    assert speakers_of(article, "80 homes") == ["Shona Laird"]


def test_a_claim_made_before_walking_out_is_the_councillors_who_walked_out():
    article = [
        "The vote was held on Wednesday.",
        "Councillor Isla Munro left the chamber after claiming that the cuts would close 9 nurseries.",
    ]
    assert speakers_of(article, "9 nurseries") == ["Isla Munro"]


def test_further_remarked_and_emphasized_a_noun_are_the_speakers():
    article = [
        "Nigerian lawyer Tunde Okafor spoke on a breakfast programme.",
        "Okafor also emphasized the failure of 11 states to pay the minimum wage.",
        "Okafor further remarked, “We have governors who left debts of 40 billion naira.”",
    ]
    assert speakers_of(article, "11 states", "40 billion") == ["Tunde Okafor"] * 2


def test_come_out_to_say_and_went_on_to_say_are_saying():
    article = [
        "Benue State governor, Samuel Iorkyase has come out to say that the 40,000 naira wage is too small.",
        "The governor went on to say that 62,000 workers would be paid in May.",
    ]
    assert speakers_of(article, "40,000 naira", "62,000 workers") == ["Samuel Iorkyase"] * 2


def test_accusations_are_the_accusers_claims():
    article = [
        "The Odisha government came under fire on Saturday from Prime Minister Arvind Kale for allegedly "
        "looting 300 crore rupees.",
        "Assam Chief Minister Rohan Baruah has hit out at the Odisha government for purportedly hiding "
        "400 crore rupees.",
        "The prime minister charged corruption within 12 departments.",
    ]
    assert speakers_of(article, "300 crore", "400 crore", "12 departments") == [
        "Arvind Kale",
        "Rohan Baruah",
        "Arvind Kale",
    ]


def test_a_wire_dateline_does_not_hide_the_subject_after_it():
    article = [
        "Bhubaneswar (Odisha) [India], March 4 (ANI): Chief Minister Naveen Das on Friday took a jibe at "
        "the alliance and said that 20 parties were trying to sit on one tree."
    ]
    assert speakers_of(article, "20 parties") == ["Naveen Das"]


def test_jibes_potshots_and_slamming_someone_for_something_are_the_speakers_claims():
    article = [
        "Earlier on Friday, Vikram Singh Rathore took a jibe at the alliance saying 26 parties were afraid.",
        "He took potshots at the two parties over the 12 seats.",
        "Party chief Anil Yadav slammed the Congress for not giving his party 6 seats.",
    ]
    assert speakers_of(article, "26 parties", "12 seats", "6 seats") == [
        "Vikram Singh Rathore",
        "Vikram Singh Rathore",
        "Anil Yadav",
    ]


def test_judges_rulings_and_findings_are_the_judges():
    article = [
        "Judge Ellen Prescott heard arguments for three hours.",
        "Prescott ruled that the two statements can be used at the trial in February.",
        "Prescott decided the first statement can be used because the captain was a witness then.",
        "She found the second statement admissible because it was given freely.",
    ]
    assert (
        speakers_of(article, "two statements", "first statement", "second statement")
        == ["Ellen Prescott"] * 3
    )


def test_announcements_and_justifications_are_what_the_person_said():
    article = [
        "Deputy premier Marlon Baptiste made the announcement that the minister will step down on June 1.",
        "Mr Baptiste made it clear that the budget of 1.2 billion dollars would not be cut.",
        "He however explained that 300 road projects would go on.",
        "County Sheriff Mark Delaney held a press conference in which he announced that two deputies "
        "were placed on leave.",
    ]
    assert speakers_of(article, "June 1", "1.2 billion", "300 road projects") == ["Marlon Baptiste"] * 3
    assert speakers_of(article, "two deputies") == ["Mark Delaney"]


def test_a_dateline_between_slashes_does_not_hide_the_lead_that_names_the_speaker():
    article = [
        "MIRGOROD, March 4. /Xinhua/. The Veltrian Interior Ministry expects the broadcaster to "
        "correct its report, the ministry's spokeswoman Oksana Derevko said at a briefing on Friday.",
        "“We have read the report with care and found 14 errors,” Derevko noted.",
    ]
    assert speakers_of(article, "14 errors") == ["Oksana Derevko"]


def test_a_closing_clause_names_the_source_of_the_whole_sentence():
    text = (
        "Ondo Ridge district in western Calvia declared a curfew on Sunday, a day after gunmen "
        "killed nine people at a market, district authorities announced."
    )
    assert speakers_of([text], "declared a curfew") == ["district authorities"]


def test_a_closing_clause_after_someone_who_speaks_relays_them():
    text = "Mayor Ines Kowal confirmed that the ferry would stop in May, the Harbour Gazette said."
    assert speakers_of([text], "ferry would stop") == ["Ines Kowal"]


def test_the_person_after_with_is_who_is_saying_not_the_party():
    text = (
        "The Green Union has rejected criticism of its costings, with party leader Marit Solberg "
        "saying voters will be “able to check every figure”."
    )
    assert speakers_of([text], "rejected criticism") == ["Marit Solberg"]


def test_what_reports_claim_is_the_reports_not_the_person_they_name():
    article = [
        "The Kaduna Ridge Police Command has said that no gang leader controls the district.",
        "The command was responding to media reports claiming that a gang leader, Musa Dangote "
        "Ilori, had declared himself head of the district.",
        "According to the reports, Ilori demanded a levy of 2,000 naira from every trader.",
    ]
    # "the reports" are the media reports described just before (the body described in lower case)
    assert speakers_of(article, "declared himself", "levy of 2,000") == ["media reports", "media reports"]
