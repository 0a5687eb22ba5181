"""Interviews, phone-ins, podcasts and briefings: who speaks each labelled turn, and what the
interviewer or a reporter puts to the guest, which is a question and not a claim.
All text is invented."""

from claims.extraction.contentless import says_nothing_checkable
from claims.extraction.pipeline import _is_question, analyse, extract
from claims.extraction.speakers import NARRATION
from claims.extraction.transcripts import put_to_guest
from tests.extraction.reading import (
    claim_speakers,
    claim_texts,
    claims_in_order,
    skipped_reasons,
    speaker_of,
    turn_labels,
    why,
)


def test_turn_labels_in_a_transcript_name_each_speaker():
    raw = (
        "This is a transcript of Tuesday’s programme. The presenter is Jonah Pike.\n\n"
        "JONAH PIKE: Rainfall is at its lowest since records began in 1911. Are you prepared?\n\n"
        "ROSALIND MBEKI-HART: We have doubled the grain reserve to 400,000 tonnes since January."
    )
    assert why(raw, "1911") == ("Jonah Pike", "turn label")
    assert why(raw, "400,000 tonnes") == ("Rosalind Mbeki-Hart", "turn label")


def test_q_and_a_labels_give_answers_to_the_interviewee_named_in_the_introduction():
    raw = (
        "Dr. Miriam Achterberg runs the Vellmoor General Hospital.\n\n"
        "Q: How bad is the staffing situation?\n\n"
        "A: We have lost a third of our nurses since 2022.\n\n"
        "Most of them went abroad, where the pay is twice what we offer."
    )
    assert why(raw, "a third of our nurses")[0] == "Miriam Achterberg"
    assert why(raw, "pay is twice")[0] == "Miriam Achterberg"
    assert why(raw, "staffing situation") == (None, "none: turn label Q: (the interviewer is not named)")


def test_the_byline_names_the_interviewer_and_the_introduction_the_interviewee():
    raw = (
        "Why the river ran dry: a hydrologist explains\n\n"
        "Interview by Tomas Reyes\n\n"
        "Dr. Ingrid Solberg has measured the Avon Vale aquifer since 2004.\n\n"
        "Q: Farmers in the valley told us the new bottling plant drained the wells.\n\n"
        "A: The aquifer has dropped 6 metres since 2015, long before the plant opened."
    )
    assert why(raw, "dropped 6 metres")[0] == "Ingrid Solberg"
    assert why(raw, "bottling plant")[0] == "farmers"


def test_surname_turn_labels_resolve_to_the_full_names_in_the_introduction():
    raw = (
        "Transcript of the debate between housing minister Daniel Morrison and Aisha Rahman.\n\n"
        "MORRISON: We completed 186,000 homes last year.\n\n"
        "RAHMAN: But only 9,000 of those were social homes."
    )
    assert why(raw, "186,000")[0] == "Daniel Morrison"
    assert why(raw, "9,000")[0] == "Aisha Rahman"


def test_turn_labels_glued_inside_a_paragraph_still_change_the_speaker():
    raw = (
        "JANE ROE: Thanks for joining us.\n\nJOHN DOE: Pleasure.\n\n"
        "JANE ROE: What was the hardest part?    JOHN DOE: Well, we lost 40 percent of our staff in 2009."
    )
    assert why(raw, "40 percent") == ("John Doe", "turn label")


def test_role_labels_taking_turns_name_the_speakers_but_a_lone_note_does_not():
    raw = (
        "Interviewer: Good morning, Prime Minister.\n\nPrime Minister: Good morning.\n\n"
        "Interviewer: How much did welfare spending grow?\n\n"
        "Prime Minister: We increased welfare funding by 12 percent last year."
    )
    assert why(raw, "12 percent") == ("Prime Minister", "turn label")
    assert why("Note: The budget grew by 12 percent in 2025.\n\nIt was approved.", "12 percent")[0] is None


def test_initials_as_turn_labels_stand_for_the_labels_they_abbreviate():
    raw = (
        "The full transcript of the interview follows.\n\n"
        "Halloran: You cut 300 nursing posts last year.\n\n"
        "Mbeki-Osei: We cut 120, and we hired 200 more.\n\n"
        "H: The board papers say 300.\n\n"
        "M-O: The board papers count vacancies as posts."
    )
    assert why(raw, "board papers say") == ("Halloran", "turn label")
    assert why(raw, "count vacancies") == ("Mbeki-Osei", "turn label")
    assert speaker_of(raw, "hired 200") == "Mbeki-Osei"


def test_a_presenters_role_after_the_label_and_i_am_do_not_become_names():
    raw = (
        "JANE ROE, HOST: Good morning. I'm Jane Roe.\n\n"
        "ROE: Fuel prices rose 9 percent this week.\n\n"
        "OTIS PARR, REPORTER: Drivers in the north paid the most."
    )
    assert speaker_of(raw, "9 percent") == "Jane Roe"
    assert speaker_of(raw, "Drivers in the north") == "Otis Parr"


