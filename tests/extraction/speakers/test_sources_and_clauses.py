"""Sources and clauses: "according to", a trailing "reports", closing clauses, and the asides,
phrases and datelines between a speaker and the verb. All text is invented."""

import pytest

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_according_to_names_the_source_of_a_reported_claim():
    raw = "According to Tom Jones, the economy grew by 3 percent last year."
    assert attributed(raw)[0][1:] == ("Tom Jones", False, True)


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


def test_a_wire_dateline_does_not_hide_the_subject_after_it():
    article = [
        "Bhubaneswar (Odisha) [India], March 4 (ANI): Chief Minister Naveen Das on Friday took a jibe at "
        "the alliance and said that 20 parties were trying to sit on one tree."
    ]
    assert speakers_of(article, "20 parties") == ["Naveen Das"]


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
