"""Lists and fact boxes: bullets and numbered points under whoever introduced them, their
lead-in, "label: figure" lines, and a "Source:" line naming the speaker. All text is invented."""

import pytest

from claims.extraction.pipeline import analyse, extract_html
from tests.extraction.reading import why


def test_a_numbered_list_introduced_as_her_points_is_hers_not_her_boards():
    raw = (
        "The Harlow District Health Board has confirmed 90 cases of mumps. At a briefing, the board's "
        "director, Dr. Agnes Mwale, set out what parents should know. Her points:\n\n"
        "1. Mumps spreads through saliva and can pass on before swelling appears.\n"
        "2. Two doses of the vaccine prevent about 88 per cent of cases."
    )
    assert why(raw, "88 per cent")[0] == "Agnes Mwale"


def test_bullets_under_a_name_said_colon_are_that_persons_claims():
    raw = (
        "Harriet Quayle said:\n\n- Violent crime rose by 18 percent in two years.\n"
        "- The city has 400 fewer police officers than in 2015.\n\n"
        "Mayor Desmond Okafor said:\n\n1. Unemployment is at 3.1 percent, the lowest on record."
    )
    assert why(raw, "400 fewer")[0] == "Harriet Quayle"
    assert why(raw, "3.1 percent") == ("Desmond Okafor", "bullet under 'Mayor Desmond Okafor said:'")


def test_points_under_told_mps_that_are_the_speakers_without_bullets():
    text = (
        "Debt rises.\n\n"
        "Appearing before the committee on Tuesday, Ms Amina Wekesa-Oduor told MPs that:\n\n"
        "Public debt stood at 9.4 trillion shillings in October.\n\n"
        "Interest payments reached 310 billion shillings in four months.\n\n"
        "Committee chairman Peter Kiprono said the debt had grown by 700 billion shillings."
    )
    assert why(text, "9.4 trillion")[0] == "Amina Wekesa-Oduor"
    assert why(text, "310 billion")[0] == "Amina Wekesa-Oduor"
    assert why(text, "700 billion")[0] == "Peter Kiprono"


PLEDGES = """<html><body><article>
<h1>Opposition promises free tuition</h1>
<p>Leader of the Opposition Dr Marcia Thompson on Saturday launched her party's plan, saying the
Unity Alliance would, if elected:</p>
<ul>
<li>abolish tuition fees at public colleges by 2030;</li>
<li>build 12,000 low-income homes within five years.</li>
</ul>
<p>Thompson said the plan would cost $40 billion over four years.</p>
</article></body></html>"""


def test_list_items_that_lost_their_bullets_are_the_pledges_of_the_lead_in_speaker():
    claims = {c.text: c for c in extract_html(PLEDGES).claims}
    items = [c for text, c in claims.items() if text.startswith(("abolish", "build"))]
    assert [c.speaker for c in items] == ["Marcia Thompson", "Marcia Thompson"]


def test_the_lead_in_to_a_list_is_its_items_context_and_not_queued():
    claims = extract_html(PLEDGES).claims
    lead_in = next(c for c in claims if c.text.endswith("if elected:"))
    items = [c for c in claims if c.text.startswith(("abolish", "build"))]
    assert all(c.lead_in == lead_in.text for c in items)
    assert not lead_in.check_worthy


BODIES = (
    "The Northern Roads Directorate said 900 bridges needed repair.\n\n"
    "The agency expects to close 12 of them by June.\n\n"
    "Nine clinics closed last year, a Health Otago spokesperson said.\n\n"
    "A spokeswoman for the Northern Roads Directorate said 40 inspectors had been hired."
)

CANDIDATES = (
    "Two candidates set out their claims.\n\nMere Tukino (Harbour Labour)\n\n"
    "- Rents have risen by 41 per cent since 2019.\n- The port employs 3,000 fewer people than in 2010.\n\n"
    "Dale Huxley says:\n\n- Council debt has doubled to 2 billion dollars."
)

DROUGHT_FACTS = (
    "Three facts about the drought.\n\n1. Reservoirs are at 38 per cent of capacity.\n\n"
    "2. Rainfall since May is half the average.\n\n"
    "Source: Regional Water Board (RWB), Drought Bulletin No. 12\n\n"
    "Farmers say they have sold a third of their cattle."
)


@pytest.mark.parametrize(
    ("raw", "fragment", "reason"),
    [
        (CANDIDATES, "Rents have risen", "bullet under the heading 'Mere Tukino (Harbour Labour)'"),
        (
            DROUGHT_FACTS,
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
def test_the_claim_page_says_why_the_speaker_was_chosen_or_left_empty(raw, fragment, reason):
    assert why(raw, fragment)[1] == reason


COURT = (
    "Detective Garda Niamh Rourke told the court that 14 flats stood empty.\n\n"
    "Under cross-examination by Ms Orla Quinlan BL, defending, the detective agreed that 9,000 euro "
    "had been repaid.\n\nMs Quinlan said her client had lost 3 businesses since 2019."
)


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (CANDIDATES, "3,000 fewer", "Mere Tukino"),  # bullets under a person's heading
        (CANDIDATES, "Council debt", "Dale Huxley"),  # under "X says:"
        (DROUGHT_FACTS, "Reservoirs are", "Regional Water Board"),  # a list above "Source: X"
        (DROUGHT_FACTS, "Farmers say", "Farmers"),  # not the paragraph after the source line
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
    found, reason = why(raw, fragment)
    assert found == speaker, reason


CANAL_FACT_BOX = (
    "Canal repairs: the numbers\n\n"
    "The waterways trust says the canal needs urgent work.\n\n"
    "AT A GLANCE\n"
    "Locks needing repair: 23\n"
    "- Cost of the programme: $41 million\n"
    "Broadcast: 14/05/2026\n"
    "Join the conversation: 184 comments"
)


def test_the_label_and_figure_lines_of_a_fact_box_are_claims():
    claims = [c.text for c in analyse(CANAL_FACT_BOX).claims]
    assert "Locks needing repair: 23" in claims
    assert any("Cost of the programme: $41 million" in c for c in claims)


def test_a_labelled_date_or_comment_count_is_no_fact():
    claims = " ".join(c.text for c in analyse(CANAL_FACT_BOX).claims)
    assert "Broadcast" not in claims
    assert "184 comments" not in claims


def test_a_lead_in_ending_that_colon_ranks_below_what_it_introduces():
    raw = "\n\n".join(
        [
            "Minister lists rail figures",
            "By Ama Roe",
            "Speaking to the transport committee on Monday, Mr Doe told members that:",
            "Rail journeys rose to 41 million last year.",
            "Fares have been frozen for two years.",
        ]
    )
    lead_in = next(c for c in analyse(raw).claims if c.text.endswith("that:"))
    assert lead_in.introduces
