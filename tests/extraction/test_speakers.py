import pytest

from claims.extraction.boilerplate import classify_paragraphs
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.pipeline import analyse
from claims.extraction.quotes import find_quote_spans
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import NARRATION, Attribution, attribute


def _read(raw: str) -> list[tuple[str, Attribution]]:
    layout = lay_out(normalise(raw))
    reasons = classify_paragraphs([layout.text[s:e] for s, e in layout.paragraphs])
    kept = [i for i in range(len(layout.paragraphs)) if i not in reasons]
    sentences = [(s, e, i) for i in kept for s, e in split_sentences(layout.text, *layout.paragraphs[i])]
    found, _ = attribute(layout.text, layout.paragraphs, sentences, kept)
    return [(layout.text[s:e], a) for (s, e, _), a in zip(sentences, found, strict=True)]


def _attributed(raw: str) -> list[tuple[str, str | None, bool, bool]]:
    return [(text, a.speaker, a.is_quote, a.is_reported) for text, a in _read(raw)]


def _why(raw: str, fragment: str) -> tuple[str | None, str]:
    return next((a.speaker, a.reason) for text, a in _read(raw) if fragment in text)


def _speaker_of(raw: str, fragment: str) -> str | None:
    return next(speaker for text, speaker, _, _ in _attributed(raw) if fragment in text)


def test_a_quote_that_runs_over_paragraphs_is_one_group():
    text = lay_out(
        "“One is open here and runs on.\n\n“Two opens again and closes now.”\n\n“Three stands alone here.”"
    ).text
    layout = lay_out(text)
    groups = find_quote_spans(layout.text, layout.paragraphs, [0, 1, 2])
    assert [g.paragraphs for g in groups] == [[0, 1], [2]]


def test_scare_quotes_are_not_speech():
    layout = lay_out("Putin issued a “common sense” call to the West.")
    assert find_quote_spans(layout.text, layout.paragraphs, [0]) == []


def test_said_after_the_quote_names_the_speaker():
    raw = "“We will win this war in the next year,” said John Smith, the defence minister."
    assert _attributed(raw)[0][1:3] == ("John Smith", True)


def test_name_said_after_the_quote_uses_the_full_name_given_earlier():
    raw = (
        "Angela Merkel met reporters in Berlin.\n\n"
        "“Germany will accept 800,000 refugees this year,” Merkel said."
    )
    assert _speaker_of(raw, "800,000") == "Angela Merkel"


def test_a_pronoun_after_the_quote_refers_to_the_last_subject():
    raw = (
        "Angela Merkel met reporters in Berlin on Monday with Francois Hollande.\n\n"
        "“Germany will accept 800,000 refugees this year,” she said."
    )
    assert _speaker_of(raw, "800,000") == "Angela Merkel"


def test_name_said_colon_before_the_quote_names_the_speaker():
    raw = "Tom Jones told reporters: “The plan is working well so far.”"
    assert _speaker_of(raw, "plan is working") == "Tom Jones"


def test_according_to_names_the_source_of_a_reported_claim():
    raw = "According to Tom Jones, the economy grew by 3 percent last year."
    assert _attributed(raw)[0][1:] == ("Tom Jones", False, True)


def test_a_reported_claim_with_that_carries_its_speaker():
    raw = (
        "Vladimir Putin spoke in Tajikistan.\n\n"
        "Putin confirmed that Russia is giving military support to Syria."
    )
    assert _attributed(raw)[1][1:] == ("Vladimir Putin", False, True)


def test_a_trailing_reports_names_the_source():
    raw = "Experts say the strategy is designed to deflect attention, reports EUobserver."
    assert _attributed(raw)[0][1] == "EUobserver"


