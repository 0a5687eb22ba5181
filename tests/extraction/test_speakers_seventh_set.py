"""Speakers in the seventh held-out set's layouts (issue #19): a speech page framed by a
minister's portfolio, a Q/A page whose headline quotes a project, transcripts labelled by
first name or by initials, a parliamentary record labelled by office, abbreviated given
names, campaign groups and bodies written in lower case."""

from tests.extraction.test_speakers import _why

SPEECH = (
    "Speech: Keeping rural buses running\n\n"
    "Speech given by the Minister for Transport and Rural Affairs, Hon Mereana Tukino, to the Bus Operators"
    " Conference in Whanganui on 3 May 2026. Check against delivery.\n\n"
    "Thank you for having me.\n\n"
    "Last winter, 14 rural routes lost their only bus because no driver could be found.\n\n"
    "Today I am announcing 9 million dollars to train 300 new drivers."
)


def test_a_speech_framed_by_the_ministers_portfolio_is_the_ministers():
    assert _why(SPEECH, "14 rural routes")[0] == "Mereana Tukino"
    assert _why(SPEECH, "300 new drivers")[0] == "Mereana Tukino"


QA = (
    "'The Green Corridor will be finished by June': port chief\n\n"
    "The harbour board's new chief executive, Anand Rao Kulkarni, took over in May. He spoke to"
    " Meera Joshi about traffic and the new corridor. Edited excerpts:\n\n"
    "Q: How busy is the port?\n\n"
    "A: We handled 41,000 containers in September, a record.\n\n"
    "Q: And the corridor?\n\n"
    "A: The Green Corridor will be finished by June. Two of its three bridges are complete."
)


def test_a_qa_interview_answers_belong_to_the_person_the_introduction_names():
    assert _why(QA, "41,000 containers")[0] == "Anand Rao Kulkarni"
    assert _why(QA, "three bridges")[0] == "Anand Rao Kulkarni"


TV = (
    "This is a transcript of Friday's Evening Desk. The host, Zanele Okafor-Mensah, spoke with"
    " Mr Tunde Adebayo-Cole, who runs the Ikeja Water Board.\n\n"
    "ZANELE: Good evening. Water bills in Ikeja rose by a quarter in March.\n\n"
    "TUNDE: They did, and we now pump 80 million litres a day.\n\n"
    "ZANELE: Thank you."
)


def test_a_first_name_turn_label_is_the_full_name_the_framing_gives():
    assert _why(TV, "rose by a quarter") == (
        "Zanele Okafor-Mensah",
        "turn label 'ZANELE:' -> Zanele Okafor-Mensah, named in full earlier",
    )
    assert _why(TV, "80 million litres")[0] == "Tunde Adebayo-Cole"


RADIO = (
    "This is an edited transcript of Monday's Drive Time. Presenter Lerato Mokoena spoke to"
    " Mr Thabo James Nkosi of the Bus Owners' Forum and Ms Fatima Essop of Commuters First.\n\n"
    "LERATO: Bus fares in Pretoria went up on Monday. Mr Nkosi, why?\n\n"
    "Mr T J Nkosi: Good afternoon. Diesel is up by three rand a litre since June.\n\n"
    "LERATO: Ms Essop?\n\n"
    "Ms F Essop: Our survey found that half of all routes went up by four rand.\n\n"
    "LERATO: We leave it there."
)


def test_a_presenters_label_does_not_carry_onto_a_guest_labelled_by_initials():
    assert _why(RADIO, "three rand a litre") == (
        "Thabo James Nkosi",
        "turn label 'T J Nkosi:' -> Thabo James Nkosi, named in full earlier",
    )
    assert _why(RADIO, "half of all routes")[0] == "Fatima Essop"
    assert _why(RADIO, "went up on Monday")[0] == "Lerato Mokoena"


RECORD = (
    "ORAL ANSWERS TO QUESTIONS\n\n"
    "1. Mr Kelvin Tan asked the Minister for Housing and Estates how many flats stood empty.\n\n"
    "The Minister for Housing and Estates (Ms Grace Lim Hui Min): Sir, 2,140 flats stood empty in June.\n\n"
    "Mr Speaker: Mr Kelvin Tan.\n\n"
    "Mr Kelvin Tan (Yishun): Residents tell me that repairs take three months. Will the Minister act?\n\n"
    "Ms Grace Lim Hui Min: We cleared 9,000 repair requests last year.\n\n"
    "Mr Speaker: Order."
)


def test_a_minister_labelled_by_office_answers_as_the_minister_not_the_member_who_asked():
    assert _why(RECORD, "2,140 flats")[0] == "Grace Lim Hui Min"
    assert _why(RECORD, "9,000 repair requests")[0] == "Grace Lim Hui Min"
    assert _why(RECORD, "three months")[0] == "Kelvin Tan"


def test_the_chair_calling_a_member_claims_nothing():
    assert _why(RECORD, "Kelvin Tan.")[0] is None


def test_an_abbreviated_given_name_stays_with_the_name():
    found = _why("Mayor Ma. Cristina Bautista said 3,200 families had been evacuated.", "3,200 families")
    assert found[0] == "Ma. Cristina Bautista"


def test_a_surname_ending_a_sentence_is_not_taken_for_an_abbreviated_given_name():
    text = "The deal was signed by Jack Ma. Teresa Cruz said 40 stores would open."
    assert _why(text, "40 stores")[0] == "Teresa Cruz"


def test_a_campaign_named_for_what_it_wants_keeps_its_whole_name():
    text = "Campaign group Save the Upper Clyde Meadows said 60 hectares would be lost."
    assert _why(text, "60 hectares")[0] == "Save the Upper Clyde Meadows"


def test_the_prosecution_speaks_when_the_text_says_it_claimed_something():
    text = "It was claimed by the prosecution that the pair took 52,000 euro from the charity."
    assert _why(text, "52,000 euro")[0] == "prosecution"


def test_gardai_and_nurses_speak_as_written():
    text = "Burglaries in Tramore rose by a third this year, gardai have said."
    assert _why(text, "a third")[0] == "gardai"
    text = "The clinic ran out of insulin on three days in May, according to nurses at the clinic."
    assert _why(text, "insulin")[0] == "nurses"
    assert _why("Nurses say the ward has been short of 12 staff since June.", "12 staff")[0] == "Nurses"


def test_a_couple_described_in_an_aside_speaks_as_the_couple():
    text = "The couple, from Ballybrack, said they had lost 9,000 euro on the deposit."
    assert _why(text, "9,000 euro")[0] == "couple"


WATER = (
    "Half of the town's homes had no water for four days, the county's water company said on Friday.\n\n"
    "The managing director of Rivermouth Water and Sewerage Company, Ann Otieno, said 9 pumps failed."
)


def test_a_body_described_in_the_lead_is_the_one_named_in_full_below():
    speaker, reason = _why(WATER, "four days")
    assert speaker == "Rivermouth Water and Sewerage Company"
    assert reason.startswith("'county’s water company' -> the organisation named in full later")


def test_a_body_described_in_the_lead_stays_as_written_when_two_named_below_fit():
    text = (
        "Half of the town's homes had no water for four days, the water company said on Friday.\n\n"
        "Rivermouth Water Company runs the north. Eastside Water Company runs the south."
    )
    assert _why(text, "four days")[0] == "water company"
