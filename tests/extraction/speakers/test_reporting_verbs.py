"""Reporting verbs: verbs of saying beyond "said" (adding, confirming, accusing, criticising,
ruling, announcing), inverted and passive attribution, and whose claim a verb makes it.
All text is invented."""

import pytest

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_a_reported_claim_with_that_carries_its_speaker():
    raw = (
        "Vladimir Putin spoke in Tajikistan.\n\n"
        "Putin confirmed that Russia is giving military support to Syria."
    )
    assert attributed(raw)[1][1:] == ("Vladimir Putin", False, True)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Osei revealed that the airline had carried 41 million passengers in 2025.", "Bernard Osei"),
        ("“We are the most punctual airline in Africa,” he insisted.", "Bernard Osei"),
        (
            "Skyline Air’s chief executive, Bernard Osei, touted record profits of 870 million dollars.",
            "Bernard Osei",
        ),
        (
            "Pilots earn 30 percent less than in 2015, it was claimed by the Pilots’ Association.",
            "Pilots’ Association",
        ),
        (
            "Fares rose 7 percent, Transport Minister Bernard Osei said on Tuesday, after a long delay.",
            "Bernard Osei",
        ),
        ("Officials in Dushanbe said 12 people had been killed.", "officials"),
        ("Premiums have doubled since March, according to the broker Lloyd Marsh.", "Lloyd Marsh"),
        (
            "It will cost 14 billion, according to the Office for Budget Responsibility.",
            "Office for Budget Responsibility",
        ),
        ("No group has claimed responsibility for the attack.", None),
        ("The Treasury said the clashes had closed three crossings.", "Treasury"),
        ("The central bank said in a statement that inflation stood at 17.4 percent.", "central bank"),
        ("The Department for Education said 27,000 teachers had been recruited.", "Department for Education"),
        (
            "Gov. Elaine Marsh of Nevada, where the jets are built, said it would employ 4,500.",
            "Elaine Marsh",
        ),
        ("Fuel is a third of our costs, Osei commented after the vote.", "Bernard Osei"),
        ("Osei mentioned that 12 routes had been dropped since 2024.", "Bernard Osei"),
        ("Osei described the 9 percent rise as the smallest in a decade.", "Bernard Osei"),
        ("Osei responds to critics that delays fell by half in 2025.", "Bernard Osei"),
        ("The News Agency of Nigeria reports that 40 flights were cancelled.", "News Agency of Nigeria"),
        (
            "The Office of Grain Statistics now expects a harvest of 9 million tonnes.",
            "Office of Grain Statistics",
        ),
        ("Police in the capital said 14 people had been arrested.", "police"),
        ("Critics say the plan will cost 4 billion.", "Critics"),
        ("Unemployment fell to 3.9 percent, the statistics office said on Friday.", "statistics office"),
        ("Residents of the valley told reporters that 30 homes had flooded.", "residents"),
        ("According to a statement from the health ministry, 40 clinics have closed.", "health ministry"),
    ],
)
def test_reporting_verbs_beyond_said_and_organisations_name_the_source(sentence, speaker):
    raw = "Bernard Osei runs Skyline Air, which flies to 40 cities.\n\n" + sentence
    assert speaker_of(raw, sentence[5:25]) == speaker


def test_a_person_quoted_by_a_statement_as_saying_is_the_speaker():
    text = (
        "Tarn Valley Mills said its profit doubled.\n\n"
        "The firm's chairman, Mr Osaro Idemudia, was quoted by the statement as saying the mills would"
        " hire 400 workers."
    )
    assert speaker_of(text, "hire 400 workers") == "Osaro Idemudia"


def test_a_finding_in_the_impersonal_passive_is_the_finders():
    text = (
        "It was found by auditors that 12 of the 40 contracts had been awarded without a tender.\n\n"
        "The missing ledger was found by police near the canal on 3 March."
    )
    assert why(text, "12 of the 40 contracts")[0] == "auditors"
    assert why(text, "near the canal")[0] is None


def test_credited_names_what_the_speaker_says_caused_it():
    text = "Mayor Ines Carvalho credited the fall in burglaries to 30 new street lights the city installed."
    assert why(text, "30 new street lights")[0] == "Ines Carvalho"


def test_a_passive_claim_with_where_it_was_made_between_is_still_the_agents():
    text = (
        "It was also claimed at the meeting, by the residents’ group Quiet Nights Mawson, that house"
        " prices near the runway had fallen 8 per cent."
    )
    assert why(text, "fallen 8 per cent")[0] == "Quiet Nights Mawson"


def test_a_name_after_reminded_or_criticised_speaks_the_quote_before_it():
    inverted = [
        '"We doubled the icebreaker budget last year," reminded deputy minister Aleksander Brodny.',
        '"Rail capacity is already booked until March," criticised Vera Kostenko, a consultant.',
    ]
    assert speakers_of(inverted, "icebreaker budget", "booked until March") == [
        "Aleksander Brodny",
        "Vera Kostenko",
    ]


def test_criticism_that_states_a_claim_is_its_critics():
    article = [
        "Health Minister Ama Owusu has criticized the Opposition over their claim that drug prices rose "
        "40 percent.",
        "Trade Minister Pieter Botha has had a go at the ports authority saying that delays cost R50 "
        "million a day.",
    ]
    assert speakers_of(article, "drug prices", "R50 million") == ["Ama Owusu", "Pieter Botha"]