def test_a_descriptor_intro_resolves_to_the_subject_not_the_last_name_on_the_page():
    raw = (
        "Vladimir Putin spoke at a summit.\n\n"
        "Putin was speaking when he asked the US to unite with President Bashar Al-Assad’s Syria. "
        "The Russian President said:\n\n“Simple common sense requires uniting efforts against the threat.”"
    )
    assert _speaker_of(raw, "Simple common sense") == "Vladimir Putin"


def test_a_descriptor_matching_a_title_picks_the_titled_person():
    raw = (
        "Mayor Bill de Blasio and Governor Andrew Cuomo visited the site on Monday.\n\n"
        "“The bridge will reopen in May after the repairs,” the mayor said."
    )
    assert _speaker_of(raw, "bridge will reopen") == "Bill de Blasio"


def test_he_wrote_hands_a_five_paragraph_quote_to_the_person_named_before():
    raw = (
        "Ulrich Speck, a Russia expert at a think tank, advised governments to reject it. He wrote:\n\n"
        + "\n\n".join(f"“Paragraph number {n} of the long quote goes here." for n in range(1, 5))
        + "\n\n“The last paragraph closes the quote.”"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in _attributed(raw) if text.startswith("“")]
    assert quoted == [("Ulrich Speck", True)] * 5


def test_participle_intro_hands_the_quote_to_the_sentence_subject():
    raw = (
        "President Bashar Al-Assad spoke on Sunday.\n\n"
        "Assad backed the call, tying it to reform within Syria saying:\n\n"
        "“I would like to call on all forces to unite against terrorism.”"
    )
    assert _speaker_of(raw, "I would like") == "Bashar al-Assad"


def test_a_quote_paragraph_right_after_another_keeps_its_speaker():
    raw = (
        "“The first quote has an attribution here,” said Jane Roe.\n\n"
        "“The second quote paragraph has none at all.”"
    )
    assert _speaker_of(raw, "second quote") == "Jane Roe"


def test_a_narrative_sentence_has_no_speaker():
    raw = "The coalition works in coordination with Iran, Iraq and the Hezbollah militia."
    assert _attributed(raw)[0][1:] == (None, False, False)


def test_a_long_title_before_a_name_is_a_role_not_part_of_the_name():
    raw = (
        "Senate Majority Leader Mitch McConnell called the vote historic. "
        "“It took us 18 months to get here,” he said."
    )
    assert _speaker_of(raw, "18 months") == "Mitch McConnell"


def test_an_indefinite_descriptor_is_someone_new_not_the_last_person_named():
    raw = (
        "Sen. Chuck Schumer said the process was unfair.\n\n"
        "“We are disappointed with the outcome today,” said a spokeswoman for the group."
    )
    assert _speaker_of(raw, "disappointed") == "a spokeswoman"


def test_an_organisation_after_according_to_is_the_source():
    raw = "According to the Labor Department, unemployment fell to 3.8 percent."
    assert _attributed(raw)[0][1:] == ("Labor Department", False, True)


def test_a_sentence_that_opens_with_a_quote_is_a_quote_however_long_its_attribution():
    raw = "“We are disappointed,” said Jane Roe, who spoke on condition that she not be named by the paper."
    assert _attributed(raw)[0][1:3] == ("Jane Roe", True)


def test_british_single_quotes_are_quotes_and_apostrophes_are_not():
    raw = (
        "Housing Secretary Angela Rayner defended the plan on Monday.\n\n"
        "‘We will build 1.5 million homes in this parliament’s term,’ she said. ‘That’s the biggest yet.’"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in _attributed(raw) if text.startswith("‘")]
    assert quoted == [("Angela Rayner", True), ("Angela Rayner", True)]


def test_a_name_after_a_lowercase_role_is_the_speaker():
    raw = "Kremlin spokesman Dmitry Peskov said the sanctions were unlawful and would fail."
    assert _attributed(raw)[0][1:] == ("Dmitry Peskov", False, True)


def test_an_abbreviation_in_the_attribution_does_not_cut_it_short():
    raw = "“This is just the beginning,” U.S. Treasury Secretary Janet Yellen said."
    assert _attributed(raw)[0][1:3] == ("Janet Yellen", True)


