from claims.extraction.boilerplate import classify_paragraphs
from claims.extraction.normalize import normalise
from claims.extraction.paragraphs import lay_out
from claims.extraction.quotes import find_quote_spans
from claims.extraction.sentences import split_sentences
from claims.extraction.speakers import attribute


def _attributed(raw: str) -> list[tuple[str, str | None, bool, bool]]:
    layout = lay_out(normalise(raw))
    reasons = classify_paragraphs([layout.text[s:e] for s, e in layout.paragraphs])
    kept = [i for i in range(len(layout.paragraphs)) if i not in reasons]
    sentences = [(s, e, i) for i in kept for s, e in split_sentences(layout.text, *layout.paragraphs[i])]
    found, _ = attribute(layout.text, layout.paragraphs, sentences, kept)
    return [
        (layout.text[s:e], a.speaker, a.is_quote, a.is_reported)
        for (s, e, _), a in zip(sentences, found, strict=True)
    ]


def _speaker_of(raw: str, fragment: str) -> str | None:
    return next(speaker for text, speaker, _, _ in _attributed(raw) if fragment in text)


def test_a_quote_that_runs_over_paragraphs_is_one_group():
    text = lay_out(
        "“One is open here and runs on.\n\n“Two opens again and closes now.”\n\n“Three stands alone here.”"
    ).text
    layout = lay_out(text)
    groups = find_quote_spans(layout.text, layout.paragraphs, [0, 1, 2])
    assert [g.paragraphs for g in groups] == [[0, 1], [2]]


def test_scare_quotes_are_not_speech():
    layout = lay_out("Putin issued a “common sense” call to the West.")
    assert find_quote_spans(layout.text, layout.paragraphs, [0]) == []


def test_said_after_the_quote_names_the_speaker():
    raw = "“We will win this war in the next year,” said John Smith, the defence minister."
    assert _attributed(raw)[0][1:3] == ("John Smith", True)


def test_name_said_after_the_quote_uses_the_full_name_given_earlier():
    raw = (
        "Angela Merkel met reporters in Berlin.\n\n"
        "“Germany will accept 800,000 refugees this year,” Merkel said."
    )
    assert _speaker_of(raw, "800,000") == "Angela Merkel"


def test_a_pronoun_after_the_quote_refers_to_the_last_subject():
    raw = (
        "Angela Merkel met reporters in Berlin on Monday with Francois Hollande.\n\n"
        "“Germany will accept 800,000 refugees this year,” she said."
    )
    assert _speaker_of(raw, "800,000") == "Angela Merkel"


def test_name_said_colon_before_the_quote_names_the_speaker():
    raw = "Tom Jones told reporters: “The plan is working well so far.”"
    assert _speaker_of(raw, "plan is working") == "Tom Jones"


def test_according_to_names_the_source_of_a_reported_claim():
    raw = "According to Tom Jones, the economy grew by 3 percent last year."
    assert _attributed(raw)[0][1:] == ("Tom Jones", False, True)


def test_a_reported_claim_with_that_carries_its_speaker():
    raw = (
        "Vladimir Putin spoke in Tajikistan.\n\n"
        "Putin confirmed that Russia is giving military support to Syria."
    )
    assert _attributed(raw)[1][1:] == ("Vladimir Putin", False, True)


def test_a_trailing_reports_names_the_source():
    raw = "Experts say the strategy is designed to deflect attention, reports EUobserver."
    assert _attributed(raw)[0][1] == "EUobserver"


def test_a_descriptor_intro_resolves_to_the_subject_not_the_last_name_on_the_page():
    raw = (
        "Vladimir Putin spoke at a summit.\n\n"
        "Putin was speaking when he asked the US to unite with President Bashar Al-Assad’s Syria. "
        "The Russian President said:\n\n“Simple common sense requires uniting efforts against the threat.”"
    )
    assert _speaker_of(raw, "Simple common sense") == "Vladimir Putin"


def test_a_descriptor_matching_a_title_picks_the_titled_person():
    raw = (
        "Mayor Bill de Blasio and Governor Andrew Cuomo visited the site on Monday.\n\n"
        "“The bridge will reopen in May after the repairs,” the mayor said."
    )
    assert _speaker_of(raw, "bridge will reopen") == "Bill de Blasio"


def test_he_wrote_hands_a_five_paragraph_quote_to_the_person_named_before():
    raw = (
        "Ulrich Speck, a Russia expert at a think tank, advised governments to reject it. He wrote:\n\n"
        + "\n\n".join(f"“Paragraph number {n} of the long quote goes here." for n in range(1, 5))
        + "\n\n“The last paragraph closes the quote.”"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in _attributed(raw) if text.startswith("“")]
    assert quoted == [("Ulrich Speck", True)] * 5


