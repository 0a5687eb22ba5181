"""Speakers in layouts seen on the tenth real-page measurement (issue #19): a quote an
aggregator relays ("X was quoted as saying"), a party leader named with the party's initials in
brackets, a participle after a dash, a body's statement "in which it said" and quoted with "it
read", an editor titled by his job. Every sentence here is invented."""

from tests.extraction.reading import speakers_of


def test_a_quote_closed_by_was_quoted_as_saying_is_the_persons_not_the_outlet_that_carried_it():
    article = [
        "According to Lowveld Online, Dube said this at a breakfast in Mutare.",
        '"The hall we booked was paid for 5 months ahead. This was done by our own people," '
        "Dube was quoted as saying.",
    ]
    assert speakers_of(article, "The hall we booked") == ["Dube"]


def test_the_party_leader_is_the_person_named_as_leader_of_the_party_with_its_initials():
    article = [
        "Leader of the Civic Renewal Party (CRP), Anselm Greaves has defended the budget.",
        "The party leader said the deficit fell to 3 per cent last year.",
    ]
    assert speakers_of(article, "deficit fell") == ["Anselm Greaves"]


def test_saying_after_a_dash_is_said_by_the_person_named_after_their_offices():
    article = [
        "Premier and Leader of the Civic Renewal Party (CRP), Anselm Greaves has defended his trips"
        " - saying they brought 4 new flights to the island.",
    ]
    assert speakers_of(article, "4 new flights") == ["Anselm Greaves"]


def test_a_body_that_issued_a_statement_in_which_it_described_something_is_its_speaker():
    article = [
        "The Ministry of Public Works issued a statement in which it described the audit as 40 pages"
        " of errors.",
    ]
    assert speakers_of(article, "40 pages of errors") == ["Ministry of Public Works"]


def test_a_quote_closed_by_it_read_is_the_statement_of_the_body_just_named():
    article = [
        "The Ministry of Public Works issued a statement in which it described the audit as flawed.",
        '"The audit ignored 12 bridges built since 2021," it read.',
    ]
    assert speakers_of(article, "12 bridges") == ["Ministry of Public Works"]


def test_an_editor_named_with_his_job_title_is_the_person_without_the_title():
    article = ["Editor Jonas Farrugia said the council had never asked for a correction in 9 years."]
    assert speakers_of(article, "never asked") == ["Jonas Farrugia"]


def test_a_case_a_side_is_arguing_in_court_is_that_sides_claim():
    article = [
        "Lawyers for the paper appeared in court on Monday.",
        "The defence is arguing that the paper had found the 3 files on a public site.",
    ]
    assert speakers_of(article, "3 files") == ["defence"]


def test_a_reported_clause_set_off_by_a_comma_after_the_verb_is_the_speakers():
    article = [
        "Minister Ndapewa Kaulinge briefed diplomats on Friday.",
        "She explained, the first target for relief was 184 260 beneficiaries.",
    ]
    assert speakers_of(article, "184 260") == ["Ndapewa Kaulinge"]


def test_a_place_named_inside_a_quote_is_not_the_he_that_closes_it():
    article = [
        'Minister of Ports Dinesh Wickramage told Parliament that "Japan funded the port in 2004," the'
        " Minister said.",
        '"Sri Lanka and Japan go back a long way. The first loan was signed in 1958," he said.',
    ]
    assert speakers_of(article, "signed in 1958") == ["Dinesh Wickramage"]


def test_a_minister_whose_surname_is_a_countrys_name_is_the_person_not_the_country():
    article = [
        "Public Works Minister Clement Jordan told reporters that 4 companies had bid for the bridge.",
        "Minister Jordan said the winning bid was 12 per cent below the estimate.",
    ]
    assert speakers_of(article, "4 companies", "12 per cent") == ["Clement Jordan"] * 2


def test_a_name_written_later_without_its_initials_is_the_person_named_with_them():
    article = [
        "Planning Minister MA Shafiqul Karim said donors delayed 2 loans this year.",
        'Asked about it, Shafiqul Karim said, "We lost 4 months on the rail loan."',
    ]
    assert speakers_of(article, "4 months") == ["MA Shafiqul Karim"]


def test_a_ministry_written_in_full_is_itself_not_a_ministry_named_inside_an_earlier_quote():
    article = [
        'Home Minister Rafiq Khan spoke. "Our Foreign Ministry has answered the film," he said.',
        "The Ministry of Foreign Affairs on May 2 issued a statement in which it described the film as 3"
        " times false.",
    ]
    assert speakers_of(article, "3 times false") == ["Ministry of Foreign Affairs"]


def test_terming_it_after_an_act_is_the_claim_of_the_one_who_acted():
    article = ["Earlier, the government had dismissed the film, terming it 4 hours of lies."]
    assert speakers_of(article, "4 hours of lies") == ["government"]


def test_the_body_by_its_noun_is_the_one_named_after_an_opening_adverb():
    article = [
        "Separately, the Chamber of Notaries issued a statement on Monday.",
        "The chamber said that the paper had tried to sway 5 judges.",
    ]
    assert speakers_of(article, "5 judges") == ["Chamber of Notaries"]


def test_the_pm_is_the_prime_minister_named_with_a_second_office_before_her_name():
    article = [
        "Prime Minister and Leader of the Harbour Party (HP), Rosa Thorne has defended her trips.",
        "Speaking to party members on Sunday, the PM said the trips brought 2 new airlines.",
    ]
    assert speakers_of(article, "2 new airlines") == ["Rosa Thorne"]


def test_a_quote_goes_on_past_a_related_article_line_set_between_its_paragraphs():
    article = [
        'Premier Rosa Thorne said the island "is ready for business".',
        "Related Article",
        '"We signed 2 new airlift agreements last year."',
    ]
    assert speakers_of(article, "2 new airlift") == ["Rosa Thorne"]


def test_they_opening_a_sentence_is_the_one_group_speaking_in_the_sentence_before():
    article = [
        '"The protesters said they wanted to embarrass the minister," the report said.',
        "They also accused the government of using the forum to raise 3 million dollars.",
    ]
    assert speakers_of(article, "3 million dollars") == ["protesters"]