def test_a_name_between_commas_before_the_verb_is_the_speaker():
    raw = "Its foreign policy chief, Josep Borrell, told reporters the bloc stood with its partners."
    assert _attributed(raw)[0][1] == "Josep Borrell"


def test_a_relative_clause_between_name_and_verb_is_skipped():
    raw = "Janet Yellen spoke.\n\nYellen, who spoke in Washington, added that more measures were coming."
    assert _speaker_of(raw, "more measures") == "Janet Yellen"


def test_an_organisation_is_kept_whole_as_the_speaker():
    raw = "The European Union said it was studying the measures closely."
    assert _attributed(raw)[0][1] == "European Union"


def test_they_is_a_group_and_is_not_pinned_on_the_last_person_named():
    raw = (
        "Angela Merkel met union leaders in Berlin on Monday.\n\n"
        "“We will strike next week unless wages rise by 5 percent,” they said."
    )
    assert _speaker_of(raw, "strike next week") is None


def test_she_passes_over_the_last_subject_when_a_title_says_he_is_a_man():
    raw = (
        "Jane Doe, a spokeswoman for the ministry, spoke first.\n\n"
        "Mr. Smith followed her. John Smith told reporters the talks would go on.\n\n"
        "“Unemployment fell to 4.1 percent in March,” she said."
    )
    assert _speaker_of(raw, "4.1 percent") == "Jane Doe"


def test_he_still_means_the_last_subject_when_no_one_is_known_to_be_a_man():
    raw = (
        "Jane Doe, a spokeswoman for the ministry, spoke first.\n\n"
        "John Smith told reporters the talks would go on.\n\n"
        "“Unemployment fell to 4.1 percent in March,” he said."
    )
    assert _speaker_of(raw, "4.1 percent") == "John Smith"


def test_a_pronoun_no_one_named_can_take_stays_unattributed():
    raw = (
        "Queen Elizabeth opened the session on Monday.\n\n"
        "“Unemployment fell to 4.1 percent in March,” he said."
    )
    assert _speaker_of(raw, "4.1 percent") is None


def test_she_wrote_after_a_man_spoke_goes_to_the_woman_introduced_by_role_and_name():
    raw = (
        "Malcolm Ferris, the chief executive, said the fine was unfair. He said spills had fallen.\n\n"
        "“We are spending 1.2 billion pounds on new tanks,” he said.\n\n"
        "But the chair of the regulator, Professor Annika Lindqvist, said the company had misled inspectors."
        " She wrote:\n\n"
        "“Severnside reported 1,100 spills in 2022.\n\n"
        "“Our own monitors recorded more than 3,400 in the same year.”"
    )
    assert _why(raw, "1,100 spills") == ("Annika Lindqvist", "pronoun -> nearest preceding female person")
    assert _why(raw, "3,400") == ("Annika Lindqvist", "pronoun -> nearest preceding female person")


def test_a_pronoun_two_unknown_people_could_take_is_left_empty_with_the_reason():
    raw = "Alex Morgan met Sam Taylor on Monday. Sam Taylor spoke after Alex Morgan. They argued.\n\n" + (
        "Alex Morgan and Sam Taylor disagreed. “Unemployment fell to 4.1 percent in March,” she said."
    )
    speaker, reason = _why(raw, "4.1 percent")
    assert speaker is None and reason.startswith("none: ambiguous pronoun")


