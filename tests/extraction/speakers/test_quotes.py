"""Quotes: which sentences are quoted speech, how a quote runs over paragraphs, and who speaks
a quote opened, continued or never closed. All text is invented."""

from claims.extraction.paragraphs import lay_out
from claims.extraction.quotes import find_quote_spans
from tests.extraction.reading import attributed, speaker_of, speakers_of, why


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
    assert attributed(raw)[0][1:3] == ("John Smith", True)


def test_name_said_after_the_quote_uses_the_full_name_given_earlier():
    raw = (
        "Angela Merkel met reporters in Berlin.\n\n"
        "“Germany will accept 800,000 refugees this year,” Merkel said."
    )
    assert speaker_of(raw, "800,000") == "Angela Merkel"


def test_name_said_colon_before_the_quote_names_the_speaker():
    raw = "Tom Jones told reporters: “The plan is working well so far.”"
    assert speaker_of(raw, "plan is working") == "Tom Jones"


def test_he_wrote_hands_a_five_paragraph_quote_to_the_person_named_before():
    raw = (
        "Ulrich Speck, a Russia expert at a think tank, advised governments to reject it. He wrote:\n\n"
        + "\n\n".join(f"“Paragraph number {n} of the long quote goes here." for n in range(1, 5))
        + "\n\n“The last paragraph closes the quote.”"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in attributed(raw) if text.startswith("“")]
    assert quoted == [("Ulrich Speck", True)] * 5


def test_participle_intro_hands_the_quote_to_the_sentence_subject():
    raw = (
        "President Bashar Al-Assad spoke on Sunday.\n\n"
        "Assad backed the call, tying it to reform within Syria saying:\n\n"
        "“I would like to call on all forces to unite against terrorism.”"
    )
    assert speaker_of(raw, "I would like") == "Bashar al-Assad"


def test_a_quote_paragraph_right_after_another_keeps_its_speaker():
    raw = (
        "“The first quote has an attribution here,” said Jane Roe.\n\n"
        "“The second quote paragraph has none at all.”"
    )
    assert speaker_of(raw, "second quote") == "Jane Roe"


def test_a_sentence_that_opens_with_a_quote_is_a_quote_however_long_its_attribution():
    raw = "“We are disappointed,” said Jane Roe, who spoke on condition that she not be named by the paper."
    assert attributed(raw)[0][1:3] == ("Jane Roe", True)


def test_british_single_quotes_are_quotes_and_apostrophes_are_not():
    raw = (
        "Housing Secretary Angela Rayner defended the plan on Monday.\n\n"
        "‘We will build 1.5 million homes in this parliament’s term,’ she said. ‘That’s the biggest yet.’"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in attributed(raw) if text.startswith("‘")]
    assert quoted == [("Angela Rayner", True), ("Angela Rayner", True)]


def test_the_speaker_switches_at_the_rebuttal_after_a_multi_paragraph_quote():
    raw = (
        "Education Secretary Paul Venn defended the pay offer on Wednesday, saying it was generous.\n\n"
        "“Teachers will get a 6.5 percent rise this year.\n\n"
        "“Starting salaries will reach 38,000 pounds by September.”\n\n"
        "But Naomi Clarke, general secretary of the teachers’ union, said the figures hid a cut."
        " “Prices have risen by 21 percent since 2021,” she said."
    )
    assert why(raw, "6.5 percent") == ("Paul Venn", "named in the sentence before the quote")
    assert why(raw, "38,000") == ("Paul Venn", "named in the sentence before the quote")
    assert why(raw, "21 percent") == ("Naomi Clarke", "pronoun -> nearest preceding female person")


def test_a_surname_means_the_last_subject_not_a_namesake_mentioned_inside_a_quote():
    raw = (
        "Kellyanne Conway spoke to a reporter on Friday.\n\n"
        "“Why mention George Conway’s tweets in an article about me?” Conway said."
    )
    assert speaker_of(raw, "tweets") == "Kellyanne Conway"


def test_a_first_person_paragraph_after_one_that_lost_its_quote_marks_is_the_same_speakers():
    text = (
        "Opposition Leader Martin Kellaway spoke in Launceston.\n\n"
        "He says that the only consultation is if we sign first, he told reporters.\n\n"
        "Well, we will never vote to cut the top-up for 310,000 pensioners."
    )
    assert why(text, "310,000 pensioners") == (
        "Martin Kellaway",
        "continues the first-person speech before it (the page lost its quote marks)",
    )


def test_a_quote_never_closed_is_the_speaker_named_at_its_end():
    article = [
        "Prime Minister Arvind Kale spoke in Cuttack.",
        "The prime minister charged corruption within the government. “The party corrupted the liquor "
        "trade. Rations worth 300 crore rupees were stolen by the state government, he claimed.",
    ]
    assert speakers_of(article, "300 crore") == ["Arvind Kale"]


def test_a_paragraph_closing_a_quote_left_open_before_continues_it():
    article = [
        "Prime Minister Arvind Kale spoke in Cuttack.",
        "“The deputy minister said this event is public. Realities cannot be hidden in 2029.",
        "Projects worth 900 crore rupees were approved. Either they are stopped or delayed,” Kale continued.",
    ]
    assert speakers_of(article, "in 2029", "900 crore") == ["Arvind Kale"] * 2


def test_the_first_person_right_after_what_someone_said_is_theirs_when_the_page_has_no_quote_marks():
    article = [
        "In retaliation, Minister Shiv Dahria said that 40 scams took place in 15 years. If I talk about "
        "all the scams in detail then three days will pass."
    ]
    assert speakers_of(article, "three days") == ["Shiv Dahria"]


def test_a_quote_after_the_one_person_reported_in_its_paragraph_is_theirs():
    text = (
        "Anita Bharath, Director of Public Information, indicated that the minister will speak next week. "
        "“It has nothing to do with the 40 million dollar contract.”"
    )
    assert why(text, "40 million") == (
        "Anita Bharath",
        "the one person reported speaking just before the quote",
    )


def test_a_quote_after_two_people_speaking_stays_unattributed():
    text = (
        "Anita Bharath said the minister will speak next week. Keith Ramdial said he would not. "
        "“It has nothing to do with the 40 million dollar contract.”"
    )
    assert why(text, "40 million")[0] is None


def test_says_before_a_name_and_a_colon_gives_the_quote_to_that_name():
    article = [
        "County Executive Ruth Adair says the damage is worse than in 2029.",
        "Gov. Owen Prescott also toured the area and promised “every bit of help we can give” to "
        "Millbrook. Says Prescott: “They call this a once in 500 years flood and we have had two.”",
    ]
    assert speakers_of(article, "once in 500 years") == ["Owen Prescott"]


def test_a_quote_paragraph_after_the_paragraph_introducing_its_speaker_is_that_persons():
    article = [
        "As cases rose, the commissioner for emergencies, Petra Lindqvist, visited the response "
        "centre in Ghent.",
        "“The situation is serious. We are asking 27 states to share stocks of masks.”",
        "More than 900 people have now died of the virus.",
    ]
    assert speakers_of(article, "27 states") == ["Petra Lindqvist"]