def test_a_paragraph_after_a_clip_that_speaks_of_its_speaker_is_not_in_the_speakers_words():
    raw = (
        "REICH: The senator spoke on Wednesday.\n\n"
        "KAPLAN: We will not vote for a budget that cuts 2 billion from schools.\n\n"
        "Kaplan has voted against every budget since 2021.\n\n"
        "She faces re-election in November."
    )
    assert speaker_of(raw, "2 billion") == "Kaplan"
    assert why(raw, "every budget") == (None, NARRATION)
    assert why(raw, "re-election") == (None, NARRATION)


def test_a_turn_label_whose_role_has_abbreviations_is_one_label():
    text = (
        "LENA MOROS, REPORTER: The contract for three new ferries is now 14 months late.\n\n"
        "RUTH CALLAGHAN, OPP. TRANSPORT SPOKESWOMAN: The yard has not even laid the second keel.\n\n"
        "LENA MOROS: The union agrees."
    )
    assert speaker_of(text, "second keel") == "Ruth Callaghan"


def test_the_minister_on_a_radio_show_is_the_minister_named_before():
    text = (
        "The Regional Minister, Kofi Asante Boakye, has defended the seizure of 14 trucks.\n\n"
        "The Minister on Kumasi-based Sunrise FM claimed he never received a letter from the ministry."
    )
    assert speaker_of(text, "never received a letter") == "Kofi Asante Boakye"


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
    assert why(QA, "41,000 containers")[0] == "Anand Rao Kulkarni"
    assert why(QA, "three bridges")[0] == "Anand Rao Kulkarni"


TV = (
    "This is a transcript of Friday's Evening Desk. The host, Zanele Okafor-Mensah, spoke with"
    " Mr Tunde Adebayo-Cole, who runs the Ikeja Water Board.\n\n"
    "ZANELE: Good evening. Water bills in Ikeja rose by a quarter in March.\n\n"
    "TUNDE: They did, and we now pump 80 million litres a day.\n\n"
    "ZANELE: Thank you."
)


def test_a_first_name_turn_label_is_the_full_name_the_framing_gives():
    assert why(TV, "rose by a quarter") == (
        "Zanele Okafor-Mensah",
        "turn label 'ZANELE:' -> Zanele Okafor-Mensah, named in full earlier",
    )
    assert why(TV, "80 million litres")[0] == "Tunde Adebayo-Cole"


DRIVE_TIME = (
    "This is an edited transcript of Monday's Drive Time. Presenter Lerato Mokoena spoke to"
    " Mr Thabo James Nkosi of the Bus Owners' Forum and Ms Fatima Essop of Commuters First.\n\n"
    "LERATO: Bus fares in Pretoria went up on Monday. Mr Nkosi, why?\n\n"
    "Mr T J Nkosi: Good afternoon. Diesel is up by three rand a litre since June.\n\n"
    "LERATO: Ms Essop?\n\n"
    "Ms F Essop: Our survey found that half of all routes went up by four rand.\n\n"
    "LERATO: We leave it there."
)


def test_a_presenters_label_does_not_carry_onto_a_guest_labelled_by_initials():
    assert why(DRIVE_TIME, "three rand a litre") == (
        "Thabo James Nkosi",
        "turn label 'T J Nkosi:' -> Thabo James Nkosi, named in full earlier",
    )
    assert why(DRIVE_TIME, "half of all routes")[0] == "Fatima Essop"
    assert why(DRIVE_TIME, "went up on Monday")[0] == "Lerato Mokoena"


MORNING_SHOW = (
    "TRANSCRIPT: Morning Show with Ruth Kamau\n\n"
    "RUTH KAMAU: My guest is Dr. Amina Said, chair of the Teachers Union. Welcome.\n\n"
    "AMINA SAID: Thank you. The county owes our members six months of allowances.\n\n"
    "RUTH KAMAU: The county says it paid last week.\n\n"
    "AMINA SAID: Not a single teacher in Likoni received that payment."
)


def test_a_turn_label_whose_surname_reads_like_a_verb_keeps_the_whole_name():
    assert why(MORNING_SHOW, "six months of allowances")[0] == "Amina Said"
    assert why(MORNING_SHOW, "Not a single teacher")[0] == "Amina Said"


MORNING_TIDE = (
    "Transcript of The Morning Tide on Radio Fenwick.\n\n"
    "ANCHOR (LUCY PARRISH): Good morning. Ferry fares rose 14 percent this year, according to the Island "
    "Travellers Board. Mr Okoro, why?\n\n"
    "DAVID OKORO: Fuel went up by a fifth. Our skippers have told me the crossings cost more than ever.\n\n"
    "PARRISH: The Island Travellers Board also says 300 sailings were cancelled. Is that right?\n\n"
    "OKORO: We cancelled 120, not 300."
)


