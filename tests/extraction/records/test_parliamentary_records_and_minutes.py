"""Parliamentary records, debates and minutes: the member each turn label names, the chair and
the clerk who claim nothing, and procedural lines that are never queued. All text is invented."""

from claims.extraction.contentless import says_nothing_checkable
from claims.extraction.pipeline import extract
from tests.extraction.reading import turn_labels, why


def test_a_bullet_opening_with_a_debaters_surname_is_that_debaters():
    raw = (
        "Mayor Ines Kowal and her challenger Pavel Drummond met for a debate on Tuesday.\n\n"
        "* Kowal: “We have built 1,200 affordable homes since 2022.”\n"
        "* Drummond: “Rents in the city rose 14 percent last year.”\n"
        "* Drummond: The council spent $8 million on consultants."
    )
    assert why(raw, "1,200 affordable homes") == ("Ines Kowal", "bullet label 'Kowal:' -> Ines Kowal")
    assert why(raw, "14 percent")[0] == "Pavel Drummond"
    assert why(raw, "$8 million")[0] == "Pavel Drummond"


def test_a_parliamentary_record_gives_each_turn_to_the_member_its_label_names():
    raw = (
        "[The Deputy Speaker (Hon. Ruth Abara) in the Chair]\n\n"
        "Hon. Peter Onyango (Kisumu East): Rice imports rose by 30 per cent this year.\n\n"
        "The Deputy Speaker (Hon. Ruth Abara): The Statement was laid on Monday.\n\n"
        "Mr Onyango (Kisumu East): The mill in Ahero has been closed since 2024."
    )
    assert why(raw, "30 per cent") == ("Peter Onyango", "turn label")
    assert why(raw, "laid on Monday")[0] == "Ruth Abara"
    assert why(raw, "closed since 2024")[0] == "Peter Onyango"


HEALTH_QUESTIONS = (
    "ORAL ANSWERS TO QUESTIONS\n\n"
    "4. Mr. Dev Rampersad (Arima East) asked the Minister of Health how many clinics are open at night.\n\n"
    "The Minister of Health (Hon. Priya Mahabir): Thank you, Madam Speaker. Nine of the 31 clinics"
    " in the region now open until midnight.\n\n"
    "Mr. Rampersad: Would the Minister agree that waiting times doubled last year?\n\n"
    "Hon. P. Mahabir: No. Average waiting times fell to 47 minutes in October.\n\n"
    "Madam Speaker: Next question."
)


def test_a_minister_named_in_brackets_answers_in_a_record_of_title_and_surname_labels():
    assert why(HEALTH_QUESTIONS, "Nine of the 31 clinics")[0] == "Priya Mahabir"


def test_an_initialled_label_is_the_member_named_in_full_earlier():
    assert why(HEALTH_QUESTIONS, "fell to 47 minutes")[0] == "Priya Mahabir"


def test_a_record_pages_labels_over_link_lines_are_turns_and_not_claims():
    link = "Link to this: Individually | In context | Official record"
    page = "\n".join(
        [
            "Seanad debates",
            "Wednesday, 4 March 2026",
            "Housing Supply",
            "Niamh Quigley (Cork South, Social Democrats)",
            link,
            "Rents in Cork rose by 11 per cent last year. Only 2,300 homes were built in the county.",
            "Declan Furey (Mayo, Fianna Fáil)",
            link,
            "Completions in the county were 18 per cent higher than in 2024.",
        ]
    )
    article = extract(page)
    by_text = {claim.text: claim.speaker for claim in article.claims}
    assert by_text["Rents in Cork rose by 11 per cent last year."] == "Niamh Quigley"
    assert by_text["Completions in the county were 18 per cent higher than in 2024."] == "Declan Furey"
    assert not any("Link to this" in text or "(Mayo" in text for text in by_text)