def test_the_speaker_switches_at_the_rebuttal_after_a_multi_paragraph_quote():
    raw = (
        "Education Secretary Paul Venn defended the pay offer on Wednesday, saying it was generous.\n\n"
        "“Teachers will get a 6.5 percent rise this year.\n\n"
        "“Starting salaries will reach 38,000 pounds by September.”\n\n"
        "But Naomi Clarke, general secretary of the teachers’ union, said the figures hid a cut."
        " “Prices have risen by 21 percent since 2021,” she said."
    )
    assert _why(raw, "6.5 percent") == ("Paul Venn", "named in the sentence before the quote")
    assert _why(raw, "38,000") == ("Paul Venn", "named in the sentence before the quote")
    assert _why(raw, "21 percent") == ("Naomi Clarke", "pronoun -> nearest preceding female person")


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
    assert _speaker_of(raw, sentence[5:25]) == speaker


def test_a_clause_before_the_verb_that_is_not_its_subject_names_no_one():
    raw = "Sen. Mariah Delgado said the jets would cost 58 billion, more than Congress was told in 2023."
    assert _speaker_of(raw, "58 billion") == "Mariah Delgado"


def test_it_said_refers_to_the_organisation_that_spoke_just_before():
    raw = (
        "Kyrgyzstan’s foreign ministry accused Tajik troops of firing first."
        " In a statement, it said two of its border posts had been destroyed."
    )
    assert _why(raw, "border posts") == (
        "Kyrgyzstan’s foreign ministry",
        "'it' -> the organisation that spoke last (Kyrgyzstan’s foreign ministry)",
    )


def test_turn_labels_in_a_transcript_name_each_speaker():
    raw = (
        "This is a transcript of Tuesday’s programme. The presenter is Jonah Pike.\n\n"
        "JONAH PIKE: Rainfall is at its lowest since records began in 1911. Are you prepared?\n\n"
        "ROSALIND MBEKI-HART: We have doubled the grain reserve to 400,000 tonnes since January."
    )
    assert _why(raw, "1911") == ("Jonah Pike", "turn label")
    assert _why(raw, "400,000 tonnes") == ("Rosalind Mbeki-Hart", "turn label")


def test_q_and_a_labels_give_answers_to_the_interviewee_named_in_the_introduction():
    raw = (
        "Dr. Miriam Achterberg runs the Vellmoor General Hospital.\n\n"
        "Q: How bad is the staffing situation?\n\n"
        "A: We have lost a third of our nurses since 2022.\n\n"
        "Most of them went abroad, where the pay is twice what we offer."
    )
    assert _why(raw, "a third of our nurses")[0] == "Miriam Achterberg"
    assert _why(raw, "pay is twice")[0] == "Miriam Achterberg"
    assert _why(raw, "staffing situation") == (None, "none: turn label Q: (the interviewer is not named)")


def test_the_byline_names_the_interviewer_and_the_introduction_the_interviewee():
    raw = (
        "Why the river ran dry: a hydrologist explains\n\n"
        "Interview by Tomas Reyes\n\n"
        "Dr. Ingrid Solberg has measured the Avon Vale aquifer since 2004.\n\n"
        "Q: Farmers in the valley told us the new bottling plant drained the wells.\n\n"
        "A: The aquifer has dropped 6 metres since 2015, long before the plant opened."
    )
    assert _why(raw, "dropped 6 metres")[0] == "Ingrid Solberg"
    assert _why(raw, "bottling plant")[0] == "farmers"


def test_a_bullet_opening_with_a_debaters_surname_is_that_debaters():
    raw = (
        "Mayor Ines Kowal and her challenger Pavel Drummond met for a debate on Tuesday.\n\n"
        "* Kowal: “We have built 1,200 affordable homes since 2022.”\n"
        "* Drummond: “Rents in the city rose 14 percent last year.”\n"
        "* Drummond: The council spent $8 million on consultants."
    )
    assert _why(raw, "1,200 affordable homes") == ("Ines Kowal", "bullet label 'Kowal:' -> Ines Kowal")
    assert _why(raw, "14 percent")[0] == "Pavel Drummond"
    assert _why(raw, "$8 million")[0] == "Pavel Drummond"


