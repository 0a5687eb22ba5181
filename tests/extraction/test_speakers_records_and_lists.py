"""Speakers in records, lists and short forms (issue #19, the fifth held-out set's layouts):
surname turn labels given in full by a members list, claims listed under a person's heading
or above a "Source:" line, titles before surnames, a body's noun and its spokesperson."""

import pytest

from tests.extraction.test_speakers import _why

MINUTES = (
    "Minutes of the Transport Committee, 4 March 2026\n\n"
    "Present: Councillor Joan Ferris (Chair), Councillors Omar Haddad, Petra Lund and Ian Moss\n\n"
    "Councillor Ferris: Parking income fell by 14 per cent last year.\n\n"
    "Councillor Haddad: The car park on Mill Lane is empty after 6pm on most days.\n\n"
    "The motion was carried by 3 votes to 1."
)


def test_a_surname_turn_label_in_a_record_is_the_member_the_attendance_list_names_in_full():
    assert _why(MINUTES, "Parking income") == (
        "Joan Ferris",
        "turn label 'Ferris:' -> Joan Ferris, named in full earlier",
    )
    assert _why(MINUTES, "Mill Lane")[0] == "Omar Haddad"  # "Councillors" before the name is a title


def test_the_clerks_lines_between_the_turns_of_a_record_are_no_members():
    assert _why(MINUTES, "motion was carried")[0] is None


CANDIDATES = (
    "Two candidates set out their claims.\n\nMere Tukino (Harbour Labour)\n\n"
    "- Rents have risen by 41 per cent since 2019.\n- The port employs 3,000 fewer people than in 2010.\n\n"
    "Dale Huxley says:\n\n- Council debt has doubled to 2 billion dollars."
)
FACT_BOX = (
    "Three facts about the drought.\n\n1. Reservoirs are at 38 per cent of capacity.\n\n"
    "2. Rainfall since May is half the average.\n\n"
    "Source: Regional Water Board (RWB), Drought Bulletin No. 12\n\n"
    "Farmers say they have sold a third of their cattle."
)
BODIES = (
    "The Northern Roads Directorate said 900 bridges needed repair.\n\n"
    "The agency expects to close 12 of them by June.\n\n"
    "Nine clinics closed last year, a Health Otago spokesperson said.\n\n"
    "A spokeswoman for the Northern Roads Directorate said 40 inspectors had been hired."
)
COURT = (
    "Detective Garda Niamh Rourke told the court that 14 flats stood empty.\n\n"
    "Under cross-examination by Ms Orla Quinlan BL, defending, the detective agreed that 9,000 euro "
    "had been repaid.\n\nMs Quinlan said her client had lost 3 businesses since 2019."
)


