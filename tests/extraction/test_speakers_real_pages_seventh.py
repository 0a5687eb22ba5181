"""Speakers in layouts seen on the seventh real-page measurement (issue #19): a role that only
its holder answers to, a described speaker nearest the quote, a person's office, the subject who
spoke over people named as objects, verbs of saying and accusing, Indian office initials, a
document's claims, a dateline and a listing page of teasers. Every sentence here is invented."""

from tests.extraction.test_speakers import _why
from tests.extraction.test_speakers_real_pages_third import _speakers

INTERVIEW = [
    "Castellano did not respond to the jokes. His press office told the Valley Gazette that the "
    "ministry had no reaction to the 40 percent figure.",
    "Castellano gave the interview in his ministry offices to Maria Oyarzun in March.",
    "“How much is inflation today?” she asked.",
    "“The official index shows 12.4 percent month after month,” the minister responded.",
    "Castellano then walks away, and an aide can be heard telling the reporter: “We never discuss the "
    "30 percent estimates.”",
]


# -- a. a role resolves to its holder -----------------------------------------------------------
def test_the_minister_answering_the_interviewer_is_the_one_who_runs_his_ministry_not_her():
    assert _speakers(INTERVIEW, "12.4 percent") == ["Castellano"]


def test_the_governor_is_the_one_the_lede_calls_governor_not_the_candidate_named_since():
    article = [
        "The governor of Kwara state, Abdullahi Sani Lawal, has said governors are worried about prices.",
        "Speaking at a dinner for the state candidate, Mohammed Umaru Ndana, the governor said the party "
        "had raised 300 million naira.",
    ]
    assert _speakers(article, "300 million") == ["Abdullahi Sani Lawal"]


def test_the_chief_minister_and_the_cm_are_the_chief_minister_not_the_prime_minister_named_since():
    article = [
        "Maharashtra Chief Minister Vikram Singh Rathore on Friday said support for Prime Minister "
        "Arvind Kale forced 26 parties together.",
        "The Chief Minister said 40,000 people gathered in Wardha.",
        '"They fear that scams worth 900 crore rupees will be exposed," said the CM.',
        '"Twelve rival parties are now friends," CM Rathore said.',
    ]
    assert _speakers(article, "40,000 people", "900 crore", "Twelve rival") == ["Vikram Singh Rathore"] * 3
    assert "'the CM'" in _why("\n\n".join(article), "900 crore")[1]


# -- b., c. the described speaker nearest the quote; a person's office ------------------------
def test_an_aide_heard_in_the_second_clause_speaks_not_the_subject_of_the_first():
    assert _speakers(INTERVIEW, "30 percent estimates") == ["an aide"]


def test_his_press_office_is_named_for_the_person_it_speaks_for():
    assert _speakers(INTERVIEW, "no reaction") == ["Castellano's press office"]


# -- e. the subject who spoke, over people named as objects -----------------------------------
def test_he_after_x_said_as_he_urged_them_to_vote_y_and_z_is_x():
    article = [
        "Governor Abdullahi Lawal spoke in Ilorin.",
        "“There is always a way”, Lawal said as he urged citizens to vote Mohammed Ndana and his running "
        "mate, Comrade Mohammed Garba.",
        "He stated that he did not interfere in the 2022 primaries.",
    ]
    assert _speakers(article, "2022 primaries") == ["Abdullahi Lawal"]


# -- f., g., h., i. verbs of saying and accusing ----------------------------------------------------
def test_further_remarked_and_emphasized_a_noun_are_the_speakers():
    article = [
        "Nigerian lawyer Tunde Okafor spoke on a breakfast programme.",
        "Okafor also emphasized the failure of 11 states to pay the minimum wage.",
        "Okafor further remarked, “We have governors who left debts of 40 billion naira.”",
    ]
    assert _speakers(article, "11 states", "40 billion") == ["Tunde Okafor"] * 2


def test_come_out_to_say_and_went_on_to_say_are_saying():
    article = [
        "Benue State governor, Samuel Iorkyase has come out to say that the 40,000 naira wage is too small.",
        "The governor went on to say that 62,000 workers would be paid in May.",
    ]
    assert _speakers(article, "40,000 naira", "62,000 workers") == ["Samuel Iorkyase"] * 2


def test_initials_of_a_party_in_brackets_close_an_aside_about_the_speaker():
    article = [
        "Okafor Chinedu, a senior member of the Northern Progress Party (NPP), has claimed that a "
        "governor hid 9 billion naira."
    ]
    assert _speakers(article, "9 billion") == ["Okafor Chinedu"]


def test_the_former_secretary_of_a_body_revealing_this_is_the_one_who_spoke_not_the_body():
    article = [
        "Okafor Chinedu, a senior member of the Northern Progress Party (NPP), has claimed that a "
        "governor hid 9 billion naira.",
        "During a radio show, the former National Secretary of the disbanded Alliance for Renewal, AFR, "
        "revealed this at 9 pm.",
    ]
    assert _speakers(article, "9 pm") == ["Okafor Chinedu"]


