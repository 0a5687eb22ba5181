"""Records, transcripts and fact boxes (issue #19, the ninth set's layouts): a board's minutes
whose "PRESENT:" and "MOTION:" lines are fields, not speakers; a parliamentary record whose
minister is labelled by office with the name in brackets; a presenter who reports what
others say; "label: figure" lines of a fact box. All text is invented."""

from claims.extraction.boilerplate import classify_paragraphs, leading_date_stamp
from claims.extraction.contentless import says_nothing_checkable
from claims.extraction.html import html_to_text
from claims.extraction.metadata import read_byline, tidy_author
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.pipeline import analyse
from claims.extraction.transcripts import turns
from tests.extraction.test_speakers import _why

MINUTES = (
    "MINUTES OF THE MEETING OF THE HARBOUR BOARD\n\n"
    "PRESENT: Commissioner Ada Quill (Chair), Commissioner Tomas Reyner. ABSENT: none.\n\n"
    "Inspector Petra Vance presented her report. Inspector Vance stated that dredging had "
    "cost 2.4 million dollars this year.\n\n"
    "Commissioner Reyner asked whether the channel was safe for tankers.\n\n"
    "MOTION: Reyner / SECOND: Quill. Approve the dredging budget. Vote: 2-0.\n\n"
    "The meeting was adjourned at 11:05 a.m."
)


def _turn_labels(raw: str) -> list[tuple[int, str]]:
    layout = lay_out(normalise(raw))
    reasons = classify_paragraphs([layout.text[s:e] for s, e in layout.paragraphs])
    kept = [i for i in range(len(layout.paragraphs)) if i not in reasons]
    return [(t.start, t.label.label) for t in turns(layout.text, layout.paragraphs, kept)]


def test_the_attendance_and_motion_lines_of_minutes_are_no_speakers():
    assert _turn_labels(MINUTES) == []
    assert _why(MINUTES, "dredging had cost")[0] == "Petra Vance"


def test_a_question_put_and_the_adjournment_are_never_queued():
    assert says_nothing_checkable("Commissioner Reyner asked whether the channel was safe for tankers.")
    assert says_nothing_checkable("The meeting was adjourned at 11:05 a.m.")
    assert not says_nothing_checkable("Commissioner Reyner said the channel was dredged to 14 metres.")


RADIO = (
    "Transcript of The Morning Tide on Radio Fenwick.\n\n"
    "ANCHOR (LUCY PARRISH): Good morning. Ferry fares rose 14 percent this year, according to the Island "
    "Travellers Board. Mr Okoro, why?\n\n"
    "DAVID OKORO: Fuel went up by a fifth. Our skippers have told me the crossings cost more than ever.\n\n"
    "PARRISH: The Island Travellers Board also says 300 sailings were cancelled. Is that right?\n\n"
    "OKORO: We cancelled 120, not 300."
)


def test_each_turn_of_a_transcript_is_listed_once():
    labels = _turn_labels(RADIO)
    assert [label for _, label in labels] == ["LUCY PARRISH", "DAVID OKORO", "PARRISH", "OKORO"]
    assert len({start for start, _ in labels}) == len(labels)


def test_what_the_presenter_reports_is_the_source_s_and_what_a_guest_reports_is_the_guest_s():
    assert _why(RADIO, "Ferry fares rose")[0] == "Island Travellers Board"
    assert _why(RADIO, "Fuel went up")[0] == "David Okoro"
    assert _why(RADIO, "skippers have told me")[0] == "David Okoro"


def test_a_surname_label_after_an_anchor_label_is_the_anchor_named_in_full():
    assert _why(RADIO, "Is that right?")[0] == "Lucy Parrish"


DEBATE = (
    "Dail debates, Tuesday 1 December 2026\n\n"
    "Deputy Niamh Cassidy (Kerry North): Waiting lists for speech therapy in Kerry have reached 900 "
    "children. Will the Minister act?\n\n"
    "Minister of State at the Department of Health (Deputy Ronan Tierney): I thank the Deputy. The list "
    "has fallen to 640 since June.\n\n"
    "Deputy Niamh Cassidy: The 640 leaves out children waiting for a first assessment.\n\n"
    "An Ceann Comhairle: We must move on.\n\n"
    "Deputy Ronan Tierney: We have hired 31 therapists this year."
)


def test_a_minister_labelled_by_office_answers_in_their_own_name():
    assert _why(DEBATE, "fallen to 640")[0] == "Ronan Tierney"
    assert _why(DEBATE, "leaves out children")[0] == "Niamh Cassidy"
    assert _why(DEBATE, "31 therapists")[0] == "Ronan Tierney"


def test_the_chair_of_a_record_speaks_for_no_member():
    assert _why(DEBATE, "We must move on")[0] is None


