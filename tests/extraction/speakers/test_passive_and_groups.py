"""Passive and group speakers (issue #19, the fourteenth set): the agent of "was said by ...
to have", "were described by ... as"; "They said" after a group spoke; officials "familiar
with the matter"; a body owned by a body written in lower case. All text is invented."""

import pytest

from tests.extraction.reading import why


@pytest.mark.parametrize(
    ("raw", "fragment", "speaker"),
    [
        (  # the agent of a passive, before "to have"
            "The barge was said by port inspectors to have been carrying 90 tonnes, twice its limit.",
            "90 tonnes",
            "port inspectors",
        ),
        (  # ... and before "as", a body owned by a body written in lower case
            "Roads were described by the state highways agency's Tarrow office as icy, with 14 closures.",
            "14 closures",
            "state highways agency’s Tarrow office",
        ),
        (  # officials, whichever of them spoke
            "Officials familiar with the matter said a draft order had been sent to 12 ministries.",
            "12 ministries",
            "Officials",
        ),
        (
            "People close to the talks said the offer was worth 40 million dollars.",
            "40 million dollars",
            "People",
        ),
    ],
)
def test_a_passive_or_a_group_speaker_is_who_the_text_says(raw, fragment, speaker):
    assert why(raw, fragment)[0] == speaker


def test_they_after_a_group_that_spoke_is_that_group():
    raw = (
        "In a report to the cabinet, finance officers said 9,000 homes had paid the levy. "
        "They said a further 1,100 owners had registered their homes as businesses."
    )
    assert why(raw, "1,100 owners") == (
        "finance officers",
        "'they' -> the group that spoke in the sentence before (finance officers)",
    )


def test_they_after_a_named_person_spoke_is_nobody_named():
    raw = "Mayor Ines Dorrell said 9,000 homes paid the levy. They said 1,100 owners had switched."
    assert why(raw, "1,100 owners")[0] is None