TRANSPORT_COMMITTEE_MINUTES = (
    "Minutes of the Transport Committee, 4 March 2026\n\n"
    "Present: Councillor Joan Ferris (Chair), Councillors Omar Haddad, Petra Lund and Ian Moss\n\n"
    "Councillor Ferris: Parking income fell by 14 per cent last year.\n\n"
    "Councillor Haddad: The car park on Mill Lane is empty after 6pm on most days.\n\n"
    "The motion was carried by 3 votes to 1."
)


def test_a_surname_turn_label_in_a_record_is_the_member_the_attendance_list_names_in_full():
    assert why(TRANSPORT_COMMITTEE_MINUTES, "Parking income") == (
        "Joan Ferris",
        "turn label 'Ferris:' -> Joan Ferris, named in full earlier",
    )
    assert (
        why(TRANSPORT_COMMITTEE_MINUTES, "Mill Lane")[0] == "Omar Haddad"
    )  # "Councillors" before the name is a title


def test_the_clerks_lines_between_the_turns_of_a_record_are_no_members():
    assert why(TRANSPORT_COMMITTEE_MINUTES, "motion was carried")[0] is None


HOUSING_QUESTIONS = (
    "ORAL ANSWERS TO QUESTIONS\n\n"
    "1. Mr Kelvin Tan asked the Minister for Housing and Estates how many flats stood empty.\n\n"
    "The Minister for Housing and Estates (Ms Grace Lim Hui Min): Sir, 2,140 flats stood empty in June.\n\n"
    "Mr Speaker: Mr Kelvin Tan.\n\n"
    "Mr Kelvin Tan (Yishun): Residents tell me that repairs take three months. Will the Minister act?\n\n"
    "Ms Grace Lim Hui Min: We cleared 9,000 repair requests last year.\n\n"
    "Mr Speaker: Order."
)


def test_a_minister_labelled_by_office_answers_as_the_minister_not_the_member_who_asked():
    assert why(HOUSING_QUESTIONS, "2,140 flats")[0] == "Grace Lim Hui Min"
    assert why(HOUSING_QUESTIONS, "9,000 repair requests")[0] == "Grace Lim Hui Min"
    assert why(HOUSING_QUESTIONS, "three months")[0] == "Kelvin Tan"


def test_the_chair_calling_a_member_claims_nothing():
    assert why(HOUSING_QUESTIONS, "Kelvin Tan.")[0] is None


HANSARD = (
    "NATIONAL ASSEMBLY\n\nQuestion 12:\n\n"
    "Ms R M NKOSI: Deputy Speaker, how many clinics closed in Limpopo this year?\n\n"
    "The MINISTER OF HEALTH (Mr J B Mahlangu): Thank you. Eleven clinics closed in Limpopo this year.\n\n"
    "Mr P DU TOIT: Deputy Speaker, the department owes suppliers R2 billion.\n\n"
    "The DEPUTY SPEAKER: Order, members! There are 40 questions left.\n\n"
    "The MINISTER OF HEALTH: The department has paid R700 million since June."
)


def test_a_hansard_labels_members_by_initials_and_surname_and_the_minister_by_office():
    assert why(HANSARD, "Eleven clinics")[0] == "J B Mahlangu"
    assert why(HANSARD, "owes suppliers")[0] == "P du Toit"
    assert why(HANSARD, "R700 million")[0] == "J B Mahlangu"  # the office named in brackets earlier


def test_a_hansard_office_never_named_speaks_as_no_one():
    assert why(HANSARD, "40 questions") == (
        None,
        "none: turn label 'The DEPUTY SPEAKER:' is an office whose holder is not named",
    )


def test_a_surname_after_an_attendance_list_with_initials_is_the_member_listed():
    raw = (
        "Present: Cllrs P. Costello, S. Ni Bhriain and T. Kenny.\n\n"
        "Cllr Ni Bhriain welcomed the report. She said that three bring banks had been removed."
    )
    assert why(raw, "three bring banks")[0] == "S. Ni Bhriain"


