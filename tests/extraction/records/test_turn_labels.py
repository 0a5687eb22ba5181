"""Turn labels in transcripts: the person each label (a name, a surname, initials, a role, a
first name) stands for, taken from the introduction or framing line. All text is invented."""

from claims.extraction.pipeline import analyse, extract
from claims.extraction.speakers import NARRATION
from tests.extraction.reading import (
    claim_speakers,
    claims_in_order,
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
