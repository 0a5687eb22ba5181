"""A parliament's written answers as a party or parliament site prints them (issue #19, the
tenth real-page measurement): Title Case question headings, "Ms X asked the Minister for Y
...", then "Mr First Last: ..." once per answer. The answer is the minister's, even when the
page (or the part stored) holds only one. All text is invented."""

from claims.extraction.pipeline import analyse

PAGE = "\n\n".join(
    [
        "Written Answers to Questions on 9 Feb 2026",
        "Pilot Of Shared Bus Depots And Plans For Further Depots Between 2023 And 2027",
        "Mr Leong Wei Jie asked the Minister for Transport how the shared bus depot pilot was assessed.",
        "Ms Grace Lim: The shared depot model was trialled at Tengah from 2023. Maintenance cost per bus"
        " fell by 11 per cent over two years.",
        "Cycling Path Repairs In Older Estates",
        "Ms Nur Aisyah Rahman asked the Minister for Sustainability how many kilometres of paths"
        " were repaired.",
    ]
)


def _claims() -> dict[str, str | None]:
    return {claim.text: claim.speaker for claim in analyse(PAGE).claims}


def test_a_single_written_answer_under_its_question_is_the_answering_ministers():
    claims = _claims()
    answer = [text for text in claims if "11 per cent" in text]
    assert [claims[text] for text in answer] == ["Grace Lim"]


def test_the_written_question_and_a_long_title_case_heading_are_not_claims():
    texts = " ".join(_claims())
    assert "asked the Minister" not in texts
    assert "Between 2023 And 2027" not in texts