def test_a_numbered_list_introduced_as_her_points_is_hers_not_her_boards():
    raw = (
        "The Harlow District Health Board has confirmed 90 cases of mumps. At a briefing, the board's "
        "director, Dr. Agnes Mwale, set out what parents should know. Her points:\n\n"
        "1. Mumps spreads through saliva and can pass on before swelling appears.\n"
        "2. Two doses of the vaccine prevent about 88 per cent of cases."
    )
    assert _why(raw, "88 per cent")[0] == "Agnes Mwale"


def test_a_speech_page_gives_its_sentences_to_the_speaker_its_framing_line_names():
    raw = (
        "The following is the full text of the speech Prime Minister Ilse Brandvold delivered on Monday.\n\n"
        "Five years ago, our factories employed 210,000 people. Today they employ 265,000."
    )
    assert _why(raw, "Today they employ") == ("Ilse Brandvold", "speech: the framing line names the speaker")


def test_a_parliamentary_record_gives_each_turn_to_the_member_its_label_names():
    raw = (
        "[The Deputy Speaker (Hon. Ruth Abara) in the Chair]\n\n"
        "Hon. Peter Onyango (Kisumu East): Rice imports rose by 30 per cent this year.\n\n"
        "The Deputy Speaker (Hon. Ruth Abara): The Statement was laid on Monday.\n\n"
        "Mr Onyango (Kisumu East): The mill in Ahero has been closed since 2024."
    )
    assert _why(raw, "30 per cent") == ("Peter Onyango", "turn label")
    assert _why(raw, "laid on Monday")[0] == "Ruth Abara"
    assert _why(raw, "closed since 2024")[0] == "Peter Onyango"


def test_a_speech_under_a_breadcrumb_is_the_speakers_the_standfirst_names():
    raw = (
        "Home > News > Speeches\n\n"
        "Speech: A new deal for bus passengers\n\n"
        "Transport Secretary Helen Oduya set out the bus plan in a speech in Leeds.\n\n"
        "Check against delivery.\n\n"
        "Thank you all for coming.\n\n"
        "Bus journeys outside London have fallen by 20 per cent since 2010. We will reverse that."
    )
    assert _why(raw, "fallen by 20 per cent")[0] == "Helen Oduya"
    extraction = analyse(raw)
    assert extraction.title == "Speech: A new deal for bus passengers"
    assert not any("set out the bus plan" in claim.text for claim in extraction.claims)


def test_bullets_under_a_name_said_colon_are_that_persons_claims():
    raw = (
        "Harriet Quayle said:\n\n- Violent crime rose by 18 percent in two years.\n"
        "- The city has 400 fewer police officers than in 2015.\n\n"
        "Mayor Desmond Okafor said:\n\n1. Unemployment is at 3.1 percent, the lowest on record."
    )
    assert _why(raw, "400 fewer")[0] == "Harriet Quayle"
    assert _why(raw, "3.1 percent") == ("Desmond Okafor", "bullet under 'Mayor Desmond Okafor said:'")


def test_he_goes_to_the_man_a_description_introduced_last_not_to_the_earlier_one():
    raw = (
        "Rovers manager Steve Holt said on Saturday that the move would price out fans.\n\n"
        "Club owner Richard Vale rejected the claim. He said prices would rise by no more than 10 percent."
    )
    assert _why(raw, "10 percent") == ("Richard Vale", "pronoun -> nearest preceding male person")


def test_surname_turn_labels_resolve_to_the_full_names_in_the_introduction():
    raw = (
        "Transcript of the debate between housing minister Daniel Morrison and Aisha Rahman.\n\n"
        "MORRISON: We completed 186,000 homes last year.\n\n"
        "RAHMAN: But only 9,000 of those were social homes."
    )
    assert _why(raw, "186,000")[0] == "Daniel Morrison"
    assert _why(raw, "9,000")[0] == "Aisha Rahman"