def test_a_question_quoted_by_asking_and_a_famous_line_are_the_subjects():
    article = [
        'Opposition leader Ruth Kinane opened the session by asking the minister "why did 900 patients '
        'wait on trolleys last night".',
        'The late Sen. Walter Ames Prescott is famous for uttering "A budget is a moral document."',
    ]
    assert speakers_of(article, "900 patients", "moral document") == ["Ruth Kinane", "Walter Ames Prescott"]


def test_denied_reports_claiming_is_the_senators_denial_not_the_reports():
    text = (
        "The Minister of Coastal Affairs, Senator Ada Bello, has denied reports claiming she asked "
        "for an inquiry into 12 state governors."
    )
    assert speakers_of([text], "12 state governors") == ["Ada Bello"]


def test_the_subject_who_confirms_what_another_said_is_the_speaker():
    article = [
        "Prime Minister Tomas Lindqvist said on Friday the levy would raise 3 billion crowns.",
        "In a post on social media, Mara Okoye, president of the Harbour Workers Union, confirmed "
        "what Lindqvist said.",
    ]
    assert speakers_of(article, "confirmed what") == ["Mara Okoye"]


def test_informed_the_council_that_reports_the_chiefs_claim():
    text = (
        "Police Chief Dan Moss informed the village council on Monday that he has asked the state "
        "bureau to review 14 complaints."
    )
    assert speakers_of([text], "14 complaints") == ["Dan Moss"]


def test_has_repeatedly_suggested_and_lauded_are_claims_of_their_subject():
    article = [
        "Governor Lyle Hart has repeatedly suggested the port would be better off under state control.",
        "Minister Asha Rao spoke at the summit in Delhi.",
        "She also lauded the premier for doubling the rail budget to 40 billion rupees.",
    ]
    assert speakers_of(article, "state control", "40 billion rupees") == ["Lyle Hart", "Asha Rao"]


def test_stating_after_another_verb_gives_the_subject():
    text = (
        "Last month, resident Tom Reyes addressed the board and other officials, stating he had seen "
        "officers ignore 30 warrants."
    )
    assert speakers_of([text], "30 warrants") == ["Tom Reyes"]


def test_a_name_then_said_then_a_comma_is_not_an_inverted_attribution():
    text = (
        "The company's operations director, Paul Sefton, said it lost 92 million litres a day to "
        "leakage, down from 112 million in 2023."
    )
    assert speakers_of([text], "92 million") == ["Paul Sefton"]


def test_a_claim_made_before_walking_out_is_the_councillors_who_walked_out():
    article = [
        "The vote was held on Wednesday.",
        "Councillor Isla Munro left the chamber after claiming that the cuts would close 9 nurseries.",
    ]
    assert speakers_of(article, "9 nurseries") == ["Isla Munro"]


def test_further_remarked_and_emphasized_a_noun_are_the_speakers():
    article = [
        "Nigerian lawyer Tunde Okafor spoke on a breakfast programme.",
        "Okafor also emphasized the failure of 11 states to pay the minimum wage.",
        "Okafor further remarked, “We have governors who left debts of 40 billion naira.”",
    ]
    assert speakers_of(article, "11 states", "40 billion") == ["Tunde Okafor"] * 2


def test_come_out_to_say_and_went_on_to_say_are_saying():
    article = [
        "Benue State governor, Samuel Iorkyase has come out to say that the 40,000 naira wage is too small.",
        "The governor went on to say that 62,000 workers would be paid in May.",
    ]
    assert speakers_of(article, "40,000 naira", "62,000 workers") == ["Samuel Iorkyase"] * 2


def test_accusations_are_the_accusers_claims():
    article = [
        "The Odisha government came under fire on Saturday from Prime Minister Arvind Kale for allegedly "
        "looting 300 crore rupees.",
        "Assam Chief Minister Rohan Baruah has hit out at the Odisha government for purportedly hiding "
        "400 crore rupees.",
        "The prime minister charged corruption within 12 departments.",
    ]
    assert speakers_of(article, "300 crore", "400 crore", "12 departments") == [
        "Arvind Kale",
        "Rohan Baruah",
        "Arvind Kale",
    ]


def test_jibes_potshots_and_slamming_someone_for_something_are_the_speakers_claims():
    article = [
        "Earlier on Friday, Vikram Singh Rathore took a jibe at the alliance saying 26 parties were afraid.",
        "He took potshots at the two parties over the 12 seats.",
        "Party chief Anil Yadav slammed the Congress for not giving his party 6 seats.",
    ]
    assert speakers_of(article, "26 parties", "12 seats", "6 seats") == [
        "Vikram Singh Rathore",
        "Vikram Singh Rathore",
        "Anil Yadav",
    ]


def test_judges_rulings_and_findings_are_the_judges():
    article = [
        "Judge Ellen Prescott heard arguments for three hours.",
        "Prescott ruled that the two statements can be used at the trial in February.",
        "Prescott decided the first statement can be used because the captain was a witness then.",
        "She found the second statement admissible because it was given freely.",
    ]
    assert (
        speakers_of(article, "two statements", "first statement", "second statement")
        == ["Ellen Prescott"] * 3
    )


def test_announcements_and_justifications_are_what_the_person_said():
    article = [
        "Deputy premier Marlon Baptiste made the announcement that the minister will step down on June 1.",
        "Mr Baptiste made it clear that the budget of 1.2 billion dollars would not be cut.",
        "He however explained that 300 road projects would go on.",
        "County Sheriff Mark Delaney held a press conference in which he announced that two deputies "
        "were placed on leave.",
    ]
    assert speakers_of(article, "June 1", "1.2 billion", "300 road projects") == ["Marlon Baptiste"] * 3
    assert speakers_of(article, "two deputies") == ["Mark Delaney"]
