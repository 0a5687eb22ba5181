"""Interviews, phone-ins and briefings: the guest answers, and what the interviewer, a reporter
or a listener puts to the guest is a question, not a claim of the page. All text is invented."""

from claims.extraction.contentless import says_nothing_checkable
from claims.extraction.pipeline import _is_question, analyse
from claims.extraction.transcripts import put_to_guest
from tests.extraction.reading import (
    claim_speakers,
    claim_texts,
    skipped_reasons,
    why,
)

INITIALS_QA = "\n\n".join(
    [
        "Q&A: the harbour master on dredging",
        "By Oren Vask | 3 December 2026",
        "Oren Vask (OV) met Lidia Marsh-Penrose (LM), the harbour master, at the quay.",
        "OV: Dredging has been delayed again. Why?",
        "LM: The dredger broke down in May. We have moved 40,000 tonnes of silt since June.",
        "OV: Skippers say the channel is shallower than ever.",
        "LM: The channel is four metres deep at low tide, as charted.",
        "OV: The port paid 2 million pounds for the survey. Was it worth it?",
        "LM: The survey found 12 wrecks nobody had charted.",
    ]
)


def test_initials_defined_in_the_introduction_name_the_answers_speaker():
    assert why(INITIALS_QA, "12 wrecks")[0] == "Lidia Marsh-Penrose"
    assert why(INITIALS_QA, "40,000 tonnes")[0] == "Lidia Marsh-Penrose"


def test_the_writers_statements_as_interviewer_are_questions_not_claims():
    claims = [c.text for c in analyse(INITIALS_QA).claims]
    assert "Skippers say the channel is shallower than ever." not in claims
    assert "The port paid 2 million pounds for the survey." not in claims
    assert "The channel is four metres deep at low tide, as charted." in claims


PRESS_BRIEFING = "\n\n".join(
    [
        "The following is a transcript of a press briefing by the Minister of Roads, Ama Telford.",
        "TELFORD: We have resurfaced 300 kilometres of road this year.",
        "REPORTER (Evening Star): Drivers say potholes are worse than ever. Is that fair?",
        "TELFORD: No. Pothole reports fell by a third in October.",
        "REPORTER (Radio Nine): The budget was cut last year. Will you ask for more?",
        "TELFORD: We will ask for 5 per cent more.",
    ]
)


def test_a_reporters_labelled_question_is_not_a_claim():
    skipped = skipped_reasons(PRESS_BRIEFING)
    assert skipped["Drivers say potholes are worse than ever."] == "asked"
    assert skipped["The budget was cut last year."] == "asked"
    assert "Pothole reports fell by a third in October." in [c.text for c in analyse(PRESS_BRIEFING).claims]


def test_a_guest_who_asks_one_rhetorical_question_still_makes_claims():
    text = PRESS_BRIEFING + "\n\nTELFORD: Who else has done that? Nobody has built 40 bridges in a year."
    assert "Nobody has built 40 bridges in a year." in [c.text for c in analyse(text).claims]


def test_a_question_asking_whether_a_figure_is_right_is_never_queued():
    assert _is_question("How can voters judge whether $4 million is the right price when no accounts exist?")
    assert not _is_question("Why is unemployment at 3.5 percent when it was 2 percent in 2020?")


PRESENTER_QA = "\n\n".join(
    [
        "Interview: the ferry chief on cancelled sailings",
        "The following is an edited transcript of an interview on Harbour Radio. The presenter,"
        " Maeve Tolland, spoke to Jonas Brekke-Ward, chief executive of Fjordline Ferries."
        " Questions are marked Q and answers A.",
        "Q: Your company promised 40 sailings a day this winter. What happened?",
        "A: We ran 31 sailings a day in November. Two of our four boats were in dry dock.",
        "Q: A listener in Portlow writes that the last boat never waits for the train.",
        "A: The timetable was changed in October so that it does.",
        "Q: Fares went up 9 per cent in a year. Is that fair?",
        "A: Fuel costs rose by a fifth over the same time.",
    ]
)


def test_the_guest_the_presenter_spoke_to_answers_the_a_turns():
    assert why(PRESENTER_QA, "31 sailings")[0] == "Jonas Brekke-Ward"
    assert why(PRESENTER_QA, "Fuel costs")[0] == "Jonas Brekke-Ward"


def test_the_guest_who_spoke_to_a_reporter_still_answers():
    raw = PRESENTER_QA.replace(
        "The presenter, Maeve Tolland, spoke to Jonas Brekke-Ward, chief executive of Fjordline Ferries.",
        "Jonas Brekke-Ward, chief executive of Fjordline Ferries, spoke to Maeve Tolland.",
    )
    assert why(raw, "31 sailings")[0] == "Jonas Brekke-Ward"


def test_what_the_interviewer_puts_to_the_guest_is_not_a_claim():
    claims = claim_texts(PRESENTER_QA)
    assert "Your company promised 40 sailings a day this winter." not in claims
    assert "A listener in Portlow writes that the last boat never waits for the train." not in claims
    assert "Fares went up 9 per cent in a year." in claims  # the interviewer's own statement is checkable


def test_second_person_and_audience_messages_are_put_to_the_guest():
    assert put_to_guest("Critics say you cut the budget twice.")
    assert put_to_guest("One caller asked why the clinic shut at noon.")
    assert not put_to_guest("Rents in the town rose 12 per cent last year.")
    assert not put_to_guest("“You will see the results by May,” the minister said.")


