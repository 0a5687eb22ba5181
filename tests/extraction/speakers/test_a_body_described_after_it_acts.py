"""A body the sentence before opens with, then described ("The charter network said"): the
description means that body when the body's name holds its words (issue #19, the fourteenth
set). All text is invented."""

from tests.extraction.reading import why


def test_a_description_whose_words_the_body_before_holds_is_that_body():
    raw = (
        "Lakeside Charter Academies closed three of its schools for the day. "
        "The charter network said in a message to parents that 1,200 students were affected."
    )
    assert why(raw, "1,200 students")[0] == "Lakeside Charter Academies"


def test_a_one_word_subject_before_is_no_body_a_description_means():
    raw = "Coffee is the top export. Sales earned 2 billion dollars, according to the coffee regulator."
    assert why(raw, "2 billion dollars")[0] == "coffee regulator"


def test_a_description_the_body_before_does_not_hold_stays_as_written():
    raw = (
        "Lakeside Charter Academies closed three of its schools for the day. "
        "The bus operator said 1,200 students were affected."
    )
    assert why(raw, "1,200 students")[0] == "bus operator"
