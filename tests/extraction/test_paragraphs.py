from claims.extraction.paragraphs import is_unterminated_short_line, lay_out


def test_blank_lines_separate_paragraphs():
    layout = lay_out("First paragraph.\n\nSecond paragraph.")
    assert [layout.paragraph_text(i) for i in range(2)] == ["First paragraph.", "Second paragraph."]


def test_a_caption_line_stands_apart_from_the_credit_under_it():
    layout = lay_out("Putin Assad Getty\nSERGEI KARPUKHIN/AFP/Getty Images")
    assert [layout.paragraph_text(i) for i in range(2)] == [
        "Putin Assad Getty",
        "SERGEI KARPUKHIN/AFP/Getty Images",
    ]


def test_soft_wrapped_lines_are_joined_with_a_space():
    layout = lay_out(
        "This is a long line of prose that was wrapped by an\neditor at seventy-two columns and goes on."
    )
    assert (
        layout.text
        == "This is a long line of prose that was wrapped by an editor at seventy-two columns and goes on."
    )
    assert layout.paragraphs == [(0, len(layout.text))]


def test_a_finished_sentence_followed_by_a_capital_on_the_next_line_starts_a_paragraph():
    layout = lay_out("The first paragraph ends here.\nThe second one starts on the next line.")
    assert len(layout.paragraphs) == 2


def test_offsets_slice_each_paragraph_out_of_the_rebuilt_text():
    layout = lay_out("Title\nCredit/AFP\n\nBody one is here.\n\nBody two\ncontinues here.")
    assert [layout.text[s:e] for s, e in layout.paragraphs] == [
        "Title",
        "Credit/AFP",
        "Body one is here.",
        "Body two continues here.",
    ]
    assert "\n" not in "".join(layout.text[s:e] for s, e in layout.paragraphs)


def test_short_lines_with_end_punctuation_are_not_captions():
    assert is_unterminated_short_line("Putin Assad Getty")
    assert not is_unterminated_short_line("He wrote:")
    assert not is_unterminated_short_line("It rained.")


def test_empty_text_has_no_paragraphs():
    assert lay_out("").paragraphs == []


def test_a_sentence_broken_across_a_blank_line_is_one_paragraph():
    layout = lay_out(
        "Delgado, who chairs the panel, said the first jet would arrive\n\n"
        "three years late, in 2031.\n\nNext one."
    )
    assert [layout.paragraph_text(i) for i in range(len(layout.paragraphs))] == [
        "Delgado, who chairs the panel, said the first jet would arrive three years late, in 2031.",
        "Next one.",
    ]


def test_a_long_pasted_headline_stands_apart_from_the_photo_line_under_it():
    layout = lay_out(
        "Harbour town says it is 30 lifeguards short ahead of the busiest summer on record\n"
        "Photo: Swimmers at the north beach in January. (Town of Harbour)"
    )
    assert layout.paragraph_text(0).endswith("on record")
    assert layout.paragraph_text(1).startswith("Photo:")


def test_a_short_line_of_prose_whose_clause_goes_on_after_a_blank_line_is_one_sentence():
    from claims.extraction.pipeline import analyse

    raw = (
        "Councillor Ines Marwood spoke at the hearing.\n\nShe told reporters later\n\n"
        "that the town would seek a ban on night deliveries after 11 p.m.\n\nThe hearing ends on Friday."
    )
    claim = next(c for c in analyse(raw).claims if "night deliveries" in c.text)
    assert claim.text.startswith("She told reporters later that the town would seek a ban")
    assert claim.speaker == "Ines Marwood"
    # a caption over a paragraph in lower case stays apart
    assert len(lay_out("Flood waters in the town centre\n\nwhich closed on Monday.").paragraphs) == 2
