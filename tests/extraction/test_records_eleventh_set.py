"""Transcripts, records and page furniture (issue #19, the eleventh set's layouts): a Q/A page
whose introduction says which presenter spoke to which guest; a debate labelled by surnames
the introduction gives in full; a parliamentary record labelled in capitals with the seat in
brackets; an interviewer's lines put to the guest. All text is invented."""

from claims.extraction.pipeline import ISSUING_BODY, analyse
from claims.extraction.transcripts import put_to_guest
from tests.extraction.test_speakers import _why

PRESENTER_QA = "\n\n".join(
    [
        "Interview: the ferry chief on cancelled sailings",
        "The following is an edited transcript of an interview on Harbour Radio. The presenter,"
        " Maeve Tolland, spoke to Jonas Brekke-Ward, chief executive of Fjordline Ferries."
        " Questions are marked Q and answers A.",
        "Q: Your company promised 40 sailings a day this winter. What happened?",
        "A: We ran 31 sailings a day in November. Two of our four boats were in dry dock.",
        "Q: A listener in Portlow writes that the last boat never waits for the train.",
        "A: The timetable was changed in October so that it does.",
        "Q: Fares went up 9 per cent in a year. Is that fair?",
        "A: Fuel costs rose by a fifth over the same time.",
    ]
)


def _claims(raw: str) -> list[str]:
    return [c.text for c in analyse(raw).claims]


def test_the_guest_the_presenter_spoke_to_answers_the_a_turns():
    assert _why(PRESENTER_QA, "31 sailings")[0] == "Jonas Brekke-Ward"
    assert _why(PRESENTER_QA, "Fuel costs")[0] == "Jonas Brekke-Ward"


def test_the_guest_who_spoke_to_a_reporter_still_answers():
    raw = PRESENTER_QA.replace(
        "The presenter, Maeve Tolland, spoke to Jonas Brekke-Ward, chief executive of Fjordline Ferries.",
        "Jonas Brekke-Ward, chief executive of Fjordline Ferries, spoke to Maeve Tolland.",
    )
    assert _why(raw, "31 sailings")[0] == "Jonas Brekke-Ward"


def test_what_the_interviewer_puts_to_the_guest_is_not_a_claim():
    claims = _claims(PRESENTER_QA)
    assert "Your company promised 40 sailings a day this winter." not in claims
    assert "A listener in Portlow writes that the last boat never waits for the train." not in claims
    assert "Fares went up 9 per cent in a year." in claims  # the interviewer's own statement is checkable


def test_second_person_and_audience_messages_are_put_to_the_guest():
    assert put_to_guest("Critics say you cut the budget twice.")
    assert put_to_guest("One caller asked why the clinic shut at noon.")
    assert not put_to_guest("Rents in the town rose 12 per cent last year.")
    assert not put_to_guest("“You will see the results by May,” the minister said.")


DEBATE = "\n\n".join(
    [
        "Transcript: a debate on river pollution",
        "This is a rush transcript. The host was Petra Quayle-Moss. Her guests were water minister"
        " Oswin Tarrant Okafor and opposition member Lena Mirova Dukes.",
        "QUAYLE-MOSS: Good evening. Minister Okafor, is the river cleaner?",
        "OKAFOR: It is. Sewage spills fell by 40 per cent this year.",
        "QUAYLE-MOSS: Ms Dukes, do you agree?",
        "DUKES: No. Only 3 of the 12 treatment works have been upgraded.",
        "OKAFOR: Five more will be upgraded by June.",
    ]
)


def test_a_surname_label_is_the_full_name_the_introduction_gives():
    assert _why(DEBATE, "Sewage spills")[0] == "Oswin Tarrant Okafor"
    assert _why(DEBATE, "Only 3 of the 12")[0] == "Lena Mirova Dukes"
    assert _why(DEBATE, "Five more")[0] == "Oswin Tarrant Okafor"


RECORD = "\n\n".join(
    [
        "Questions to Ministers: Harbour dredging",
        "MR SPEAKER: Question number 12, the honourable Member for the Third District.",
        "HON. ADA KELLEHER-VOSS (Third District): Will the Minister say how much silt was dredged?",
        "THE MINISTER FOR PORTS AND FISHERIES (HON. ROLAND ASHBY-FENN): Mr Speaker, 82,000 tonnes"
        " of silt were dredged in 2025.",
        "That is twice the tonnage of 2023.",
        "HON. ADA KELLEHER-VOSS: The dredger was idle for five months last year.",
    ]
)


def test_a_record_label_in_capitals_names_the_member_not_the_seat():
    assert _why(RECORD, "82,000 tonnes")[0] == "Roland Ashby-Fenn"
    assert _why(RECORD, "twice the tonnage")[0] == "Roland Ashby-Fenn"
    assert _why(RECORD, "idle for five months")[0] == "Ada Kelleher-Voss"


def test_the_interviewers_own_statement_to_the_guest_stays_a_claim():
    statement = "Your drivers have been on strike for nine days."
    assert not put_to_guest(statement)
    assert statement in _claims(PRESENTER_QA.replace("Fares went up 9 per cent in a year.", statement))