def test_a_surname_means_the_last_subject_not_a_namesake_mentioned_inside_a_quote():
    raw = (
        "Kellyanne Conway spoke to a reporter on Friday.\n\n"
        "“Why mention George Conway’s tweets in an article about me?” Conway said."
    )
    assert _speaker_of(raw, "tweets") == "Kellyanne Conway"


def test_turn_labels_glued_inside_a_paragraph_still_change_the_speaker():
    raw = (
        "JANE ROE: Thanks for joining us.\n\nJOHN DOE: Pleasure.\n\n"
        "JANE ROE: What was the hardest part?    JOHN DOE: Well, we lost 40 percent of our staff in 2009."
    )
    assert _why(raw, "40 percent") == ("John Doe", "turn label")


def test_a_minister_of_a_portfolio_is_named_without_the_portfolio_and_outranks_a_committee():
    raw = (
        "Minister of Information Jamal Jarrah announced that said committee “has finalized the draft,"
        " and there will be a meeting at 2:00 pm tomorrow to approve it.”"
    )
    assert _speaker_of(raw, "finalized the draft") == "Jamal Jarrah"


def test_the_regional_minister_is_the_one_whose_title_said_regional_not_the_last_minister_named():
    raw = (
        "The Ashanti Regional Minister, Simon Osei Mensah, has blamed Lands Minister Peter Amewu.\n\n"
        "“I never had any formal communication from the ministry,” the Regional Minister alleged."
    )
    assert _speaker_of(raw, "formal communication") == "Simon Osei Mensah"


def test_role_labels_taking_turns_name_the_speakers_but_a_lone_note_does_not():
    raw = (
        "Interviewer: Good morning, Prime Minister.\n\nPrime Minister: Good morning.\n\n"
        "Interviewer: How much did welfare spending grow?\n\n"
        "Prime Minister: We increased welfare funding by 12 percent last year."
    )
    assert _why(raw, "12 percent") == ("Prime Minister", "turn label")
    assert _why("Note: The budget grew by 12 percent in 2025.\n\nIt was approved.", "12 percent")[0] is None


def test_honourable_members_keep_their_title_in_the_sentence_and_their_name_as_speaker():
    found = _read(
        "The Rt. Hon. Kofi Mensah said the toll booths raised 3 million cedis in a month.\n\n"
        "Hon. Ama Owusu, the member for Ablekuma, said none of it was spent on roads."
    )
    assert [(text[:16], who.speaker) for text, who in found] == [
        ("The Rt. Hon. Kof", "Kofi Mensah"),
        ("Hon. Ama Owusu, ", "Ama Owusu"),
    ]


def test_the_company_said_is_the_business_named_as_the_subject_of_the_same_sentence():
    raw = "Halden Steel will close two furnaces, a third of its capacity, the company said on Friday."
    assert _why(raw, "two furnaces") == (
        "Halden Steel",
        "'the company' -> the organisation named earlier (Halden Steel)",
    )


def test_the_company_said_after_the_business_spoke_is_that_business_and_so_is_it_said():
    raw = (
        "Fares will rise by 6 percent in March, Coastline Ferries said on Monday.\n\n"
        "In a statement, the company said the rise would pay for two new ships."
        " It said fuel costs had doubled."
    )
    assert _speaker_of(raw, "two new ships") == "Coastline Ferries"
    assert _speaker_of(raw, "fuel costs") == "Coastline Ferries"


@pytest.mark.parametrize(
    "raw",
    [
        "Shares fell 4 percent, analyst Maria Lindqvist said on Monday.\n\n"
        "In a statement, the company said the fall reflected weak demand in Asia.",
        "“We will appeal the ruling,” said Kim Aldous, a shareholder.\n\n"
        "In a statement, the company said the fall reflected weak demand in Asia.",
        "Maria Lindqvist is the chief executive. Lindqvist will step down in March, the company said"
        " the fall reflected weak demand in Asia.",
    ],
)
def test_the_company_said_is_never_pinned_on_a_person(raw):
    assert _speaker_of(raw, "weak demand") is None  # "company" alone names no one