FACT_BOX = (
    "Canal repairs: the numbers\n\n"
    "The waterways trust says the canal needs urgent work.\n\n"
    "AT A GLANCE\n"
    "Locks needing repair: 23\n"
    "- Cost of the programme: $41 million\n"
    "Broadcast: 14/05/2026\n"
    "Join the conversation: 184 comments"
)


def test_the_label_and_figure_lines_of_a_fact_box_are_claims():
    claims = [c.text for c in analyse(FACT_BOX).claims]
    assert "Locks needing repair: 23" in claims
    assert any("Cost of the programme: $41 million" in c for c in claims)


def test_a_labelled_date_or_comment_count_is_no_fact():
    claims = " ".join(c.text for c in analyse(FACT_BOX).claims)
    assert "Broadcast" not in claims
    assert "184 comments" not in claims


def test_a_question_headline_above_its_byline_is_the_title_not_a_claim():
    raw = (
        "Analysis: Why are bus fares in Dunmore rising again?\n\nBy Orla Kinsella\n\n"
        "Fares rose by 9 per cent in May, the transport board said."
    )
    result = analyse(raw)
    assert result.title == "Analysis: Why are bus fares in Dunmore rising again?"
    assert [c.text for c in result.claims] == ["Fares rose by 9 per cent in May, the transport board said."]


def test_a_lede_above_a_byline_stays_a_claim():
    raw = "Fares rose by 9 per cent in May, the board said.\n\nBy Orla Kinsella\n\nRiders protested."
    assert analyse(raw).title is None


def test_a_date_glued_to_the_authors_name_is_cut_off():
    assert tidy_author("Callum Munro Monday December") == "Callum Munro"
    assert tidy_author("Aileen Ross 7 December 2026") == "Aileen Ross"
    assert tidy_author("Theresa May") == "Theresa May"


def test_a_byline_element_the_main_text_leaves_out_gives_the_author():
    page = (
        "<html><head><title>Crab quota cut</title></head><body><article><h1>Crab quota cut</h1>"
        '<div class="by">Martine Leblanc &middot; Gulf Tidings &middot; Posted: Dec 01, 2026</div>'
        "<p>The crab quota was cut by 40 per cent, the fisheries department said on Monday.</p>"
        "<p>Harvesters said 1,300 boats would be idle for most of the spring season.</p>"
        "</article></body></html>"
    )
    assert html_to_text(page).author == "Martine Leblanc"


def test_our_correspondent_is_no_author():
    assert read_byline("By Our Correspondent")[0] is None


def test_setting_up_a_row_and_how_someone_answered_are_never_queued():
    for sentence in [
        "Ms Roe and Mr Doe have clashed over school funding several times since 2024.",
        "Sen. Jane Roe, who chairs the committee, disputed that.",
        "The analyst said he doubted it.",
        "The commissioner responded in a long post on her official page late on Wednesday.",
        "The utility did not respond to that claim.",
        "We asked the ports authority for comment before the show.",
        "The motion to defer was put to the vote and was lost (2 for, 3 against).",
        "Ms Priya Roe asked the Minister for Transport (a) how many buses were idle.",
        "The Chair introduced the report of the Director of Housing.",
        "Five facts about this year's floods, from the agency's report.",
    ]:
        assert says_nothing_checkable(sentence), sentence


def test_what_someone_answered_stays_checkable():
    for sentence in [
        "She replied in a letter that the fund had run out.",
        "The utility said it had replaced 4,000 lead pipes since 2020.",
        "Mr Roe said he had raised the issue in Parliament in August.",
        "The regulator disputed the figures, saying leaks had fallen by 12 per cent.",
    ]:
        assert not says_nothing_checkable(sentence), sentence


def test_the_reporter_the_introduction_says_the_guest_spoke_to_asks_the_questions():
    raw = (
        "Q&A: Mayor Ruth Abara on parking\n\n"
        "Ruth Abara was elected mayor in 2022. She spoke to the Courier's city hall reporter, Tom Vesey, "
        "on Friday.\n\n"
        "Q: Parking fines have doubled since 2023, though.\n\n"
        "A: They have not. We issued 4,100 fines last year."
    )
    assert _why(raw, "Parking fines")[0] == "Tom Vesey"
    assert _why(raw, "4,100 fines")[0] == "Ruth Abara"


def test_a_published_stamp_and_a_dateline_glued_to_the_first_sentence_are_both_cut_off():
    sentence = "Published December 3, 2026LAHORE: The water board said 40 hydrants were illegal."
    assert sentence[leading_date_stamp(sentence) :] == "The water board said 40 hydrants were illegal."


def test_the_province_speaks_when_the_text_says_it_does():
    raw = "CHOW: The province says it will match any new transit money the city puts in. Does that help?"
    assert _why(raw, "will match")[0] == "province"