def test_accusations_are_the_accusers_claims():
    article = [
        "The Odisha government came under fire on Saturday from Prime Minister Arvind Kale for allegedly "
        "looting 300 crore rupees.",
        "Assam Chief Minister Rohan Baruah has hit out at the Odisha government for purportedly hiding "
        "400 crore rupees.",
        "The prime minister charged corruption within 12 departments.",
    ]
    assert _speakers(article, "300 crore", "400 crore", "12 departments") == [
        "Arvind Kale",
        "Rohan Baruah",
        "Arvind Kale",
    ]


# -- j., k. Indian office initials and short forms ------------------------------------------------
def test_initials_opening_a_name_stay_in_it_and_an_office_in_capitals_does_not():
    article = [
        "The deputy chief minister of the state, RK Singh Deol, stated that the Centre gave 12 crore rupees.",
        "State police spokesperson SP Olamide Ige said 14 people had been arrested.",
    ]
    assert _speakers(article, "12 crore", "14 people") == ["RK Singh Deol", "Olamide Ige"]


# -- l. a document's claims; a pronoun is a person -------------------------------------------------
def test_a_charge_sheet_which_claimed_and_it_alleged_are_its_authors():
    article = [
        "Leader of Opposition in Karnataka Assembly Ravi Singh has dared Chief Minister Vikram Rathore "
        "to a debate.",
        'On November 10, Singh had released a "charge sheet" against the state government, which claimed '
        "that there were scams worth 46,000 crore rupees.",
        "The Chief Minister had made 300 announcements, but most remained on paper, it alleged.",
        "He said Rathore may have got a clean chit but 12 questions remain.",
    ]
    assert _speakers(article, "46,000 crore", "300 announcements", "12 questions") == ["Ravi Singh"] * 3
    assert "charge sheet" not in (_why("\n\n".join(article), "46,000 crore")[0] or "")


# -- n., h. a dateline; a listing page of teasers ------------------------------------------------
def test_a_wire_dateline_does_not_hide_the_subject_after_it():
    article = [
        "Bhubaneswar (Odisha) [India], March 4 (ANI): Chief Minister Naveen Das on Friday took a jibe at "
        "the alliance and said that 20 parties were trying to sit on one tree."
    ]
    assert _speakers(article, "20 parties") == ["Naveen Das"]


def test_a_pronoun_never_reaches_back_over_a_read_more_line():
    article = [
        "Governor Femi Adeyinka said the state paid 62,000 workers.",
        "Read More »",
        "A new wage board met in Enugu on Monday.",
        "According to him, 40,000 naira cannot take a worker home.",
    ]
    speaker, reason = _why("\n\n".join(article), "40,000 naira")
    assert speaker is None
    assert "Read More" in reason


# -- m. quotes whose marks the page left out ------------------------------------------------------
def test_a_quote_never_closed_is_the_speaker_named_at_its_end():
    article = [
        "Prime Minister Arvind Kale spoke in Cuttack.",
        "The prime minister charged corruption within the government. “The party corrupted the liquor "
        "trade. Rations worth 300 crore rupees were stolen by the state government, he claimed.",
    ]
    assert _speakers(article, "300 crore") == ["Arvind Kale"]


def test_a_paragraph_closing_a_quote_left_open_before_continues_it():
    article = [
        "Prime Minister Arvind Kale spoke in Cuttack.",
        "“The deputy minister said this event is public. Realities cannot be hidden in 2029.",
        "Projects worth 900 crore rupees were approved. Either they are stopped or delayed,” Kale continued.",
    ]
    assert _speakers(article, "in 2029", "900 crore") == ["Arvind Kale"] * 2


def test_a_capitals_dateline_and_a_party_leader_described_by_its_initials():
    article = [
        "CUTTACK: Assam Chief Minister Rohan Baruah, the star campaigner of the BJP in the state, has hit "
        "out at the government for hiding 400 crore rupees.",
        "In an interview, the BJP leader, when asked about the charges, said 12 scams were unheard of.",
    ]
    assert _speakers(article, "400 crore", "12 scams") == ["Rohan Baruah"] * 2


def test_the_first_person_right_after_what_someone_said_is_theirs_when_the_page_has_no_quote_marks():
    article = [
        "In retaliation, Minister Shiv Dahria said that 40 scams took place in 15 years. If I talk about "
        "all the scams in detail then three days will pass."
    ]
    assert _speakers(article, "three days") == ["Shiv Dahria"]


def test_our_in_a_sentence_after_a_body_spoke_stays_the_pages():
    article = [
        "The Video Unit said the clip was recorded on Monday. Today the report was distributed by our "
        "3 publishers."
    ]
    assert _speakers(article, "3 publishers") == [None]


def test_jibes_potshots_and_slamming_someone_for_something_are_the_speakers_claims():
    article = [
        "Earlier on Friday, Vikram Singh Rathore took a jibe at the alliance saying 26 parties were afraid.",
        "He took potshots at the two parties over the 12 seats.",
        "Party chief Anil Yadav slammed the Congress for not giving his party 6 seats.",
    ]
    assert _speakers(article, "26 parties", "12 seats", "6 seats") == [
        "Vikram Singh Rathore",
        "Vikram Singh Rathore",
        "Anil Yadav",
    ]
