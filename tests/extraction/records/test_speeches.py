"""Speech pages: the sentences of a speech are the speaker's its heading or framing line names,
a role label speaks as its holder. All text is invented."""

import pytest

from claims.extraction.pipeline import analyse
from tests.extraction.reading import speakers_of, why


def test_a_speech_page_gives_its_sentences_to_the_speaker_its_framing_line_names():
    raw = (
        "The following is the full text of the speech Prime Minister Ilse Brandvold delivered on Monday.\n\n"
        "Five years ago, our factories employed 210,000 people. Today they employ 265,000."
    )
    assert why(raw, "Today they employ") == ("Ilse Brandvold", "speech: the framing line names the speaker")


def test_a_speech_under_a_breadcrumb_is_the_speakers_the_standfirst_names():
    raw = (
        "Home > News > Speeches\n\n"
        "Speech: A new deal for bus passengers\n\n"
        "Transport Secretary Helen Oduya set out the bus plan in a speech in Leeds.\n\n"
        "Check against delivery.\n\n"
        "Thank you all for coming.\n\n"
        "Bus journeys outside London have fallen by 20 per cent since 2010. We will reverse that."
    )
    assert why(raw, "fallen by 20 per cent")[0] == "Helen Oduya"
    extraction = analyse(raw)
    assert extraction.title == "Speech: A new deal for bus passengers"
    assert not any("set out the bus plan" in claim.text for claim in extraction.claims)


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (  # a heading that names a speech, then a standfirst naming the speaker
            "Transport Secretary's speech to the Bus Operators Conference\n\n"
            "Transport Secretary Imogen Fairlie sets out plans for rural bus routes at the conference.\n\n"
            "Good morning. I am glad to be here in Carrow.\n\n"
            "We have protected 1,200 rural routes since 2024. Our funding has risen by 9 per cent.",
            "1,200 rural routes",
            "Imogen Fairlie",
        ),
        (  # "Remarks by X at Y" and nothing else framing the page
            "Remarks by Mayor Dr. Tomas Revell at the opening of the Quayside Library\n\n"
            "Thank you all for coming. This library cost 14 million pounds and we opened it on time.\n\n"
            "We now have 31 libraries in the city, more than at any time since 1990.",
            "31 libraries",
            "Tomas Revell",
        ),
    ],
)
def test_a_speech_heading_makes_the_page_the_speakers_own_words(raw, fragment, speaker):
    assert why(raw, fragment) == (speaker, "speech: the framing line names the speaker")


def test_a_news_story_under_a_headline_about_a_speech_is_not_a_speech_page():
    raw = (
        "Minister's speech to conference angers unions\n\n"
        "Employment Minister Rhoda Kell told the conference that wages had risen by 4 percent.\n\n"
        "Union leaders said the figure ignored inflation. Many walked out before the end."
    )
    assert why(raw, "Many walked out")[0] is None


PRESIDENTS_REMARKS = [
    "Remarks by President Adaeze Calloway at the opening of the Port Sorrel terminal",
    "THE PRESIDENT: This terminal will handle 900,000 containers a year.",
    "THE PRESIDENT: Today ships wait four days to unload at this port.",
]


def test_a_role_label_speaks_as_the_person_the_framing_line_names_for_that_role():
    assert speakers_of(PRESIDENTS_REMARKS, "900,000 containers", "four days") == ["Adaeze Calloway"] * 2


def test_a_role_label_with_no_holder_named_speaks_as_the_role():
    assert speakers_of(PRESIDENTS_REMARKS[1:], "900,000 containers") == ["The President"]


RURAL_BUSES_SPEECH = (
    "Speech: Keeping rural buses running\n\n"
    "Speech given by the Minister for Transport and Rural Affairs, Hon Mereana Tukino, to the Bus Operators"
    " Conference in Whanganui on 3 May 2026. Check against delivery.\n\n"
    "Thank you for having me.\n\n"
    "Last winter, 14 rural routes lost their only bus because no driver could be found.\n\n"
    "Today I am announcing 9 million dollars to train 300 new drivers."
)


def test_a_speech_framed_by_the_ministers_portfolio_is_the_ministers():
    assert why(RURAL_BUSES_SPEECH, "14 rural routes")[0] == "Mereana Tukino"
    assert why(RURAL_BUSES_SPEECH, "300 new drivers")[0] == "Mereana Tukino"


KEYNOTE_ADDRESS = "\n\n".join(
    [
        "Keynote Address by the Mayor of Eastham, Her Worship Councillor Rosa Delacroix-Hume, at Kew Quay",
        "Eastham Town Hall, Friday 4 December 2026",
        "Please check against delivery.",
        "Good evening.",
        "Our crews have planted 4,000 trees along the river since March. The walk opens in June.",
    ]
)


def test_a_speech_heading_names_the_speaker_after_by_not_the_venue_line():
    assert why(KEYNOTE_ADDRESS, "4,000 trees")[0] == "Rosa Delacroix-Hume"
