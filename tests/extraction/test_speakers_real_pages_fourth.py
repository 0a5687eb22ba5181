"""Speakers in layouts seen on held-out real pages (issue #19), fourth round: a role before a
comma after "according to", a phrase between speaker and verb, a participle opening, a titled
surname that is also a title word, outlets as sources, and a day run into a name."""

from tests.extraction.test_speakers import _why


def test_according_to_a_role_before_a_comma_is_the_role_or_the_person_named_next():
    text = (
        "Teachers strike.\n\n"
        "According to the district union president, 380 teachers stayed home.\n\n"
        "According to the regional union secretary, Ilse Marwick-Obi, 52 schools closed."
    )
    assert _why(text, "380 teachers")[0] == "district union president"
    assert _why(text, "52 schools")[0] == "Ilse Marwick-Obi"


def test_a_phrase_between_speaker_and_verb_keeps_the_speaker():
    text = (
        "A bridge is closed.\n\n"
        "Ravi Pillai-Morgan, who chairs the transport panel, on Tuesday told reporters that 3 bridges"
        " needed repairs."
    )
    assert _why(text, "3 bridges")[0] == "Ravi Pillai-Morgan"


def test_a_participle_opening_the_sentence_is_not_the_speaker():
    text = (
        "A fund opens.\n\n"
        "Speaking at the launch, Chioma Adeyemi-Hart said the fund would pay for 70 classrooms.\n\n"
        "Asked about the delays, Bjorn Ekdahl-Nunes said 11 builders had quit."
    )
    assert _why(text, "70 classrooms")[0] == "Chioma Adeyemi-Hart"
    assert _why(text, "11 builders")[0] == "Bjorn Ekdahl-Nunes"


def test_a_councillor_whose_surname_is_a_title_word_is_the_person_named_in_full():
    text = (
        "The council met.\n\n"
        "Councilor Rosa King chaired the meeting.\n\n"
        "Councilor King said the city had hired 35 drivers."
    )
    assert _why(text, "35 drivers")[0] == "Rosa King"


def test_an_outlet_reporting_is_the_source():
    text = (
        "Exams are cancelled.\n\n"
        "The Harbour City Herald first reported the cancellations on Sunday.\n\n"
        "The newspaper reported that 4 head teachers had resigned.\n\n"
        "Exams were cancelled in 60 schools, Reuters reports.\n\n"
        "Local media say 2,000 pupils missed the first paper."
    )
    assert _why(text, "4 head teachers")[0] == "Harbour City Herald"
    assert _why(text, "60 schools")[0] == "Reuters"
    assert _why(text, "2,000 pupils")[0] == "Local media"


def test_a_day_or_a_month_beside_a_name_is_not_part_of_it():
    text = (
        "Clinics to open.\n\n"
        "Health Minister Dana Orwell-Price Tuesday said 80 clinics would open.\n\n"
        "On Monday Kwame Osei-Bonsu said 40 nurses had been hired.\n\n"
        "Opposition MP Abena Serwaa-Kyei November figures showed 5 clinics closed, she said."
    )
    assert _why(text, "80 clinics")[0] == "Dana Orwell-Price"
    assert _why(text, "40 nurses")[0] == "Kwame Osei-Bonsu"


def test_how_someone_spoke_between_their_description_and_the_verb_keeps_them():
    text = (
        "Costs double.\n\n"
        "Ines Vallory-Park, the council's head of planning, in her report to the panel said land"
        " prices accounted for £4 million of the rise."
    )
    assert _why(text, "£4 million")[0] == "Ines Vallory-Park"


def test_a_wire_named_at_the_end_before_its_sources_is_the_source():
    text = (
        "Output stops.\n\n"
        "The closure could last up to five weeks, Reuters reports, citing three people familiar with"
        " the plans."
    )
    assert _why(text, "five weeks")[0] == "Reuters"


def test_a_day_beside_a_body_or_opening_the_sentence_is_not_the_speaker():
    text = (
        "Teachers to be hired.\n\n"
        "The Kano State Government Thursday said it would hire 1,500 teachers.\n\n"
        "On Friday Musa Danjuma-Bello, chairman of the state teachers' union, said 2,800 posts were vacant."
    )
    assert _why(text, "1,500 teachers")[0] == "Kano State Government"
    assert _why(text, "2,800 posts")[0] == "Musa Danjuma-Bello"