def test_participle_intro_hands_the_quote_to_the_sentence_subject():
    raw = (
        "President Bashar Al-Assad spoke on Sunday.\n\n"
        "Assad backed the call, tying it to reform within Syria saying:\n\n"
        "“I would like to call on all forces to unite against terrorism.”"
    )
    assert _speaker_of(raw, "I would like") == "Bashar al-Assad"


def test_a_quote_paragraph_right_after_another_keeps_its_speaker():
    raw = (
        "“The first quote has an attribution here,” said Jane Roe.\n\n"
        "“The second quote paragraph has none at all.”"
    )
    assert _speaker_of(raw, "second quote") == "Jane Roe"


def test_a_narrative_sentence_has_no_speaker():
    raw = "The coalition works in coordination with Iran, Iraq and the Hezbollah militia."
    assert _attributed(raw)[0][1:] == (None, False, False)


def test_a_long_title_before_a_name_is_a_role_not_part_of_the_name():
    raw = (
        "Senate Majority Leader Mitch McConnell called the vote historic. "
        "“It took us 18 months to get here,” he said."
    )
    assert _speaker_of(raw, "18 months") == "Mitch McConnell"


def test_an_indefinite_descriptor_is_someone_new_not_the_last_person_named():
    raw = (
        "Sen. Chuck Schumer said the process was unfair.\n\n"
        "“We are disappointed with the outcome today,” said a spokeswoman for the group."
    )
    assert _speaker_of(raw, "disappointed") == "a spokeswoman"


def test_an_organisation_after_according_to_is_the_source():
    raw = "According to the Labor Department, unemployment fell to 3.8 percent."
    assert _attributed(raw)[0][1:] == ("Labor Department", False, True)


def test_a_sentence_that_opens_with_a_quote_is_a_quote_however_long_its_attribution():
    raw = "“We are disappointed,” said Jane Roe, who spoke on condition that she not be named by the paper."
    assert _attributed(raw)[0][1:3] == ("Jane Roe", True)


def test_british_single_quotes_are_quotes_and_apostrophes_are_not():
    raw = (
        "Housing Secretary Angela Rayner defended the plan on Monday.\n\n"
        "‘We will build 1.5 million homes in this parliament’s term,’ she said. ‘That’s the biggest yet.’"
    )
    quoted = [(speaker, is_quote) for text, speaker, is_quote, _ in _attributed(raw) if text.startswith("‘")]
    assert quoted == [("Angela Rayner", True), ("Angela Rayner", True)]


def test_a_name_after_a_lowercase_role_is_the_speaker():
    raw = "Kremlin spokesman Dmitry Peskov said the sanctions were unlawful and would fail."
    assert _attributed(raw)[0][1:] == ("Dmitry Peskov", False, True)


def test_an_abbreviation_in_the_attribution_does_not_cut_it_short():
    raw = "“This is just the beginning,” U.S. Treasury Secretary Janet Yellen said."
    assert _attributed(raw)[0][1:3] == ("Janet Yellen", True)


def test_a_name_between_commas_before_the_verb_is_the_speaker():
    raw = "Its foreign policy chief, Josep Borrell, told reporters the bloc stood with its partners."
    assert _attributed(raw)[0][1] == "Josep Borrell"


def test_a_relative_clause_between_name_and_verb_is_skipped():
    raw = "Janet Yellen spoke.\n\nYellen, who spoke in Washington, added that more measures were coming."
    assert _speaker_of(raw, "more measures") == "Janet Yellen"


def test_an_organisation_is_kept_whole_as_the_speaker():
    raw = "The European Union said it was studying the measures closely."
    assert _attributed(raw)[0][1] == "European Union"


def test_they_is_a_group_and_is_not_pinned_on_the_last_person_named():
    raw = (
        "Angela Merkel met union leaders in Berlin on Monday.\n\n"
        "“We will strike next week unless wages rise by 5 percent,” they said."
    )
    assert _speaker_of(raw, "strike next week") is None


def test_she_passes_over_the_last_subject_when_a_title_says_he_is_a_man():
    raw = (
        "Jane Doe, a spokeswoman for the ministry, spoke first.\n\n"
        "Mr. Smith followed her. John Smith told reporters the talks would go on.\n\n"
        "“Unemployment fell to 4.1 percent in March,” she said."
    )
    assert _speaker_of(raw, "4.1 percent") == "Jane Doe"


def test_he_still_means_the_last_subject_when_no_one_is_known_to_be_a_man():
    raw = (
        "Jane Doe, a spokeswoman for the ministry, spoke first.\n\n"
        "John Smith told reporters the talks would go on.\n\n"
        "“Unemployment fell to 4.1 percent in March,” he said."
    )
    assert _speaker_of(raw, "4.1 percent") == "John Smith"


def test_a_pronoun_no_one_named_can_take_stays_unattributed():
    raw = (
        "Queen Elizabeth opened the session on Monday.\n\n"
        "“Unemployment fell to 4.1 percent in March,” he said."
    )
    assert _speaker_of(raw, "4.1 percent") is None