def test_the_company_is_the_business_named_before_a_person_who_spoke_about_it():
    raw = (
        "Kasimir Ruhl, who owns 3 percent of Velko Steel, said the plant would close.\n\n"
        "The company said it had 900 staff at the plant."
    )
    assert _speaker_of(raw, "900 staff") == "Velko Steel"


def test_the_ministry_said_is_the_ministry_named_earlier():
    raw = (
        "The Ministry of Water Resources opened three dams on Sunday.\n\n"
        "The ministry said reservoirs were 80 percent full."
    )
    assert _speaker_of(raw, "80 percent") == "Ministry of Water Resources"


def test_figures_published_by_a_body_keep_the_document_in_the_speaker():
    raw = "Tea makes up 40 percent of exports, according to central bank figures."
    assert _speaker_of(raw, "40 percent") == "central bank figures"


def test_officials_in_a_place_written_in_lower_case_are_the_speakers_not_the_place():
    raw = "Nine bridges were washed away overnight, officials in the northern district said."
    assert _speaker_of(raw, "Nine bridges") == "officials"


def test_a_verb_before_according_to_names_the_speaker_not_the_paper_that_reported_it():
    raw = (
        "The Daily Ledger quoted Marta Quell, the bank's treasurer.\n\n"
        "“We lost 40 million on the bond,” Quell told a staff meeting, according to the Ledger."
    )
    assert _speaker_of(raw, "40 million") == "Marta Quell"


def test_when_a_body_spoke_is_not_part_of_its_name():
    raw = "The Federal Government on Sunday denied reports that it had paid 50 million dollars."
    assert _speaker_of(raw, "50 million") == "Federal Government"


def test_a_ministers_portfolio_between_title_and_name_is_not_part_of_the_name():
    raw = "The Minister for Home Affairs Peter Dutton said the test would rise to 65 points."
    assert _speaker_of(raw, "65 points") == "Peter Dutton"


def test_initials_as_turn_labels_stand_for_the_labels_they_abbreviate():
    raw = (
        "The full transcript of the interview follows.\n\n"
        "Halloran: You cut 300 nursing posts last year.\n\n"
        "Mbeki-Osei: We cut 120, and we hired 200 more.\n\n"
        "H: The board papers say 300.\n\n"
        "M-O: The board papers count vacancies as posts."
    )
    assert _why(raw, "board papers say") == ("Halloran", "turn label")
    assert _why(raw, "count vacancies") == ("Mbeki-Osei", "turn label")
    assert _speaker_of(raw, "hired 200") == "Mbeki-Osei"


def test_a_presenters_role_after_the_label_and_i_am_do_not_become_names():
    raw = (
        "JANE ROE, HOST: Good morning. I'm Jane Roe.\n\n"
        "ROE: Fuel prices rose 9 percent this week.\n\n"
        "OTIS PARR, REPORTER: Drivers in the north paid the most."
    )
    assert _speaker_of(raw, "9 percent") == "Jane Roe"
    assert _speaker_of(raw, "Drivers in the north") == "Otis Parr"


def test_a_paragraph_after_a_clip_that_speaks_of_its_speaker_is_not_in_the_speakers_words():
    raw = (
        "REICH: The senator spoke on Wednesday.\n\n"
        "KAPLAN: We will not vote for a budget that cuts 2 billion from schools.\n\n"
        "Kaplan has voted against every budget since 2021.\n\n"
        "She faces re-election in November."
    )
    assert _speaker_of(raw, "2 billion") == "Kaplan"
    assert _why(raw, "every budget") == (None, NARRATION)
    assert _why(raw, "re-election") == (None, NARRATION)