def test_each_turn_of_a_transcript_is_listed_once():
    labels = turn_labels(MORNING_TIDE)
    assert [label for _, label in labels] == ["LUCY PARRISH", "DAVID OKORO", "PARRISH", "OKORO"]
    assert len({start for start, _ in labels}) == len(labels)


def test_what_the_presenter_reports_is_the_source_s_and_what_a_guest_reports_is_the_guest_s():
    assert why(MORNING_TIDE, "Ferry fares rose")[0] == "Island Travellers Board"
    assert why(MORNING_TIDE, "Fuel went up")[0] == "David Okoro"
    assert why(MORNING_TIDE, "skippers have told me")[0] == "David Okoro"


def test_a_surname_label_after_an_anchor_label_is_the_anchor_named_in_full():
    assert why(MORNING_TIDE, "Is that right?")[0] == "Lucy Parrish"


def test_the_reporter_the_introduction_says_the_guest_spoke_to_asks_the_questions():
    raw = (
        "Q&A: Mayor Ruth Abara on parking\n\n"
        "Ruth Abara was elected mayor in 2022. She spoke to the Courier's city hall reporter, Tom Vesey, "
        "on Friday.\n\n"
        "Q: Parking fines have doubled since 2023, though.\n\n"
        "A: They have not. We issued 4,100 fines last year."
    )
    assert why(raw, "Parking fines")[0] == "Tom Vesey"
    assert why(raw, "4,100 fines")[0] == "Ruth Abara"


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


PODCAST = "\n".join(
    [
        "The Harbour Desk - Episode 40: Who fixes the seawall?",
        "",
        "[00:00:03] PRIYA VANTONGEREN: Welcome back, I'm Priya Vantongeren. With me is Lachlan Odunsi, who"
        " runs the coastal works office.",
        "",
        "[00:00:20] LACHLAN ODUNSI: Thanks for having me.",
        "",
        "[00:00:22] VANTONGEREN: Lachlan, how much of the wall is left to rebuild?",
        "",
        "[00:00:26] ODUNSI: We have rebuilt 2.4 kilometres of the wall since 2022, and 900 metres remain.",
    ]
)


def test_a_podcast_turn_after_the_time_into_the_recording_is_the_labelled_speakers():
    extraction = analyse(PODCAST)
    speakers = {c.text: c.speaker for c in extraction.claims}
    rebuilt = next(text for text in speakers if "2.4 kilometres" in text)
    assert speakers[rebuilt] == "Lachlan Odunsi"
    assert rebuilt.startswith("We have rebuilt")  # the time and the label are not part of the claim
    assert not any("[00:" in c.text for c in extraction.claims)


# The asker labelled by an initial, the guest by full name (as a ministry's pages print them).
GRAIN_EXPORTS_INTERVIEW = """Deputy minister: grain exports will hold up

Our correspondent Vera Soboleva spoke to Deputy Agriculture Minister Arkady Velichko.

V: How much grain did the country export this season?

Arkady Velichko: We exported 48 million tonnes, which is a record.

V: And the quality?

Arkady Velichko: Protein content was the same as last year. Exports to Africa rose by a third.
"""


def test_answers_labelled_with_the_guests_full_name_are_the_guests_not_the_askers_initial():
    speakers = claim_speakers(GRAIN_EXPORTS_INTERVIEW)
    assert speakers["We exported 48 million tonnes, which is a record."] == "Arkady Velichko"
    assert speakers["Exports to Africa rose by a third."] == "Arkady Velichko"
    assert not any(text.startswith("Arkady Velichko:") for text in speakers)


def test_a_timestamped_turn_label_on_its_own_line_names_the_speaker_without_the_office():
    page = (
        "DA Announces Arson Charges: Press Conference Transcript\n\n"
        "District Attorney Dana Whitfield: (00:12)\nGood afternoon, and thank you all for coming today.\n\n"
        "District Attorney Dana Whitfield: (00:48)\nSo we have decided to issue warrants for two men today."
        " There have been 27 fires in seven days.\n"
    )
    article = extract(page)
    assert not any("(00:48)" in text for text in claims_in_order(article))
    fires = next(claim for claim in article.claims if "27 fires" in claim.text)
    assert fires.speaker == "Dana Whitfield"


def test_the_first_turn_of_a_transcript_under_a_section_label_stays_a_turn():
    page = (
        "Economy\n\nDaniyar Seitkali: We will not raise the pension age again.\n\n"
        "Aigerim Nurlanova: Will the fund pay its way in 2027?\n\n"
        "Daniyar Seitkali: The fund paid 4.2 trillion tenge in 2025, 11 percent more than in 2024.\n"
    )
    assert extract(page).title != "Daniyar Seitkali: We will not raise the pension age again."
