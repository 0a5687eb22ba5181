from claims.extraction.normalize import normalise


def test_it_composes_unicode_to_nfc():
    assert normalise("Cafe\u0301") == "Café"


def test_it_turns_straight_double_quotes_into_opening_and_closing_marks():
    assert normalise('He said "we will win" today.') == "He said “we will win” today."


def test_it_maps_guillemets_and_low_quotes_to_typographic_quotes():
    assert normalise("«Oui» and „Ja“") == "“Oui” and “Ja”"


def test_it_makes_apostrophes_inside_words_right_single_quotes():
    assert normalise("Breitbart‘s team didn't") == "Breitbart’s team didn’t"


def test_it_collapses_spaces_and_non_breaking_spaces():
    assert normalise("Putin\u00a0 was   speaking\tthere") == "Putin was speaking there"


def test_it_unifies_line_endings_and_blank_line_runs():
    assert normalise("One.\r\n\r\n\r\n\r\nTwo.\rThree.") == "One.\n\nTwo.\nThree."


def test_it_removes_zero_width_and_soft_hyphen_characters():
    assert normalise("co\u00adoperation\u200b now\ufeff") == "cooperation now"


def test_it_strips_each_line_and_the_whole_text():
    assert normalise("  \n  First line  \n  second  \n\n ") == "First line\nsecond"


def test_a_time_stamp_glued_to_the_first_sentence_becomes_its_own_line():
    text = normalise("Headline\n\n7 March 2026 — 5:12pmLismore City Council will ask for a levy.")
    assert text == "Headline\n\n7 March 2026 — 5:12pm\n\nLismore City Council will ask for a levy."