HARBOUR_BOARD_MINUTES = (
    "MINUTES OF THE MEETING OF THE HARBOUR BOARD\n\n"
    "PRESENT: Commissioner Ada Quill (Chair), Commissioner Tomas Reyner. ABSENT: none.\n\n"
    "Inspector Petra Vance presented her report. Inspector Vance stated that dredging had "
    "cost 2.4 million dollars this year.\n\n"
    "Commissioner Reyner asked whether the channel was safe for tankers.\n\n"
    "MOTION: Reyner / SECOND: Quill. Approve the dredging budget. Vote: 2-0.\n\n"
    "The meeting was adjourned at 11:05 a.m."
)


def test_the_attendance_and_motion_lines_of_minutes_are_no_speakers():
    assert turn_labels(HARBOUR_BOARD_MINUTES) == []
    assert why(HARBOUR_BOARD_MINUTES, "dredging had cost")[0] == "Petra Vance"


def test_a_question_put_and_the_adjournment_are_never_queued():
    assert says_nothing_checkable("Commissioner Reyner asked whether the channel was safe for tankers.")
    assert says_nothing_checkable("The meeting was adjourned at 11:05 a.m.")
    assert not says_nothing_checkable("Commissioner Reyner said the channel was dredged to 14 metres.")


DAIL_DEBATE = (
    "Dail debates, Tuesday 1 December 2026\n\n"
    "Deputy Niamh Cassidy (Kerry North): Waiting lists for speech therapy in Kerry have reached 900 "
    "children. Will the Minister act?\n\n"
    "Minister of State at the Department of Health (Deputy Ronan Tierney): I thank the Deputy. The list "
    "has fallen to 640 since June.\n\n"
    "Deputy Niamh Cassidy: The 640 leaves out children waiting for a first assessment.\n\n"
    "An Ceann Comhairle: We must move on.\n\n"
    "Deputy Ronan Tierney: We have hired 31 therapists this year."
)


def test_a_minister_labelled_by_office_answers_in_their_own_name():
    assert why(DAIL_DEBATE, "fallen to 640")[0] == "Ronan Tierney"
    assert why(DAIL_DEBATE, "leaves out children")[0] == "Niamh Cassidy"
    assert why(DAIL_DEBATE, "31 therapists")[0] == "Ronan Tierney"


def test_the_chair_of_a_record_speaks_for_no_member():
    assert why(DAIL_DEBATE, "We must move on")[0] is None


def test_a_minutes_line_giving_a_motions_fate_is_never_queued():
    assert says_nothing_checkable("Motion to refer the report back - carried 6-1.")
    assert says_nothing_checkable("Amendment (Cllr Roe): lost.")
    assert not says_nothing_checkable("Motion to cut rates by 5% - carried, saving 2 million dollars.")


RIVER_POLLUTION_DEBATE = "\n\n".join(
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
    assert why(RIVER_POLLUTION_DEBATE, "Sewage spills")[0] == "Oswin Tarrant Okafor"
    assert why(RIVER_POLLUTION_DEBATE, "Only 3 of the 12")[0] == "Lena Mirova Dukes"
    assert why(RIVER_POLLUTION_DEBATE, "Five more")[0] == "Oswin Tarrant Okafor"


DREDGING_QUESTIONS = "\n\n".join(
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
    assert why(DREDGING_QUESTIONS, "82,000 tonnes")[0] == "Roland Ashby-Fenn"
    assert why(DREDGING_QUESTIONS, "twice the tonnage")[0] == "Roland Ashby-Fenn"
    assert why(DREDGING_QUESTIONS, "idle for five months")[0] == "Ada Kelleher-Voss"


def test_a_records_procedural_lines_are_never_queued():
    from claims.extraction.contentless import says_nothing_checkable

    assert says_nothing_checkable("Approved the consent agenda, 6-1.")
    assert says_nothing_checkable("Moved into closed session to discuss a property sale.")
    assert says_nothing_checkable("The measure now goes to the House Appropriations Committee.")
    assert says_nothing_checkable("The inquiry was suspended at 3:15 p.m. and will resume on March 4.")
    assert not says_nothing_checkable("Approved a $4.5 million road contract, 6-1.")
    assert not says_nothing_checkable("The bill now goes to the Senate, where 14 members oppose it.")
