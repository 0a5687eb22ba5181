"""Documents and outlets: reports, surveys, polls, statements, letters and charge sheets speak
for whoever wrote or published them; an outlet or a wire that reports is the source only of
what it says itself. All text is invented."""

from tests.extraction.reading import speaker_of, speakers_of, why


def test_figures_published_by_a_body_keep_the_document_in_the_speaker():
    raw = "Tea makes up 40 percent of exports, according to central bank figures."
    assert speaker_of(raw, "40 percent") == "central bank figures"


def test_a_report_speaks_for_the_body_named_as_publishing_it():
    raw = (
        "Rents rose 11 per cent, according to a study published on Monday by the Harbour Housing Trust.\n\n"
        "The study found that 4,000 households were in arrears."
    )
    assert why(raw, "4,000 households") == (
        "Harbour Housing Trust",
        "'the study' -> the body named as publishing it (Harbour Housing Trust)",
    )


def test_a_report_nobody_is_named_as_publishing_speaks_as_written_and_says_why():
    speaker, reason = why("The report found that 60 per cent of bridges need repair.", "60 per cent")
    assert (speaker, reason) == ("report", "'the report' as written: no one is named as publishing it")


def test_the_statement_read_in_part_is_the_organisation_that_issued_it():
    raw = (
        "In a statement on Sunday, the Coastal Nurses Association said wards were short of staff.\n\n"
        'The statement read in part, "Our members worked 90,000 unpaid hours last year."'
    )
    assert why(raw, "90,000 unpaid hours")[0] == "Coastal Nurses Association"


def test_an_outlet_that_saw_a_letter_is_not_its_writer():
    text = (
        "Dock workers fear cuts.\n\n"
        "The Harbour Workers Union has written to the Minister of Transport warning that 800 jobs"
        " are at risk.\n\n"
        "In the letter, dated 3 March and seen by the Coastal Gazette, the union's president,"
        " Mwila Banda-Phiri, wrote that the port would close two berths in May."
    )
    assert why(text, "800 jobs")[0] == "Harbour Workers Union"
    assert why(text, "two berths")[0] == "Mwila Banda-Phiri"


def test_a_body_s_own_document_is_the_body_s():
    text = (
        "Koruna Gold Holdings Ltd runs the mine.\n\n"
        "The mine produced 95,000 ounces last year, according to the company's annual report.\n\n"
        "According to the central bank's latest bulletin, remittances reached 640 million dollars."
    )
    assert why(text, "95,000 ounces")[0] == "Koruna Gold Holdings Ltd"
    assert why(text, "640 million")[0] == "central bank"


def test_a_report_by_a_body_that_estimated_something_is_that_bodys_claim():
    text = "The cuts come after a report by the Moray Energy Forum estimated that 6,000 jobs had been lost."
    assert why(text, "6,000 jobs")[0] == "Moray Energy Forum"


def test_as_the_survey_by_a_body_shows_is_the_bodys_finding():
    text = "And yet, as the survey by the Halden Policy Institute shows, 61% of residents back the new tax."
    assert speakers_of([text], "61% of residents") == ["Halden Policy Institute"]


def test_as_the_poll_released_by_a_body_on_a_date_shows_is_the_bodys_finding():
    text = "And yet, as the poll released by the Aldric Institute on Nov. 21, 2025 shows, 58% back the plan."
    assert speakers_of([text], "58% back") == ["Aldric Institute"]


def test_an_outlet_reporting_is_the_source():
    text = (
        "Exams are cancelled.\n\n"
        "The Harbour City Herald first reported the cancellations on Sunday.\n\n"
        "The newspaper reported that 4 head teachers had resigned.\n\n"
        "Exams were cancelled in 60 schools, Reuters reports.\n\n"
        "Local media say 2,000 pupils missed the first paper."
    )
    assert why(text, "4 head teachers")[0] == "Harbour City Herald"
    assert why(text, "60 schools")[0] == "Reuters"
    assert why(text, "2,000 pupils")[0] == "Local media"


def test_a_wire_named_at_the_end_before_its_sources_is_the_source():
    text = (
        "Output stops.\n\n"
        "The closure could last up to five weeks, Reuters reports, citing three people familiar with"
        " the plans."
    )
    assert why(text, "five weeks")[0] == "Reuters"


