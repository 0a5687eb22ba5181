"""Pronouns and bodies: "it", "they", "we" and "our" for a body or a group, and "he" or "she"
never a company, a team, a place or a bill. All text is invented."""

from tests.extraction.reading import speaker_of, speakers_of, why


def test_they_is_a_group_and_is_not_pinned_on_the_last_person_named():
    raw = (
        "Angela Merkel met union leaders in Berlin on Monday.\n\n"
        "“We will strike next week unless wages rise by 5 percent,” they said."
    )
    assert speaker_of(raw, "strike next week") is None


def test_it_said_refers_to_the_organisation_that_spoke_just_before():
    raw = (
        "Kyrgyzstan’s foreign ministry accused Tajik troops of firing first."
        " In a statement, it said two of its border posts had been destroyed."
    )
    assert why(raw, "border posts") == (
        "Kyrgyzstan’s foreign ministry",
        "'it' -> the organisation that spoke last (Kyrgyzstan’s foreign ministry)",
    )


def test_a_team_before_its_coach_is_no_rival_for_her_pronoun():
    text = (
        "Harbour Rangers won 2-0 away at Lake Eagles on Sunday.\n\n"
        "Lake Eagles coach Efua Mensah-Quaye blamed the referee for the first goal.\n\n"
        "She said the scorer had been a metre offside.\n\n"
        "According to the league, 21,000 people attended the match."
    )
    assert why(text, "a metre offside")[0] == "Efua Mensah-Quaye"
    assert why(text, "21,000 people")[0] == "league"


def test_she_after_a_gorge_and_a_forum_on_a_speech_page_is_not_the_speaker_or_the_place():
    speech = (
        "Speech to the Coastal Growers Forum\n\n"
        "Speech delivered by the Minister for Fisheries, Hon Mere Kahukura, to the Coastal Growers Forum.\n\n"
        "Thank you to everyone who drove through the Rangitoto Gorge detour this morning.\n\n"
        "Last week I met a skipper in Napier who had sold her second boat. She told me fuel now takes"
        " half of every catch.\n\n"
        "Since 2024 we have licensed 120 new inshore vessels."
    )
    assert why(speech, "She told me") == (
        None,
        "none: on a speech page 'he' or 'she' is someone else; its speaker says 'I'",
    )
    assert speaker_of(speech, "120 new inshore vessels") == "Mere Kahukura"


def test_he_is_never_a_bill_named_just_before_him():
    text = (
        "Reporters asked the works minister about the 2026 Appropriation Bill.\n\n"
        "He said ministries were still reading it line by line."
    )
    assert speaker_of(text, "ministries were still reading") is None


def test_an_editorials_we_after_a_quoted_paragraph_stays_the_papers():
    text = (
        "The mayor said \u201cthe trams will cost $1 billion\u201d.\n\n"
        "We think the council should publish the costings first."
    )
    assert speaker_of(text, "publish the costings") is None


def test_a_club_named_rovers_is_not_the_he_of_its_coachs_quote():
    text = (
        "Northgate Rovers were held 0-0 at Millbrook.\n\n"
        "The coach, who was sent off in the first half, watched from the stand.\n\n"
        "\u201cThe referee missed two penalties in ten minutes,\u201d he said."
    )
    assert speaker_of(text, "two penalties") == "the coach"


def test_it_attributed_after_a_company_spoke_is_the_company():
    text = (
        "Tarn Valley Mills said its profit doubled to 2.1 billion naira.\n\n"
        "It attributed the growth to the reopening of its Kano mill."
    )
    assert speaker_of(text, "reopening of its Kano mill") == "Tarn Valley Mills"


def test_the_end_of_a_bodys_name_is_no_rival_for_a_pronoun():
    text = (
        "The federal Department of Inland Fisheries cut the crab quota by 40 per cent.\n\n"
        "In a notice to harvesters, the department said its survey found fewer crab.\n\n"
        "Fisheries scientist Dr. Renee Gauthier, who led the survey, told the paper that the water"
        " was warmer.\n\n"
        "She said the stock could recover within four years."
    )
    assert why(text, "recover within four years")[0] == "Renee Gauthier"


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
    assert why(LETTER, "one nurse for 38 residents")[0] == "Ifeoma Nwosu"
    assert why(LETTER, "nine falls in October")[0] == "Ifeoma Nwosu"


def test_he_said_after_the_rebuttal_is_the_man_not_the_care_home_group():
    assert why(LETTER, "two nurses on every night shift")[0] == "Tobenna Eze"


def test_a_name_after_a_description_of_a_group_is_a_body_no_pronoun_stands_for():
    text = (
        "Care home group Elmcrest Living has denied that its homes in Bury are understaffed.\n\n"
        "He said every home had two nurses at night."
    )
    assert why(text, "two nurses at night")[0] is None


def test_it_said_is_the_body_the_sentence_before_is_about():
    text = (
        "The network operator Westgrid says 90,000 homes are without power.\n\n"
        "Its head of operations, Liam Doyle, said crews would wait for the wind to drop.\n\n"
        "National forecaster Met Skies has extended the warning until 6pm. It said gusts of"
        " 120km/h were recorded at noon."
    )
    assert why(text, "120km/h")[0] == "Met Skies"


def test_she_after_a_company_is_the_woman_named_before_it():
    article = [
        "Last month, resident Maria Mendes spoke at the meeting about guards who work at Harbour "
        "Freight for the night shift.",
        "She said the guards are paid $50 an hour to watch the yard.",
    ]
    assert speakers_of(article, "$50 an hour") == ["Maria Mendes"]


def test_our_in_a_sentence_after_a_body_spoke_stays_the_pages():
    article = [
        "The Video Unit said the clip was recorded on Monday. Today the report was distributed by our "
        "3 publishers."
    ]
    assert speakers_of(article, "3 publishers") == [None]