def test_a_records_procedural_lines_are_never_queued():
    from claims.extraction.contentless import says_nothing_checkable

    assert says_nothing_checkable("Approved the consent agenda, 6-1.")
    assert says_nothing_checkable("Moved into closed session to discuss a property sale.")
    assert says_nothing_checkable("The measure now goes to the House Appropriations Committee.")
    assert says_nothing_checkable("The inquiry was suspended at 3:15 p.m. and will resume on March 4.")
    assert not says_nothing_checkable("Approved a $4.5 million road contract, 6-1.")
    assert not says_nothing_checkable("The bill now goes to the Senate, where 14 members oppose it.")


def test_a_media_contact_line_is_furniture():
    from claims.extraction.boilerplate import CONTACT, classify_sentence

    assert classify_sentence("Media enquiries: Press Office, 020 0000 0000 (weekdays)") == CONTACT
    assert classify_sentence("Press inquiries: Jane Roe, communications lead") == CONTACT
    assert classify_sentence("Media coverage of the strike has grown since May.") is None


RELEASE = "\n\n".join(
    [
        "Harrowgate Mills Ltd. Reports Record Flour Sales",
        "News provided by LakeWire",
        "TORONTO, ON, May 4, 2026 /LakeWire/ - Harrowgate Mills Ltd. (TSXV: HGM) (“Harrowgate” or “the"
        " Company”) today announced record flour sales of 820,000 tonnes in fiscal 2026.",
        "Highlights:",
        "- Revenue of $410 million, up from $362 million.",
        "- The Company opened a third mill in Brandon.",
        "Ontario bakeries used 14% more flour in 2025 than in 2024.",
        "Harrowgate employs 260 people.",
        "SOURCE Harrowgate Mills Ltd.",
    ]
)


def test_a_release_speaks_of_itself_in_the_issuers_voice():
    claim = next(c for c in analyse(RELEASE).claims if "Revenue of $410 million" in c.text)
    assert (claim.speaker, claim.speaker_reason) == ("Harrowgate Mills Ltd.", ISSUING_BODY)
    assert _speaker(RELEASE, "opened a third mill") == "Harrowgate Mills Ltd."
    assert _speaker(RELEASE, "employs 260 people") == "Harrowgate Mills Ltd."


def test_a_releases_background_is_not_put_in_the_issuers_mouth():
    assert _speaker(RELEASE, "Ontario bakeries") is None


NOTICE = "\n\n".join(
    [
        "Health notice: Measles cases rise in the capital",
        "Notice No. HN/2026/7",
        "Issued: 4 May 2026",
        "The Office of Child Health has recorded 212 measles cases since March.",
        "Nine in ten cases were in children who had not been vaccinated.",
    ]
)


def test_an_official_notice_speaks_in_its_publishers_voice():
    from claims.extraction.pipeline import _in_issuers_voice

    extraction = analyse(NOTICE)
    assert _speaker(NOTICE, "Nine in ten") is None  # no publisher known from the text alone
    claims = _in_issuers_voice(extraction.claims, extraction.text, "Office of Child Health")
    assert next(c.speaker for c in claims if c.text.startswith("Nine in ten")) == "Office of Child Health"
    claims = _in_issuers_voice(extraction.claims, extraction.text, "Capital Daily")  # not named in it
    assert next(c.speaker for c in claims if c.text.startswith("Nine in ten")) is None


def _speaker(raw: str, fragment: str) -> str | None:
    return next(c.speaker for c in analyse(raw).claims if fragment in c.text)


def test_a_releases_legal_notices_are_furniture():
    from claims.extraction.boilerplate import PRESS_RELEASE, classify_sentence

    notice = "The Company undertakes no obligation to update forward-looking statements."
    assert classify_sentence(notice) == PRESS_RELEASE
    assert classify_sentence("Actual results could differ materially.") == PRESS_RELEASE
    assert classify_sentence("Results for the year differed from the forecast by 4%.") is None


def test_a_lead_in_ending_that_colon_ranks_below_what_it_introduces():
    raw = "\n\n".join(
        [
            "Minister lists rail figures",
            "By Ama Roe",
            "Speaking to the transport committee on Monday, Mr Doe told members that:",
            "Rail journeys rose to 41 million last year.",
            "Fares have been frozen for two years.",
        ]
    )
    lead_in = next(c for c in analyse(raw).claims if c.text.endswith("that:"))
    assert lead_in.introduces


def test_an_unterminated_line_between_headline_and_byline_is_the_standfirst():
    raw = "\n\n".join(
        [
            "Record 90 patients wait in corridors at Eastfield hospital",
            "Union figures show corridor care at its highest level since counting began",
            "By Ama Roe",
            "Some 90 patients were waiting in corridors at Eastfield Hospital on Monday, the union said.",
        ]
    )
    skipped = {s.text: s.reason for s in analyse(raw).skipped}
    assert skipped["Union figures show corridor care at its highest level since counting began"] == "heading"
    assert any(c.text.startswith("Some 90 patients") for c in analyse(raw).claims)


def test_a_reporters_remark_at_a_briefing_is_never_queued():
    from claims.extraction.contentless import says_nothing_checkable

    assert says_nothing_checkable(
        "A journalist said traders in Tema had complained that scanners never work."
    )
    assert says_nothing_checkable("Another reporter from the Coast Star asked about the 2027 budget.")
    assert not says_nothing_checkable("The journalist, who has covered the port for 20 years, was arrested.")
