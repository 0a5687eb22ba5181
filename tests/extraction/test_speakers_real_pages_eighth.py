"""Speakers in layouts seen on the eighth real-page measurement (issue #19): hard-wrapped text,
two-word surnames after a title, title words, verbs of criticism and forecasting, a group at a
press conference, an office standing for its holder, a role named in the next sentence, a
quoted question, an opinion framed "For X, ...", and a record page's labels over "Link to this"
lines. Every sentence here is invented."""

from claims.extraction.pipeline import extract
from tests.extraction.test_speakers_real_pages_third import _speakers


def test_a_hard_wrapped_line_ending_on_a_party_name_does_not_make_the_party_a_person():
    page = (
        "Kisumu East MP Otieno Waweru has blasted Jamhuri Mpya MPs for failing to back the budget cut.\n"
        "Speaking on a breakfast show, Waweru claimed that Jamhuri\n"
        "Mpya MPs had voted to add Sh2.1 billion to the allowances of\n"
        "county officers, despite the Treasury asking for cuts.\n"
        "The politician argued that the allowances had doubled since 2022 while clinics\n"
        "went without drugs for four months.\n"
        '"Twelve clinics in Siaya closed in March because the money went to allowances," he\n'
        "added.\n"
    )
    assert (
        _speakers([page], "Sh2.1 billion", "doubled since 2022", "Twelve clinics", "failing to back")
        == ["Otieno Waweru"] * 4
    )


def test_mr_and_hon_before_a_two_word_surname_are_the_person_named_in_full_earlier():
    article = [
        "Former Minister for Roads, Yaw Boateng Mensah, has revealed that 300 kilometres of road were "
        "paved last year.",
        "Mr. Boateng Mensah said the contracts cost 2 billion cedis.",
        "Meanwhile, the Minister for Energy, Hon Abdul Rahman Iddrisu has forecasted that power cuts "
        "will end by June.",
        "At a briefing, Hon Rahman Iddrisu said the grid added 400 megawatts in March.",
    ]
    assert _speakers(article, "2 billion cedis", "power cuts", "400 megawatts") == [
        "Yaw Boateng Mensah",
        "Abdul Rahman Iddrisu",
        "Abdul Rahman Iddrisu",
    ]


def test_the_former_minister_is_the_person_whose_former_office_the_lede_gave():
    article = [
        "Former Minister for Roads, Yaw Boateng Mensah, has revealed that 300 kilometres of road were "
        "paved last year.",
        "However, the former minister admitted that 40 bridges still needed repair.",
    ]
    assert _speakers(article, "40 bridges") == ["Yaw Boateng Mensah"]


def test_councilman_and_tanaiste_are_titles_not_part_of_the_name():
    article = [
        "Dayton Councilman Lee Parrish has asked about the budget.",
        "Councilman Parrish said the city left 40 firefighter posts unfilled in 2025.",
        "Tánaiste Nuala Brennan told the Dáil that 900 new homes were finished in May.",
    ]
    assert _speakers(article, "40 firefighter", "900 new homes") == ["Lee Parrish", "Nuala Brennan"]


def test_criticism_that_states_a_claim_is_its_critics():
    article = [
        "Health Minister Ama Owusu has criticized the Opposition over their claim that drug prices rose "
        "40 percent.",
        "Trade Minister Pieter Botha has had a go at the ports authority saying that delays cost R50 "
        "million a day.",
    ]
    assert _speakers(article, "drug prices", "R50 million") == ["Ama Owusu", "Pieter Botha"]


def test_a_group_speaking_in_its_press_conference_on_a_morning_is_the_group():
    article = [
        "The Majority in their press conference on Monday morning noted that bread now costs 12 cedis a loaf."
    ]
    assert _speakers(article, "12 cedis") == ["Majority"]


def test_the_head_of_state_is_the_president_named_before_and_does_not_take_later_pronouns():
    article = [
        "Nakuru MP Peter Kamau has urged President John Mwangi to cut the fuel levy.",
        "The Head of State announced in May that the levy would fall to Sh15 a litre.",
        '"The levy has risen three times since 2023," Kamau said.',
        '"Farmers pay Sh40 more per litre than traders in Uganda," he added.',
    ]
    assert _speakers(article, "Sh15 a litre", "Farmers pay") == ["John Mwangi", "Peter Kamau"]


def test_its_campaign_manager_is_the_person_the_next_sentence_names_as_such():
    article = [
        'The party\'s slate for the council is "ready," according to its campaign manager, after a week '
        "of rows over the list.",
        '"We have 40 candidates in 12 wards," Quezon Rep. Danilo R. Ocampo, campaign manager of the slate,'
        " said.",
    ]
    assert _speakers(article, "slate for the council") == ["Danilo R. Ocampo"]


def test_a_question_quoted_by_asking_and_a_famous_line_are_the_subjects():
    article = [
        'Opposition leader Ruth Kinane opened the session by asking the minister "why did 900 patients '
        'wait on trolleys last night".',
        'The late Sen. Walter Ames Prescott is famous for uttering "A budget is a moral document."',
    ]
    assert _speakers(article, "900 patients", "moral document") == ["Ruth Kinane", "Walter Ames Prescott"]


def test_an_opinion_framed_for_a_named_senator_is_hers():
    article = [
        "For Senator Maricel Dizon-Uy, who chairs the audit committee, it should not be a question whether "
        "the 3.1 million pesos came from public funds."
    ]
    assert _speakers(article, "3.1 million pesos") == ["Maricel Dizon-Uy"]


def test_a_record_pages_labels_over_link_lines_are_turns_and_not_claims():
    link = "Link to this: Individually | In context | Official record"
    page = "\n".join(
        [
            "Seanad debates",
            "Wednesday, 4 March 2026",
            "Housing Supply",
            "Niamh Quigley (Cork South, Social Democrats)",
            link,
            "Rents in Cork rose by 11 per cent last year. Only 2,300 homes were built in the county.",
            "Declan Furey (Mayo, Fianna Fáil)",
            link,
            "Completions in the county were 18 per cent higher than in 2024.",
        ]
    )
    article = extract(page)
    by_text = {claim.text: claim.speaker for claim in article.claims}
    assert by_text["Rents in Cork rose by 11 per cent last year."] == "Niamh Quigley"
    assert by_text["Completions in the county were 18 per cent higher than in 2024."] == "Declan Furey"
    assert not any("Link to this" in text or "(Mayo" in text for text in by_text)


def test_the_minister_opening_a_clause_after_after_is_the_minister_named_in_the_sentence():
    article = [
        "Minister of Mines Lerato Khumalo has said that 12 mines will reopen this year.",
        'In May, Khumalo was called "careless" after the minister told miners to "wait" because the '
        "province produced 70 percent of the country's platinum.",
    ]
    assert _speakers(article, "70 percent") == ["Lerato Khumalo"]
