"""Speakers in layouts measured on real news pages (issue #19): pronouns that must not land on
a place, a bill or a speech page's own speaker; subjects separated from their verb by times
and adverbs or preceded by an opening phrase; companies reporting results; "was quoted as
saying"; a person described but never named; "Coach Surname" after the full name."""

from tests.extraction.test_speakers import _speaker_of, _why


def test_she_after_a_gorge_and_a_forum_on_a_speech_page_is_not_the_speaker_or_the_place():
    speech = (
        "Speech to the Coastal Growers Forum\n\n"
        "Speech delivered by the Minister for Fisheries, Hon Mere Kahukura, to the Coastal Growers Forum.\n\n"
        "Thank you to everyone who drove through the Rangitoto Gorge detour this morning.\n\n"
        "Last week I met a skipper in Napier who had sold her second boat. She told me fuel now takes"
        " half of every catch.\n\n"
        "Since 2024 we have licensed 120 new inshore vessels."
    )
    assert _why(speech, "She told me") == (
        None,
        "none: on a speech page 'he' or 'she' is someone else; its speaker says 'I'",
    )
    assert _speaker_of(speech, "120 new inshore vessels") == "Mere Kahukura"


def test_he_is_never_a_bill_named_just_before_him():
    text = (
        "Reporters asked the works minister about the 2026 Appropriation Bill.\n\n"
        "He said ministries were still reading it line by line."
    )
    assert _speaker_of(text, "ministries were still reading") is None


def test_a_subject_with_a_portfolio_title_and_a_time_before_its_verb_speaks():
    text = (
        "The Minister of Information and Culture, Alhaji Bako Danladi, again on Tuesday assured"
        " farmers that fertiliser prices would fall by a fifth."
    )
    assert _speaker_of(text, "fall by a fifth") == "Bako Danladi"


def test_further_added_and_an_opening_phrase_keep_the_named_subject():
    text = (
        "Harbour FC coach Aldo Ferreira said his side had been beaten by a better team.\n\n"
        "Speaking after the match, Ferreira praised the visitors and said they had pressed well.\n\n"
        "Ferreira further added that his side had conceded nine goals in three games."
    )
    assert _why(text, "pressed well")[0] == "Aldo Ferreira"
    assert _why(text, "nine goals in three games")[0] == "Aldo Ferreira"


def test_a_company_that_reports_its_results_speaks_but_a_club_stays_as_written():
    text = (
        "Kestrel Cement Limited (KCL), the region's largest cement maker, reported a 31% rise in"
        " half-year profit on Thursday.\n\n"
        "In a filing to the stock exchange, the company reported revenue of 8.2 billion shillings.\n\n"
        "Riverside Park reported gate receipts of $2 million last season."
    )
    assert _speaker_of(text, "31% rise") == "Kestrel Cement Limited"
    assert _speaker_of(text, "8.2 billion shillings") == "Kestrel Cement Limited"
    assert _speaker_of(text, "gate receipts") is None


def test_a_person_quoted_by_a_statement_as_saying_is_the_speaker():
    text = (
        "Tarn Valley Mills said its profit doubled.\n\n"
        "The firm's chairman, Mr Osaro Idemudia, was quoted by the statement as saying the mills would"
        " hire 400 workers."
    )
    assert _speaker_of(text, "hire 400 workers") == "Osaro Idemudia"


def test_he_said_after_a_coach_described_but_never_named_is_the_coach():
    text = (
        "The coach, who was sent off in the first half, watched the rest from the stand.\n\n"
        "\u201cWe scored twice and they gave us nothing,\u201d he said."
    )
    assert _why(text, "scored twice") == (
        "the coach",
        "pronoun -> 'the coach', the one person described but never named",
    )


def test_a_coach_shortened_to_coach_and_surname_is_the_full_name():
    text = (
        "Coach Ines Valbuena praised her defenders.\n\n"
        "Coach Valbuena stated, \u201cWe have kept six clean sheets in a row.\u201d\n\n"
        "The Spanish coach also said her side had won 14 of its last 16 games."
    )
    assert _speaker_of(text, "six clean sheets") == "Ines Valbuena"
    assert _speaker_of(text, "14 of its last 16") == "Ines Valbuena"


def test_police_who_responded_to_a_report_said_nothing():
    text = "About 9 a.m. Monday, police responded to a report that a man was aiming a crossbow at cars."
    assert _speaker_of(text, "aiming a crossbow") is None


def test_a_first_person_paragraph_after_one_that_lost_its_quote_marks_is_the_same_speakers():
    text = (
        "Opposition Leader Martin Kellaway spoke in Launceston.\n\n"
        "He says that the only consultation is if we sign first, he told reporters.\n\n"
        "Well, we will never vote to cut the top-up for 310,000 pensioners."
    )
    assert _why(text, "310,000 pensioners") == (
        "Martin Kellaway",
        "continues the first-person speech before it (the page lost its quote marks)",
    )


def test_an_editorials_we_after_a_quoted_paragraph_stays_the_papers():
    text = (
        "The mayor said \u201cthe trams will cost $1 billion\u201d.\n\n"
        "We think the council should publish the costings first."
    )
    assert _speaker_of(text, "publish the costings") is None


def test_a_turn_label_whose_role_has_abbreviations_is_one_label():
    text = (
        "LENA MOROS, REPORTER: The contract for three new ferries is now 14 months late.\n\n"
        "RUTH CALLAGHAN, OPP. TRANSPORT SPOKESWOMAN: The yard has not even laid the second keel.\n\n"
        "LENA MOROS: The union agrees."
    )
    assert _speaker_of(text, "second keel") == "Ruth Callaghan"


def test_a_club_named_rovers_is_not_the_he_of_its_coachs_quote():
    text = (
        "Northgate Rovers were held 0-0 at Millbrook.\n\n"
        "The coach, who was sent off in the first half, watched from the stand.\n\n"
        "\u201cThe referee missed two penalties in ten minutes,\u201d he said."
    )
    assert _speaker_of(text, "two penalties") == "the coach"


def test_the_head_coach_is_the_person_titled_head_coach_in_the_middle_of_a_sentence():
    text = (
        "After the 2-0 loss, the visitors' head coach Aldo Ferreira said the hosts deserved to win.\n\n"
        "The head coach said his side had managed one shot on target."
    )
    assert _speaker_of(text, "one shot on target") == "Aldo Ferreira"


def test_she_after_a_pages_mistaken_he_for_the_same_woman_is_still_her():
    text = (
        'Farideh Kamali said after the final: "We had not played for five months."\n\n'
        'He added: "We scored in every game."\n\n'
        'She added: "We hope to reach the semi-finals with 11 of the same players."'
    )
    assert _speaker_of(text, "11 of the same players") == "Farideh Kamali"


def test_it_attributed_after_a_company_spoke_is_the_company():
    text = (
        "Tarn Valley Mills said its profit doubled to 2.1 billion naira.\n\n"
        "It attributed the growth to the reopening of its Kano mill."
    )
    assert _speaker_of(text, "reopening of its Kano mill") == "Tarn Valley Mills"


def test_the_minister_on_a_radio_show_is_the_minister_named_before():
    text = (
        "The Regional Minister, Kofi Asante Boakye, has defended the seizure of 14 trucks.\n\n"
        "The Minister on Kumasi-based Sunrise FM claimed he never received a letter from the ministry."
    )
    assert _speaker_of(text, "never received a letter") == "Kofi Asante Boakye"
