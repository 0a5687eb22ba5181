"""Speakers in layouts seen on the sixth real-page measurement (issue #19): portfolio titles
before a name, initials inside a name, a role after the name, a ministry named inside its own
quote, verbs of saying and ruling, a quote after the only person speaking, a pronoun after a
spokesman, and figures that are no speaker. Every sentence here is invented."""

from tests.extraction.test_speakers import _why
from tests.extraction.test_speakers_real_pages_third import _speakers


# -- A. titles and names ---------------------------------------------------------------------
def test_a_portfolio_of_two_parts_before_the_name_is_no_part_of_the_name():
    article = [
        "Speaking in Lusaka on Monday, the Minister for Mines and Mineral Development Chanda Mweemba said:",
        "“No official protected the smuggler, and 14 tonnes of copper were seized.”",
    ]
    assert _speakers(article, "14 tonnes") == ["Chanda Mweemba"]


def test_the_minister_is_the_one_whose_office_was_written_before_the_portfolio():
    article = [
        "Minister for Mines and Mineral Development, Chanda Mweemba says the mine will reopen in May.",
        "The remarks follow a speech by the Senior Minister, Bwalya Tembo, in Johannesburg.",
        "Speaking in Lusaka, the Minister for Mines and Mineral Development Chanda Mweemba said the "
        "licence was worth 600 million dollars.",
        "The Minister also refuted claims that the trial was stopped because of a railway contract.",
    ]
    assert _speakers(article, "railway contract") == ["Chanda Mweemba"]


def test_two_capitals_between_a_given_name_and_a_surname_are_initials():
    article = [
        "Labour Education Minister Alan JD Fraser said: “Spending on special schools rose by 14 per cent.”"
    ]
    assert _speakers(article, "14 per cent") == ["Alan JD Fraser"]


def test_a_title_after_the_name_and_a_comma_is_the_persons_not_a_body():
    article = [
        "Fiona Reid, Scottish Green Shadow Education Minister said: “The list doubled to 830 children.",
        "“I do not understand why 420 more children wait now than in August.”",
    ]
    assert _speakers(article, "830 children", "420 more children") == ["Fiona Reid", "Fiona Reid"]


# -- B. a body named inside the quote -----------------------------------------------------------
def test_the_ministry_closing_a_quote_is_not_one_the_quote_names():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "“The minister spoke at the Ministry of Interior on Sunday. What she said was that the police "
        "have guarded the dam since January,” the ministry said.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert _speakers(article, "since January", "120 of the stolen pumps") == [
        "Ministry of Water and Sanitation",
        "Ministry of Water and Sanitation",
    ]


def test_a_unit_of_the_ministry_is_not_the_ministry():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "In a statement, the Communications Directorate of the Ministry said the remarks were misread.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert _speakers(article, "120 of the stolen pumps") == ["Ministry of Water and Sanitation"]


# -- D. verbs of saying and ruling ---------------------------------------------------------------
def test_judges_rulings_and_findings_are_the_judges():
    article = [
        "Judge Ellen Prescott heard arguments for three hours.",
        "Prescott ruled that the two statements can be used at the trial in February.",
        "Prescott decided the first statement can be used because the captain was a witness then.",
        "She found the second statement admissible because it was given freely.",
    ]
    assert (
        _speakers(article, "two statements", "first statement", "second statement") == ["Ellen Prescott"] * 3
    )


def test_announcements_and_justifications_are_what_the_person_said():
    article = [
        "Deputy premier Marlon Baptiste made the announcement that the minister will step down on June 1.",
        "Mr Baptiste made it clear that the budget of 1.2 billion dollars would not be cut.",
        "He however explained that 300 road projects would go on.",
        "County Sheriff Mark Delaney held a press conference in which he announced that two deputies "
        "were placed on leave.",
    ]
    assert _speakers(article, "June 1", "1.2 billion", "300 road projects") == ["Marlon Baptiste"] * 3
    assert _speakers(article, "two deputies") == ["Mark Delaney"]


