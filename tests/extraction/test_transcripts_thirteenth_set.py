"""Transcripts of the thirteenth set's kinds (issue #19): a doorstop press conference whose
turns are labelled by office ("PREMIER:") or title and surname ("MINISTER ROE:") under a
framing line naming who holds each office, with reporters labelled by trade
("JOURNALIST:") relaying others' figures; and a podcast whose labels follow the time into
the recording ("[00:01:15] JANE ROE:"). All text is invented."""

from claims.extraction.pipeline import analyse

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


def _speakers(raw: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in analyse(raw).claims}


def test_a_turn_labelled_by_office_is_the_person_the_framing_line_names_for_it():
    speakers = _speakers(DOORSTOP)
    assert speakers["Every one of the 46 buses ran a route last week."] == "Odile Fairbrass"
    depot = next(text for text in speakers if "46 buses, up from 31" in text)
    assert speakers[depot] == "Odile Fairbrass"


def test_a_turn_labelled_by_title_and_surname_is_the_person_named_in_full_above():
    speakers = _speakers(DOORSTOP)
    fares = next(text for text in speakers if "risen by 40 cents" in text)
    assert speakers[fares] == "Ruairi Quennell"
    assert speakers[next(text for text in speakers if "grew by 19 per cent" in text)] == "Ruairi Quennell"


def test_a_journalists_question_relaying_someones_figures_is_not_a_claim():
    claims = [c.text for c in analyse(DOORSTOP).claims]
    assert not any("third of the buses" in c for c in claims)
    assert not any("fares rose 12 per cent" in c for c in claims)


def test_a_podcast_turn_after_the_time_into_the_recording_is_the_labelled_speakers():
    extraction = analyse(PODCAST)
    speakers = {c.text: c.speaker for c in extraction.claims}
    rebuilt = next(text for text in speakers if "2.4 kilometres" in text)
    assert speakers[rebuilt] == "Lachlan Odunsi"
    assert rebuilt.startswith("We have rebuilt")  # the time and the label are not part of the claim
    assert not any("[00:" in c.text for c in extraction.claims)


# The asker labelled by an initial, the guest by full name (as a ministry's pages print them).
INTERVIEW = """Deputy minister: grain exports will hold up

Our correspondent Vera Soboleva spoke to Deputy Agriculture Minister Arkady Velichko.

V: How much grain did the country export this season?

Arkady Velichko: We exported 48 million tonnes, which is a record.

V: And the quality?

Arkady Velichko: Protein content was the same as last year. Exports to Africa rose by a third.
"""


def test_answers_labelled_with_the_guests_full_name_are_the_guests_not_the_askers_initial():
    speakers = _speakers(INTERVIEW)
    assert speakers["We exported 48 million tonnes, which is a record."] == "Arkady Velichko"
    assert speakers["Exports to Africa rose by a third."] == "Arkady Velichko"
    assert not any(text.startswith("Arkady Velichko:") for text in speakers)