def test_the_interviewers_own_statement_to_the_guest_stays_a_claim():
    statement = "Your drivers have been on strike for nine days."
    assert not put_to_guest(statement)
    assert statement in claim_texts(PRESENTER_QA.replace("Fares went up 9 per cent in a year.", statement))


def test_a_reporters_remark_at_a_briefing_is_never_queued():
    assert says_nothing_checkable(
        "A journalist said traders in Tema had complained that scanners never work."
    )
    assert says_nothing_checkable("Another reporter from the Coast Star asked about the 2027 budget.")
    assert not says_nothing_checkable("The journalist, who has covered the port for 20 years, was arrested.")


VALLEY_TALK = "\n\n".join(
    [
        "Transcript: Bus cuts in Harrowfield - who decided?",
        "Valley Talk FM | The Drive Home",
        "Host Ingrid Solberg-Maas speaks to Tomas Achterberg-Lyle, chief executive of Harrowfield Buses.",
        "SOLBERG-MAAS: Tomas, welcome. Commuters in the north have told us the 7.10 has not run for a week."
        " What is happening?",
        "ACHTERBERG-LYLE: We are short of 23 drivers, and 11 routes have been cut back since October.",
        "SOLBERG-MAAS: The Passenger Forum says the cuts will cost riders 6 pounds a week. Is that right?",
        "ACHTERBERG-LYLE: No. Our fares have not risen since April.",
        "SOLBERG-MAAS: We have a message from Joan in Eastfield. She says she waited 70 minutes on Monday."
        " Tomas?",
        "ACHTERBERG-LYLE: Joan, I am sorry. We are hiring 30 drivers by March.",
        "SOLBERG-MAAS: Some of your own drivers want the depot reopened. And the council says it will pay"
        " for two new routes. Does that change anything?",
        "ACHTERBERG-LYLE: It helps. The depot closed in 2024 because it lost 2 million pounds a year.",
    ]
)


def test_a_figure_the_guest_is_asked_to_confirm_or_deny_is_not_the_interviewers_claim():
    assert not any("Passenger Forum" in c for c in claim_texts(VALLEY_TALK))
    assert put_to_guest("Federated Growers say it will cost 40,000 dollars.", after=" Is that right?")
    assert put_to_guest("Critics say the ward is unsafe.", after=" Do you accept that?")
    assert not put_to_guest("Critics say the ward is unsafe.", after=" Why did it close?")


def test_people_telling_the_programme_and_a_listeners_message_are_not_claims():
    claims = claim_texts(VALLEY_TALK)
    assert not any("have told us" in c for c in claims)
    assert not any("waited 70 minutes" in c for c in claims)
    assert put_to_guest("He says he is paying more than ever.", before="We have a message from Sipho.")
    assert not put_to_guest("He says he is paying more than ever.", before="Minister, welcome.")
    assert put_to_guest("Tenants in Limerick tell us they fear the next renewal.")


def test_the_guests_own_side_wanting_something_is_put_to_the_guest():
    assert not any("your own drivers" in c for c in claim_texts(VALLEY_TALK))
    assert put_to_guest("Some of your own backbenchers want the targets scrapped altogether.")


def test_an_authoritys_words_put_with_an_open_question_and_the_guests_figures_stay_claims():
    claims = claim_texts(VALLEY_TALK)
    assert any("council says it will pay for two new routes" in c for c in claims)
    assert any("23 drivers" in c for c in claims)
    assert any("2 million pounds a year" in c for c in claims)


DOORSTOP = "\n\n".join(
    [
        "TRANSCRIPT",
        "Press conference with Chief Minister Odile Fairbrass and Transport Minister Ruairi Quennell, Alice"
        " Springs",
        "Thursday, 3 September 2026",
        "CHIEF MINISTER: Good morning. We have finished the bus depot, and the fleet is now 46 buses, up from"
        " 31 in 2023. Happy to take questions.",
        "JOURNALIST: Chief Minister, the drivers' union says a third of the buses sit idle. Is that fair?",
        "CHIEF MINISTER: No. Every one of the 46 buses ran a route last week.",
        "JOURNALIST: The council says fares rose 12 per cent this year.",
        "CHIEF MINISTER: I'll hand to Ruairi on fares.",
        "MINISTER QUENNELL: Fares have risen by 40 cents since 2024 and concession fares have not moved.",
        "JOURNALIST: Will you fund a night service?",
        "MINISTER QUENNELL: Patronage on the airport route grew by 19 per cent in the year to June.",
    ]
)


def test_a_turn_labelled_by_office_is_the_person_the_framing_line_names_for_it():
    speakers = claim_speakers(DOORSTOP)
    assert speakers["Every one of the 46 buses ran a route last week."] == "Odile Fairbrass"
    depot = next(text for text in speakers if "46 buses, up from 31" in text)
    assert speakers[depot] == "Odile Fairbrass"


def test_a_turn_labelled_by_title_and_surname_is_the_person_named_in_full_above():
    speakers = claim_speakers(DOORSTOP)
    fares = next(text for text in speakers if "risen by 40 cents" in text)
    assert speakers[fares] == "Ruairi Quennell"
    assert speakers[next(text for text in speakers if "grew by 19 per cent" in text)] == "Ruairi Quennell"


def test_a_journalists_question_relaying_someones_figures_is_not_a_claim():
    claims = [c.text for c in analyse(DOORSTOP).claims]
    assert not any("third of the buses" in c for c in claims)
    assert not any("fares rose 12 per cent" in c for c in claims)