@pytest.mark.parametrize(
    ("raw", "fragment", "why"),
    [
        (CANDIDATES, "Rents have risen", "bullet under the heading 'Mere Tukino (Harbour Labour)'"),
        (
            FACT_BOX,
            "Rainfall since May",
            "list item: the source line under the list names Regional Water Board",
        ),
        (
            BODIES,
            "close 12",
            "'the agency' -> the organisation that spoke last (Northern Roads Directorate)",
        ),
        (BODIES, "Nine clinics", "'a Health Otago spokesperson' -> the organisation it speaks for"),
        (  # "she" after a person of unknown gender who is the subject just before: that person,
            # not an earlier woman in another paragraph
            "Orchardist Sarah Tane said she lost most of her crop.\n\n"
            "But the party's farming spokesperson, Marama Hohaia, slammed the decision.\n\n"
            "She claimed 300 workers had been sent home.",
            "300 workers",
            "pronoun -> nearest preceding person",
        ),
    ],
)
def test_the_claim_page_says_why_the_speaker_was_chosen_or_left_empty(raw, fragment, why):
    assert _why(raw, fragment)[1] == why


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (CANDIDATES, "3,000 fewer", "Mere Tukino"),  # bullets under a person's heading
        (CANDIDATES, "Council debt", "Dale Huxley"),  # under "X says:"
        (FACT_BOX, "Reservoirs are", "Regional Water Board"),  # a list above "Source: X"
        (FACT_BOX, "Farmers say", "Farmers"),  # not the paragraph after the source line
        (BODIES, "Nine clinics", "Health Otago"),
        (BODIES, "40 inspectors", "Northern Roads Directorate"),  # "a spokeswoman for" a body named
        (  # capitalised surname labels, full names in the members list
            "Housing board hearing\n\nMembers present: Ann Walsh, Peter Oduya\n\n"
            "WALSH: We have cut 40 posts since March.\n\nODUYA: The waiting list is now 2,300 families.",
            "2,300 families",
            "Peter Oduya",
        ),
        (COURT, "14 flats", "Niamh Rourke"),  # "Garda" is a title
        (COURT, "9,000 euro", "Niamh Rourke"),  # "the detective": the titled person
        (COURT, "3 businesses", "Orla Quinlan"),  # "Ms X" after "Ms Orla X BL"
        (  # the office, not "statistics"
            "Inflation rose to 4.1 per cent, according to the statistics office.",
            "Inflation rose",
            "statistics office",
        ),
        (  # initials never defined in brackets
            "Dairy Farmers Aotearoa said 900 farms were hit.\n\nDFA estimated the loss at 40 million.",
            "DFA estimated",
            "Dairy Farmers Aotearoa",
        ),
        (  # a plural possessive inside a body's name
            "One lesson in four is taught by a non-specialist, according to the Chemistry Teachers' Forum.",
            "One lesson",
            "Chemistry Teachers’ Forum",
        ),
        (  # party and seat in brackets after a member's name
            "Contributing, Hon. Ada Obi (PDP, Enugu) said the depot had sold 9 million litres.",
            "9 million litres",
            "Ada Obi",
        ),
        (
            "The motion was moved by Hon. Sani Bello (APC, Kano), who told MPs that 40 tankers were idle.",
            "40 tankers",
            "Sani Bello",
        ),
        ("Traders complained that 12 stalls had been demolished.", "12 stalls", "Traders"),
        (  # abbreviated police and council titles stay with the name
            "Sgt. Dara Quill said 14 cars went.\n\nThe hall was full, Sgt. Quill said after 9 arrests.",
            "9 arrests",
            "Dara Quill",
        ),
        (
            "The pool is short 40 staff, its chief told council.\n\nPool Chief Aled Morgan said 6 had left.",
            "short 40 staff",
            "Aled Morgan",
        ),
        (  # a body described in lower case, or its own figures: the body named earlier
            "The Harrow Price Institute met.\n\nThe nonprofit institute said 9 clinics overcharged.",
            "9 clinics",
            "Harrow Price Institute",
        ),
        (
            "The Wessex Transport Executive ran the buses. Trips rose 11 per cent, according to the "
            "executive's own figures.",
            "Trips rose",
            "Wessex Transport Executive",
        ),
        (
            "The Wessex Health Partnership met. According to the partnership's own projections, 2,000 wait.",
            "2,000 wait",
            "Wessex Health Partnership",
        ),
        (  # a body of another kind is not the one named earlier
            "The Ministry of Finance said 4 banks failed. The health ministry said 5 clinics shut.",
            "5 clinics",
            "health ministry",
        ),
        (  # a role written in lower case before the name, then "the returning officer"
            "Returning officer Grace Achieng declared the result.\n\n"
            "The returning officer said turnout was 31 per cent.",
            "turnout was",
            "Grace Achieng",
        ),
        (
            "Analyst Pieter van Rooyen said 4 plants shut. Van Rooyen said 6,000MW was lost.",
            "6,000MW",
            "Pieter van Rooyen",
        ),
        (  # a capitalised description, its office in lower case, then the name
            'Shadow treasurer Ian Pryde called it "a mirage", and said spending was $4 billion too low.',
            "$4 billion",
            "Ian Pryde",
        ),
        ("Fishermen in Kollam said 40 boats stayed in port.", "40 boats", "fishermen"),  # never the place
        (  # a document released on a weekday, or "an analysis of price files", by a body
            "Premiums rose 38%, according to a report released Friday by the Prairie Insurance Bureau.",
            "Premiums rose",
            "Prairie Insurance Bureau",
        ),
        (
            "Scans cost $410, according to an analysis of price files published by the Kestrel Institute.",
            "Scans cost",
            "Kestrel Institute",
        ),
        (
            "The Pune-based Deccan Commuters Forum said 38 per cent drove.",
            "38 per cent",
            "Deccan Commuters Forum",
        ),
        (  # how a statement was made is not its speaker
            "The ferry carried 300 passengers, the operator, Bluewater Lines, said in a statement.",
            "300 passengers",
            "Bluewater Lines",
        ),
    ],
)
def test_the_speaker_is_who_the_label_list_title_or_description_points_to(raw, fragment, speaker):
    found, why = _why(raw, fragment)
    assert found == speaker, why
