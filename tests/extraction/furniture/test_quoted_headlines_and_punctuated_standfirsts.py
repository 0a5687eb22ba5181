"""A headline that is one quotation, the punctuated standfirst between it and the date line,
and an interviewer's question that relays someone's words and asks whether the guest
believes them are page furniture, not claims (issue #19, the fourteenth set). All text is
invented."""

from claims.extraction.pipeline import analyse
from tests.extraction.reading import claim_texts

# As a page's text comes out: the page's title, the section kicker, then the headline again.
QUOTED_HEADLINE_PAGE = "\n\n".join(
    [
        "‘We kept the mill, not the jobs’",
        "FORESTRY | THE BIG INTERVIEW",
        "‘We kept the mill, not the jobs’",
        "Two years after the fire, the owner of the last sawmill talks timber, debt and why he stays.",
        "Friday 4 December 2026",
        "Ruben Ashgrove has run Ashgrove Timber since 2011 and employs 38 people at the mill near Tarrow.",
    ]
)


def test_a_headline_that_is_one_quotation_is_the_title():
    assert analyse(QUOTED_HEADLINE_PAGE).title == "‘We kept the mill, not the jobs’"


def test_a_punctuated_standfirst_between_the_headline_and_the_date_line_is_not_a_claim():
    texts = claim_texts(QUOTED_HEADLINE_PAGE)
    assert not any("talks timber, debt" in t for t in texts)
    assert any(t.startswith("Ruben Ashgrove has run Ashgrove Timber") for t in texts)


INTERVIEW = "\n\n".join(
    [
        "Interview: the harbour master on silt",
        "Harbour master Oona Velde has run the port of Tarrow since 2019.",
        "Q: How deep is the channel now?",
        "A: About four metres at low tide, down from six in 2020.",
        "Q: The port company says dredging will restore six metres by spring. Do you believe it?",
        "A: I'd like to. We dredged 40,000 cubic metres last year and it came straight back.",
    ]
)


def test_a_question_relaying_a_body_and_asking_if_the_guest_believes_it_is_not_a_claim():
    texts = claim_texts(INTERVIEW)
    assert not any("dredging will restore six metres" in t for t in texts)
    assert any("We dredged 40,000 cubic metres" in t for t in texts)
