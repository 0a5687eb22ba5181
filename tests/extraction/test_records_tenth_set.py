"""Transcripts and speeches (issue #19, the tenth set's layouts): a Q&A whose turns are
labelled with initials the introduction defines; the turns of the writer interviewing and of
reporters at a briefing, which put questions and claim nothing; a speech whose heading names
the speaker after "by". All text is invented."""

import datetime as dt

from claims.extraction.contentless import says_nothing_checkable
from claims.extraction.metadata import tidy_author
from claims.extraction.pipeline import _is_question, analyse, extract_html
from tests.extraction.test_speakers import _why

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


def _skipped(raw: str) -> dict[str, str]:
    return {s.text: s.reason for s in analyse(raw).skipped}


def test_initials_defined_in_the_introduction_name_the_answers_speaker():
    assert _why(INITIALS_QA, "12 wrecks")[0] == "Lidia Marsh-Penrose"
    assert _why(INITIALS_QA, "40,000 tonnes")[0] == "Lidia Marsh-Penrose"


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
    skipped = _skipped(PRESS_BRIEFING)
    assert skipped["Drivers say potholes are worse than ever."] == "asked"
    assert skipped["The budget was cut last year."] == "asked"
    assert "Pothole reports fell by a third in October." in [c.text for c in analyse(PRESS_BRIEFING).claims]


def test_a_guest_who_asks_one_rhetorical_question_still_makes_claims():
    text = PRESS_BRIEFING + "\n\nTELFORD: Who else has done that? Nobody has built 40 bridges in a year."
    assert "Nobody has built 40 bridges in a year." in [c.text for c in analyse(text).claims]


SPEECH = "\n\n".join(
    [
        "Keynote Address by the Mayor of Eastham, Her Worship Councillor Rosa Delacroix-Hume, at Kew Quay",
        "Eastham Town Hall, Friday 4 December 2026",
        "Please check against delivery.",
        "Good evening.",
        "Our crews have planted 4,000 trees along the river since March. The walk opens in June.",
    ]
)


def test_a_speech_heading_names_the_speaker_after_by_not_the_venue_line():
    assert _why(SPEECH, "4,000 trees")[0] == "Rosa Delacroix-Hume"


LINKS = [
    "More island news:",
    "- Harbour wall repairs finish early, says council",
    "- Lifeboat crew rescue two kayakers",
    "Related coverage:",
    "Fuel prices climb for fourth week - energy regulator",
]
STORY_WITH_LINKS = "\n\n".join(
    [
        "Ferry fares to rise by 8 per cent",
        "The island ferry company said fares would rise by 8 per cent in April.",
    ]
    + LINKS
)


def test_headlines_under_a_related_or_more_heading_are_links_not_claims():
    skipped = _skipped(STORY_WITH_LINKS)
    assert skipped["- Harbour wall repairs finish early, says council"] == "read_more"
    assert skipped["Fuel prices climb for fourth week - energy regulator"] == "read_more"
    assert "The island ferry company said fares would rise by 8 per cent in April." in [
        c.text for c in analyse(STORY_WITH_LINKS).claims
    ]


def test_a_minutes_line_giving_a_motions_fate_is_never_queued():
    assert says_nothing_checkable("Motion to refer the report back - carried 6-1.")
    assert says_nothing_checkable("Amendment (Cllr Roe): lost.")
    assert not says_nothing_checkable("Motion to cut rates by 5% - carried, saving 2 million dollars.")


def test_a_question_asking_whether_a_figure_is_right_is_never_queued():
    assert _is_question("How can voters judge whether $4 million is the right price when no accounts exist?")
    assert not _is_question("Why is unemployment at 3.5 percent when it was 2 percent in 2020?")


def test_a_stamp_updated_later_gives_the_first_published_date():
    text = (
        "Ferry fares to rise by 8 per cent\n\nBy Ana Pell\nUpdated 5 May 2026, first published 4 May 2026\n\n"
    )
    meta = analyse(text + "The ferry company said fares would rise by 8 per cent in April.")
    assert meta.published == dt.date(2026, 5, 4)


def test_an_outlet_and_date_line_under_the_byline_names_the_outlet():
    text = "Ferry fares rise\n\nBy Ana Pell, Transport Correspondent\nIsland Star-Herald, 4 May 2026\n\n"
    meta = analyse(text + "The ferry company said fares would rise by 8 per cent in April.")
    assert (meta.author, meta.outlet) == ("Ana Pell", "Island Star-Herald")


def test_a_words_line_closing_the_page_names_the_author():
    text = "Ferry fares rise\n\nThe ferry company said fares would rise by 8 per cent.\n\nWords: Ana Pell"
    assert analyse(text).author == "Ana Pell"


def test_an_outlet_after_a_middle_dot_is_no_part_of_the_author():
    assert tidy_author("Ana Pell · Island Star-Herald") == "Ana Pell"


def test_a_meta_line_opening_with_by_names_the_author_of_a_web_page():
    html = (
        "<html><body><article><h1>Ferry fares rise by 8 per cent</h1>"
        '<p class="meta">By Ana Pell, Kano | Published: May 4, 2026 | 3 mins read</p>'
        "<p>The ferry company said fares would rise by 8 per cent in April, its chief executive said.</p>"
        "</article></body></html>"
    )
    assert extract_html(html).author == "Ana Pell"


def test_an_episodes_release_stamp_gives_the_published_date():
    text = "Harbour Talk, episode 9\n\nReleased 4 May 2026. Running time 20 minutes.\n\nHOST: Welcome back."
    assert analyse(text).published == dt.date(2026, 5, 4)