def test_a_name_on_a_radio_station_is_the_speaker_not_the_station():
    article = [
        "The Ogun State Commissioner for Environment, Tunde Bakare has justified the seizure of 12 dredgers.",
        "Mr Bakare on Abeokuta-based Rock FM said he had received no letter about the 40 trucks.",
    ]
    assert _speakers(article, "12 dredgers", "40 trucks") == ["Tunde Bakare", "Tunde Bakare"]


def test_a_group_writing_a_letter_speaks_its_quote():
    article = [
        "In a letter to the prosecutor, the clergy wrote, “The video shows he was held down four minutes.”"
    ]
    assert _speakers(article, "four minutes") == ["clergy"]


# -- E. a quote after the only person speaking ------------------------------------------------
def test_a_quote_after_the_one_person_reported_in_its_paragraph_is_theirs():
    text = (
        "Anita Bharath, Director of Public Information, indicated that the minister will speak next week. "
        "“It has nothing to do with the 40 million dollar contract.”"
    )
    assert _why(text, "40 million") == (
        "Anita Bharath",
        "the one person reported speaking just before the quote",
    )


def test_a_quote_after_two_people_speaking_stays_unattributed():
    text = (
        "Anita Bharath said the minister will speak next week. Keith Ramdial said he would not. "
        "“It has nothing to do with the 40 million dollar contract.”"
    )
    assert _why(text, "40 million")[0] is None


# -- F. a pronoun after a described speaker ---------------------------------------------------------
def test_he_after_a_spokesman_is_the_spokesman_not_a_man_named_before():
    article = [
        "Labour spokesman Declan Furlong blamed years of cuts.",
        "A Department of Health spokesman said: “We expect hospitals to cut the longest waits this year.”",
        "He added that 1.4 billion euro had been spent on waiting lists since 2022.",
    ]
    assert _speakers(article, "1.4 billion") == ["Department of Health"]
    assert "described" in _why("\n\n".join(article), "1.4 billion")[1]


# -- G. figures ------------------------------------------------------------------------------------
def test_figures_are_no_speaker():
    article = [
        "Waiting lists have risen sharply according to the latest official figures.",
        "Those waiting a year rose by 4,120 last month, according to new figures.",
    ]
    assert _speakers(article, "risen sharply", "4,120") == [None, None]
    assert _why("\n\n".join(article), "4,120")[1].startswith("none: figures")


def test_figures_from_a_named_body_are_that_bodys():
    article = [
        "Waiting lists rose by 4,120 last month, according to figures from the Health Service Executive."
    ]
    assert _speakers(article, "4,120") == ["Health Service Executive"]


def test_an_outlet_reporting_a_clause_of_its_own_is_its_speaker():
    article = [
        "While court officials have not said what the hearings are about, The Marlow Courier reports "
        "they will likely center on whether 31 statements are admissible."
    ]
    assert _speakers(article, "31 statements") == ["Marlow Courier"]


# -- H. described first, named later -----------------------------------------------------------
def test_one_described_expert_is_the_one_named_later_with_that_description():
    article = [
        "One health economist warns it could be harder to meet the 26-week target next year.",
        "Hospitals said 300 more staff were hired.",
        "“People will wait longer for surgery as well,” said health economist Niamh Costigan.",
    ]
    assert _speakers(article, "26-week target") == ["Niamh Costigan"]
    assert "named later" in _why("\n\n".join(article), "26-week target")[1]


# -- C. a role after a long opening phrase ---------------------------------------------------------
def test_the_role_after_a_long_opening_phrase_with_no_comma_is_the_person_it_describes():
    article = [
        "The comment follows remarks by the Senior Minister, Bwalya Tembo, about the smuggler.",
        "Speaking at a town hall meeting in the United States the Senior Minister said, the smuggler "
        "would not recover 9 million dollars if jailed.",
    ]
    assert _speakers(article, "9 million dollars") == ["Bwalya Tembo"]