def test_a_charge_sheet_which_claimed_and_it_alleged_are_its_authors():
    article = [
        "Leader of Opposition in Karnataka Assembly Ravi Singh has dared Chief Minister Vikram Rathore "
        "to a debate.",
        'On November 10, Singh had released a "charge sheet" against the state government, which claimed '
        "that there were scams worth 46,000 crore rupees.",
        "The Chief Minister had made 300 announcements, but most remained on paper, it alleged.",
        "He said Rathore may have got a clean chit but 12 questions remain.",
    ]
    assert speakers_of(article, "46,000 crore", "300 announcements", "12 questions") == ["Ravi Singh"] * 3
    assert "charge sheet" not in (why("\n\n".join(article), "46,000 crore")[0] or "")


def test_a_group_writing_a_letter_speaks_its_quote():
    article = [
        "In a letter to the prosecutor, the clergy wrote, “The video shows he was held down four minutes.”"
    ]
    assert speakers_of(article, "four minutes") == ["clergy"]


def test_figures_from_a_named_body_are_that_bodys():
    article = [
        "Waiting lists rose by 4,120 last month, according to figures from the Health Service Executive."
    ]
    assert speakers_of(article, "4,120") == ["Health Service Executive"]


def test_an_outlet_reporting_a_clause_of_its_own_is_its_speaker():
    article = [
        "While court officials have not said what the hearings are about, The Marlow Courier reports "
        "they will likely center on whether 31 statements are admissible."
    ]
    assert speakers_of(article, "31 statements") == ["Marlow Courier"]


def test_a_unions_letter_speaks_for_the_union():
    article = [
        "All 620 permanent workers joined the Harbourside Workers Union, said union secretary P. Raghavan.",
        "He added that the company refused to recognise the union.",
        "“With rents rising, no one can live on the current wage,” the union had informed the "
        "company in a letter seen by reporters.",
        "The workers asked for raises over three years, according to the letter.",
    ]
    assert (
        speakers_of(article, "current wage", "raises over three years") == ["Harbourside Workers Union"] * 2
    )


def test_in_a_statement_is_how_a_body_spoke_never_who():
    raw = "Rents rose in March.\n\nIn a statement, Makan Collective said rents rose 5 per cent."
    assert why(raw, "5 per cent")[0] == "Makan Collective"


def test_a_survey_speaks_for_the_body_that_released_it_just_before():
    text = (
        "Bakers are worried about flour prices.\n\n"
        "The Lakeside Bakers Guild published a survey of its members on Monday. The survey found:\n\n"
        "- Flour costs have risen 22 per cent since March.\n"
        "- One bakery in four has shortened its opening hours."
    )
    assert why(text, "Flour costs")[0] == "Lakeside Bakers Guild"
    assert why(text, "One bakery in four")[0] == "Lakeside Bakers Guild"


def test_a_letter_to_the_editor_is_its_writers_who_sign_below_it():
    text = (
        "Letters to the Editor\n\n"
        "Keep the night bus\n\n"
        "I have worked night shifts at the bakery for nine years.\n\n"
        "The night bus carried 300 passengers a week last winter, and I was one of them.\n\n"
        "Marjorie Vella-Camilleri, Mosta\n\n"
        "Fix the pier\n\n"
        "The old pier lost 40 metres of railing in the storm, as the harbour board itself admitted.\n\n"
        "My neighbours and I have asked for a repair date since March.\n\n"
        "Dr Julian Spiteri Borg, Marsaxlokk"
    )
    assert why(text, "300 passengers") == (
        "Marjorie Vella-Camilleri",
        "the letter's writer, signed below it",
    )
    assert why(text, "40 metres")[0] == "Julian Spiteri Borg"


def test_a_document_cited_after_someones_that_clause_is_their_source_not_the_speaker():
    text = (
        "The candidates met on Tuesday.\n\n"
        "Councillor Ana Roethke responded that burglaries fell 12 percent last year, "
        "according to the sheriff's annual report.\n\n"
        "Burglaries fell 9 percent, according to the sheriff's annual report."
    )
    assert why(text, "12 percent")[0] == "Ana Roethke"
    assert why(text, "9 percent")[0] != "Ana Roethke"