def test_a_pronoun_is_left_empty_when_recency_and_gender_point_to_different_people():
    raw = (
        "Jane Okoye, the health minister, met Tobin Reed on Monday. Reed said 40 clinics had closed."
        " She replied that 12 had reopened."
    )
    assert _why(raw, "12 had reopened") == (
        None,
        "none: ambiguous pronoun (Tobin Reed, gender unknown, or Jane Okoye)",
    )


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (  # a heading that names a speech, then a standfirst naming the speaker
            "Transport Secretary's speech to the Bus Operators Conference\n\n"
            "Transport Secretary Imogen Fairlie sets out plans for rural bus routes at the conference.\n\n"
            "Good morning. I am glad to be here in Carrow.\n\n"
            "We have protected 1,200 rural routes since 2024. Our funding has risen by 9 per cent.",
            "1,200 rural routes",
            "Imogen Fairlie",
        ),
        (  # "Remarks by X at Y" and nothing else framing the page
            "Remarks by Mayor Dr. Tomas Revell at the opening of the Quayside Library\n\n"
            "Thank you all for coming. This library cost 14 million pounds and we opened it on time.\n\n"
            "We now have 31 libraries in the city, more than at any time since 1990.",
            "31 libraries",
            "Tomas Revell",
        ),
    ],
)
def test_a_speech_heading_makes_the_page_the_speakers_own_words(raw, fragment, speaker):
    assert _why(raw, fragment) == (speaker, "speech: the framing line names the speaker")


def test_a_news_story_under_a_headline_about_a_speech_is_not_a_speech_page():
    raw = (
        "Minister's speech to conference angers unions\n\n"
        "Employment Minister Rhoda Kell told the conference that wages had risen by 4 percent.\n\n"
        "Union leaders said the figure ignored inflation. Many walked out before the end."
    )
    assert _why(raw, "Many walked out")[0] is None


def test_a_police_title_is_not_part_of_the_interviewees_name():
    raw = (
        "Interview: Chief Constable Mirela Odhiambo on the force's budget\n\n"
        "Q: Has burglary fallen?\n\n"
        "A: Yes. Burglary is down 27 percent since 2023.\n\n"
        "Q: And response times?\n\n"
        "A: Eleven minutes in towns, down from 17."
    )
    assert _why(raw, "down 27 percent")[0] == "Mirela Odhiambo"


def test_people_in_a_place_speak_not_the_place():
    raw = "Rice farmers in Kebbi and Sokoto said the harvest was 30 per cent smaller than last year."
    assert _why(raw, "harvest") == ("rice farmers", "organisation or group named in the same sentence")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Lena Ostrova, a hydrologist who studied the river for years, said flow had fallen 18%.",
        "Lena Ostrova, who chairs the river trust, welcomed the report and said its flow had fallen by 18%.",
        "However, Lena Ostrova, in a statement signed by her deputy, Mr. Paul Dane, said flow fell 18%.",
    ],
)
def test_the_subject_before_an_aside_is_the_speaker(sentence):
    assert _why(sentence, "18%")[0] == "Lena Ostrova"


def test_a_she_after_two_women_are_mentioned_together_has_no_speaker_and_says_why():
    raw = (
        "Councillor Janet Pryce said a meal cost 2.40 pounds. Councillor Ruth Amadi said it cost 3.10.\n\n"
        "The two women had clashed before. At a meeting on Tuesday, she said 14 schools had no kitchen."
    )
    assert _why(raw, "14 schools") == (None, "none: ambiguous pronoun ('the two women' named before)")


def test_she_is_the_one_woman_named_in_the_sentence_before_rather_than_an_older_subject():
    raw = (
        "Catherine Vale said hours always fall in winter.\n\n"
        "Then came Mairead Cullen, who chairs the traders' federation. "
        "She said one in eight members had raised prices by more than 10 percent."
    )
    assert _why(raw, "one in eight") == (
        "Mairead Cullen",
        "pronoun -> the one female person named just before",
    )


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
    assert _why(raw, fragment)[0] == speaker
