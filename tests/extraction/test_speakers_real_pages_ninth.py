"""Speakers in layouts seen on the ninth real-page measurement (issue #19): a descriptor standing
for the member just named, a country run into a name, a speaker named only after the claim, a
clause between dashes before the verb. Every sentence here is invented."""

from tests.extraction.test_speakers_real_pages_third import _speakers


def test_a_politician_described_by_party_right_after_being_named_is_that_member():
    article = [
        "Gower constituency MS Idris Pennant raised the closure of the ward on Monday.",
        'The Welsh Labour politician said: "Forty beds have gone from Morriston since June."',
    ]
    assert _speakers(article, "Forty beds") == ["Idris Pennant"]


def test_the_ms_after_another_person_spoke_is_the_member_titled_ms_not_a_body():
    article = [
        "Arfon constituency MS Nia Gwilym asked about bus routes in the chamber.",
        "Transport Minister Huw Blethyn said 12 routes had been saved since April.",
        "The MS said 30 villages had lost their only bus since 2023.",
    ]
    assert _speakers(article, "12 routes", "30 villages") == ["Huw Blethyn", "Nia Gwilym"]


def test_a_country_after_the_office_is_not_part_of_the_presidents_name():
    article = [
        "The President of Zambia Mutale Bwalya said on Monday that maize exports rose 30 per cent.",
        "She said 4,000 farmers had been paid late.",
    ]
    assert _speakers(article, "maize exports", "4,000 farmers") == ["Mutale Bwalya"] * 2


def test_a_town_and_party_before_the_role_are_not_the_speaker():
    article = [
        "The bypass opened in May.",
        "The group's deputy, Falkirk Labour councillor Ewan Sorley, said that 600 lorries a day now "
        "avoid the town centre.",
    ]
    assert _speakers(article, "600 lorries") == ["Ewan Sorley"]


def test_a_clause_between_dashes_before_said_leaves_the_councillor_as_speaker():
    article = [
        "The plans were published on Friday.",
        "Cllr Shona Laird - who chairs the housing board - said that 80 homes stood empty in Kirkcaldy.",
    ]
    assert _speakers(article, "80 homes") == ["Shona Laird"]


def test_a_party_leader_speaking_first_is_the_councillor_the_next_sentence_says_made_the_remarks():
    article = [
        "The Green group's leader said bin collections had been cut to once a month in 14 villages.",
        "Councillor Rowan Tait made the remarks at a budget meeting in Perth on Tuesday.",
    ]
    assert _speakers(article, "once a month") == ["Rowan Tait"]


def test_the_minister_after_a_second_minister_is_introduced_is_that_second_minister():
    article = [
        "Foreign Minister Bupe Kasonde said exports to Malawi rose 12 per cent.",
        "Minister of Health and Sanitation, Mwila Sakala, also spoke at the briefing.",
        "The minister stressed that 45 clinics had opened in Luapula since June.",
    ]
    assert _speakers(article, "exports to Malawi", "45 clinics") == ["Bupe Kasonde", "Mwila Sakala"]


def test_a_claim_made_before_walking_out_is_the_councillors_who_walked_out():
    article = [
        "The vote was held on Wednesday.",
        "Councillor Isla Munro left the chamber after claiming that the cuts would close 9 nurseries.",
    ]
    assert _speakers(article, "9 nurseries") == ["Isla Munro"]


def test_a_figure_rubbished_by_a_ministry_is_the_ministrys_rebuttal():
    article = [
        "Parents gathered outside the school on Monday.",
        "A figure of 40 shut schools was rubbished by the Ministry of Education as out of date.",
    ]
    assert _speakers(article, "40 shut schools") == ["Ministry of Education"]
