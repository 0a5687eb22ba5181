"""Speakers in the tenth held-out set's layouts (issue #19): a Fijian chiefly title before a
name, and the title with the given name alone later standing for the person named in full."""

from tests.extraction.test_speakers import _why


def test_a_chiefly_title_and_a_given_name_stand_for_the_person_named_in_full():
    text = (
        "Cassava growers want a new packing shed.\n\n"
        "The Minister for Agriculture, Ratu Tevita Naivalu, said the shed would open in April.\n\n"
        "Ratu Tevita said 140 growers had signed up to supply it."
    )
    assert _why(text, "open in April")[0] == "Tevita Naivalu"
    assert _why(text, "140 growers")[0] == "Tevita Naivalu"


def test_a_hausa_title_for_a_woman_is_not_part_of_her_name():
    text = (
        "Traders count the cost of a flood.\n\n"
        "The state commissioner for markets, Hajiya Amina Bala Dutse, said 90 stalls had been lost.\n\n"
        "Hajiya Amina Bala Dutse said a relief fund would open next week."
    )
    assert _why(text, "90 stalls")[0] == "Amina Bala Dutse"
    assert _why(text, "relief fund")[0] == "Amina Bala Dutse"


def test_a_body_owned_by_a_place_of_two_words_keeps_the_whole_place_name():
    text = (
        "Anglers fear for the salmon run.\n\n"
        "In a written reply, New Brunswick's fisheries department said it had counted 3,100 fish."
    )
    # the page's straight apostrophe is read as a typographic one
    assert _why(text, "3,100 fish")[0] == "New Brunswick’s fisheries department"


def test_a_party_and_district_tag_after_a_lawmaker_is_not_the_speaker():
    text = (
        "Lawmakers debate a fuel tax.\n\n"
        "The bill's author, Rep. Corinne Maddox, R-Ogden, told the committee that drivers pay $410 a year"
        " in fuel tax.\n\n"
        "Sen. Harlan Tolliver, D-Provo, said the bill would cost $90 million."
    )
    assert _why(text, "$410 a year")[0] == "Corinne Maddox"
    assert _why(text, "$90 million")[0] == "Harlan Tolliver"


def test_a_court_report_gives_counsel_their_submissions_and_the_judge_her_findings():
    text = (
        "Quarry challenge fails.\n\n"
        "For the council, Declan Moriarty SC said the permission had 14 conditions.\n\n"
        "Ms Grainne Tobin SC submitted that dust levels had doubled since 2022.\n\n"
        "Ms Justice Sorcha Kilbride-Nolan found that the council had acted lawfully.\n\n"
        "The judge held that there was no duty to consult every household.\n\n"
        "She noted that the nearest school is 900 metres from the quarry."
    )
    assert _why(text, "dust levels had doubled")[0] == "Grainne Tobin"
    assert _why(text, "no duty to consult")[0] == "Sorcha Kilbride-Nolan"
    assert _why(text, "nearest school")[0] == "Sorcha Kilbride-Nolan"


def test_a_campaign_named_for_its_cause_is_one_body():
    text = (
        "Rail fares to rise again.\n\n"
        "The Campaign for Cheaper Trains Alba said fares had risen by 31 per cent in five years."
    )
    assert _why(text, "31 per cent")[0] == "Campaign for Cheaper Trains Alba"


def test_the_body_by_its_last_word_is_the_one_named_in_full_before_not_its_last_short_mention():
    text = (
        "Ferry fares to rise.\n\n"
        "The Harbour Ferry Board's decision to raise fares will hurt commuters.\n\n"
        "The Board has not published accounts since 2021.\n\n"
        "Six new ferries arrived in May, and the Board says four of them are already in service."
    )
    assert _why(text, "four of them")[0] == "Harbour Ferry Board"


def test_an_events_organisers_speak_as_a_group():
    text = "Cup final.\n\nThe crowd of 9,000 was a record for the ground, the tournament organisers said.\n"
    assert _why(text, "9,000")[0] == "tournament organisers"
