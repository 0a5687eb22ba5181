"""A body by its noun: "the company", "the ministry", "the utility", "the district" is the
body of that kind the text named, never a person. All text is invented."""

import pytest

from tests.extraction.reading import speaker_of, speakers_of, why


def test_the_company_said_is_the_business_named_as_the_subject_of_the_same_sentence():
    raw = "Halden Steel will close two furnaces, a third of its capacity, the company said on Friday."
    assert why(raw, "two furnaces") == (
        "Halden Steel",
        "'the company' -> the organisation named earlier (Halden Steel)",
    )


def test_the_company_said_after_the_business_spoke_is_that_business_and_so_is_it_said():
    raw = (
        "Fares will rise by 6 percent in March, Coastline Ferries said on Monday.\n\n"
        "In a statement, the company said the rise would pay for two new ships."
        " It said fuel costs had doubled."
    )
    assert speaker_of(raw, "two new ships") == "Coastline Ferries"
    assert speaker_of(raw, "fuel costs") == "Coastline Ferries"


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
    assert speaker_of(raw, "weak demand") is None  # "company" alone names no one


def test_the_company_is_the_business_named_before_a_person_who_spoke_about_it():
    raw = (
        "Kasimir Ruhl, who owns 3 percent of Velko Steel, said the plant would close.\n\n"
        "The company said it had 900 staff at the plant."
    )
    assert speaker_of(raw, "900 staff") == "Velko Steel"


def test_the_ministry_said_is_the_ministry_named_earlier():
    raw = (
        "The Ministry of Water Resources opened three dams on Sunday.\n\n"
        "The ministry said reservoirs were 80 percent full."
    )
    assert speaker_of(raw, "80 percent") == "Ministry of Water Resources"


def test_a_named_body_s_own_office_speaks_as_that_office():
    text = (
        "Imports were undervalued.\n\n"
        "According to the Assembly's own budget office, imports rose by 45 per cent in two years."
    )
    assert why(text, "45 per cent")[0] == "Assembly’s own budget office"


def test_the_company_is_the_utility_that_spoke_not_the_investigators_before_it():
    text = (
        "A power line started the fire that burned 9,000 acres, county investigators said.\n\n"
        "Lakeside Electric said in a statement that it had inspected the pole in 2024.\n\n"
        "The company also claimed it had warned 4,000 customers before the outage."
    )
    assert why(text, "warned 4,000 customers")[0] == "Lakeside Electric"


def test_the_power_utility_is_the_power_business_named_earlier():
    text = (
        "Ubuntu Power said it would cut supply for four hours a day from Wednesday.\n\n"
        "The power utility said in a statement that outages had reached 12,400 megawatts."
    )
    assert why(text, "12,400 megawatts")[0] == "Ubuntu Power"


def test_the_company_is_the_firm_a_description_named_earlier():
    text = (
        "Marine engineering firm Cairnbulg Subsea is to cut 300 jobs in Peterhead.\n\n"
        "The company, which employs 1,100 people in the town, said orders had fallen by 40% in two years."
    )
    assert why(text, "fallen by 40%")[0] == "Cairnbulg Subsea"


def test_the_ministry_closing_a_quote_is_not_one_the_quote_names():
    article = [
        "The Ministry of Water and Sanitation has stated that its minister was misreported.",
        "“The minister spoke at the Ministry of Interior on Sunday. What she said was that the police "
        "have guarded the dam since January,” the ministry said.",
        "The ministry emphasised that guards had recovered 120 of the stolen pumps.",
    ]
    assert speakers_of(article, "since January", "120 of the stolen pumps") == [
        "Ministry of Water and Sanitation",
        "Ministry of Water and Sanitation",
    ]


HAWKERS = (
    "A spokeswoman for Makan Collective, which runs 11 centres, said its rents were 30 per cent lower.\n\n"
    "The operator also said it had waived rent for new hawkers since 2024."
)


def test_a_spokeswoman_for_a_body_described_in_an_aside_speaks_for_that_body():
    assert why(HAWKERS, "30 per cent")[0] == "Makan Collective"


def test_the_operator_is_the_body_that_spoke_last():
    assert why(HAWKERS, "waived rent")[0] == "Makan Collective"


PRESS_RELEASE = (
    'Kestrel Gold Inc. (TSX: KGI) ("Kestrel" or "the Company") today announced a new mill.\n\n'
    "The Company expects annual production of 145,000 ounces of gold."
)


def test_a_press_releases_the_company_is_the_business_it_defines():
    assert why(PRESS_RELEASE, "145,000 ounces")[0] == "Kestrel Gold Inc."


MANIFESTO = (
    "Pledges\n\n- Cut the longest waits, which the party says now exceed two years for one patient in six"
)


def test_the_party_with_no_party_named_is_left_empty_with_a_reason():
    assert why(MANIFESTO, "one patient in six") == (
        None,
        "none: 'party' names no one, and no body of that kind is named earlier",
    )


def test_the_district_is_the_body_the_sentence_before_is_about():
    text = (
        "Snow closed roads across the valley on Monday.\n\n"
        "Cedar Valley Public Schools canceled classes for the day. "
        "The district said 19 of its buses could not run.\n\n"
        "Shop owners in the Eastgate district said 30 stores had closed early."
    )
    assert why(text, "19 of its buses") == (
        "Cedar Valley Public Schools",
        "'the district' -> the organisation the sentence before is about (Cedar Valley Public Schools)",
    )
    assert why(text, "30 stores")[0] != "Eastgate district"  # a part of town, not a body


def test_a_company_whose_name_ends_in_regional_is_a_body_that_it_said_refers_to():
    text = (
        "Bluewater Regional will close its base in Plymouth.\n\n"
        "Bluewater Regional, which flies to 20 destinations, said it had lost £12 million this year. "
        "It said fuel costs had risen by 9 per cent."
    )
    assert why(text, "9 per cent")[0] == "Bluewater Regional"
