from claims.extraction.sentences import split_sentences


def _split(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_it_splits_sentences_and_keeps_abbreviations_together():
    assert _split("Dr. Smith arrived at 3 p.m. on Monday. He left.") == [
        "Dr. Smith arrived at 3 p.m. on Monday.",
        "He left.",
    ]


def test_a_closing_quote_stays_with_its_sentence():
    assert _split("He said “It works.” Then he left.") == ["He said “It works.”", "Then he left."]


def test_offsets_are_into_the_whole_text_not_the_paragraph():
    text = "First paragraph.\n\nSecond one here. And a third."
    spans = split_sentences(text, 18, len(text))
    assert [text[s:e] for s, e in spans] == ["Second one here.", "And a third."]
    assert spans[0][0] == 18


def test_contractions_are_kept_as_written():
    assert _split("It doesn’t work. We don't know.") == ["It doesn’t work.", "We don't know."]


def test_empty_and_blank_ranges_have_no_sentences():
    assert split_sentences("   ", 0, 3) == []


def test_leading_dashes_and_bullets_are_not_part_of_a_sentence():
    assert _split("— The Senate voted 52-48. • Second point here.") == [
        "The Senate voted 52-48.",
        "Second point here.",
    ]


def test_honourable_and_other_titles_stay_with_the_name_after_them():
    assert _split("The bill was moved by Hon. Ama Owusu, who said it costs 2 billion cedis. It passed.") == [
        "The bill was moved by Hon. Ama Owusu, who said it costs 2 billion cedis.",
        "It passed.",
    ]
    assert _split("Rt. Hon. Kofi Mensah and Rev. Sam Ade said the road cost 3 million cedis.") == [
        "Rt. Hon. Kofi Mensah and Rev. Sam Ade said the road cost 3 million cedis."
    ]
