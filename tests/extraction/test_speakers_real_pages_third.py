"""Speakers in layouts seen on fifteen fresh real news pages (issue #19, the third round): an
office never named that "he" stands for, a role noun or a place as the source rather than a
body or an object, second-hand claims, anonymous and written sources, a credit or an inverted
verb between a speaker and a pronoun, titled surnames, and a quote introduced a paragraph
before. Every sentence here is invented."""

from claims.extraction.pipeline import extract
from tests.extraction.test_speakers import _why


def _speakers(paragraphs: list[str], *fragments: str) -> list[str | None]:
    text = "\n\n".join(paragraphs)
    return [_why(text, fragment)[0] for fragment in fragments]


def test_he_after_an_office_that_is_never_named_is_the_office_not_the_spokesperson():
    briefing = [
        "Spokesperson Ilse Marrow opened the briefing with a note on the Harbour Fund, which her "
        "colleague Tomas Breda will present on Friday.",
        "The High Commissioner today told the council that the agency's plan for 2031 costs $2.1 billion.",
        "He said that the plan moves 300 posts to field offices in the south.",
        "He noted that, last year, the logistics division was merged with procurement.",
    ]
    assert _speakers(briefing, "300 posts", "logistics division") == ["High Commissioner"] * 2


def test_a_briefings_point_after_the_office_spoke_is_the_offices_until_the_paragraph_ends():
    briefing = [
        "The following is a near-verbatim transcript of today's noon briefing by Ilse Marrow, "
        "Spokesperson for the Director-General.",
        "Good afternoon. We have three items for you today.",
        "The Director-General today told the council that the plan costs $2.1 billion. He added "
        "that 300 posts will move south. This is the year to bring 40 offices closer to the field.",
        "Floods have closed 31 schools in the delta since Monday.",
    ]
    assert _speakers(briefing, "40 offices", "31 schools") == ["Director-General", "Ilse Marrow"]


def test_the_bodys_spokeswoman_is_the_spokeswoman_named_before_and_she_is_her():
    article = [
        "The Veltrian Interior Ministry expects the broadcaster to correct its report, the "
        "ministry's spokeswoman Oksana Derevko said at a briefing on Friday.",
        "“We have read the report with care,” Derevko noted.",
        "“We refuse no accreditation because of a reporter's style,” the Veltrian Interior "
        "Ministry's spokeswoman stressed.",
        "At the same time, she said that the ministry had renewed 41 accreditations this year.",
    ]
    assert _speakers(article, "no accreditation", "41 accreditations") == ["Oksana Derevko"] * 2


def test_a_dateline_between_slashes_does_not_hide_the_lead_that_names_the_speaker():
    article = [
        "MIRGOROD, March 4. /Xinhua/. The Veltrian Interior Ministry expects the broadcaster to "
        "correct its report, the ministry's spokeswoman Oksana Derevko said at a briefing on Friday.",
        "“We have read the report with care and found 14 errors,” Derevko noted.",
    ]
    assert _speakers(article, "14 errors") == ["Oksana Derevko"]


def test_the_city_that_says_what_people_should_do_speaks_not_the_people():
    text = (
        "Early Wednesday, the city said people living near the canal in Marlow Falls should "
        "“leave at once” because the weir could fail."
    )
    assert _speakers([text], "leave at once") == ["the city"]


def test_a_closing_clause_names_the_source_of_the_whole_sentence():
    text = (
        "Ondo Ridge district in western Calvia declared a curfew on Sunday, a day after gunmen "
        "killed nine people at a market, district authorities announced."
    )
    assert _speakers([text], "declared a curfew") == ["district authorities"]


def test_a_closing_clause_after_someone_who_speaks_relays_them():
    text = "Mayor Ines Kowal confirmed that the ferry would stop in May, the Harbour Gazette said."
    assert _speakers([text], "ferry would stop") == ["Ines Kowal"]


def test_the_person_after_with_is_who_is_saying_not_the_party():
    text = (
        "The Green Union has rejected criticism of its costings, with party leader Marit Solberg "
        "saying voters will be “able to check every figure”."
    )
    assert _speakers([text], "rejected criticism") == ["Marit Solberg"]


def test_what_reports_claim_is_the_reports_not_the_person_they_name():
    article = [
        "The Kaduna Ridge Police Command has said that no gang leader controls the district.",
        "The command was responding to media reports claiming that a gang leader, Musa Dangote "
        "Ilori, had declared himself head of the district.",
        "According to the reports, Ilori demanded a levy of 2,000 naira from every trader.",
    ]
    # "the reports" are the media reports described just before (the body described in lower case)
    assert _speakers(article, "declared himself", "levy of 2,000") == ["media reports", "media reports"]


def test_a_spokesman_in_a_statement_without_a_closing_comma_still_speaks():
    text = (
        "Spokesman for the Command, Kelechi Amadi, in a statement on Friday said the post was "
        "false in its entirety."
    )
    assert _speakers([text], "false in its entirety") == ["Kelechi Amadi"]


def test_whom_the_police_were_responding_to_is_not_the_source_of_their_statement():
    article = [
        "The Calvia Police Force has denied that its chief ordered raids on the governor's home.",
        "Governor Emeka Obiora, in an interview, claimed that officers had surrounded his home.",
        "However, responding to Obiora, the police, in a statement by Force spokesman, Tunde "
        "Adeyemi, a Chief Superintendent, described the report as false, adding that 80 officers "
        "guard the governor.",
    ]
    assert _speakers(article, "80 officers") != ["Emeka Obiora"]


def test_the_official_who_spoke_anonymously_is_the_official_just_described():
    article = [
        "The strike entered its third week, said Ravi Menon, the spokesman for the Brightline workers union.",
        "A Brightline official said that management was ready to discuss the demands.",
        "The official, who spoke on condition of anonymity, said the company wanted to negotiate "
        "with 12 employee representatives directly.",
    ]
    assert _speakers(article, "12 employee representatives") == ["a Brightline official"]


def test_a_unions_letter_speaks_for_the_union():
    article = [
        "All 620 permanent workers joined the Harbourside Workers Union, said union secretary P. Raghavan.",
        "He added that the company refused to recognise the union.",
        "“With rents rising, no one can live on the current wage,” the union had informed the "
        "company in a letter seen by reporters.",
        "The workers asked for raises over three years, according to the letter.",
    ]
    assert _speakers(article, "current wage", "raises over three years") == ["Harbourside Workers Union"] * 2


def test_a_photographers_credit_under_a_caption_is_not_who_he_is():
    article = [
        "Mayor Dale Brockway said the river rose 2 metres overnight.",
        "Cars stand in water on Elm Street in Westford, Monday. (Carla Mendes/Westford Courier via AP)",
        "He said if there were any injuries, they were minor.",
    ]
    assert _speakers(article, "they were minor") == ["Dale Brockway"]


def test_says_before_a_name_and_a_colon_gives_the_quote_to_that_name():
    article = [
        "County Executive Ruth Adair says the damage is worse than in 2029.",
        "Gov. Owen Prescott also toured the area and promised “every bit of help we can give” to "
        "Millbrook. Says Prescott: “They call this a once in 500 years flood and we have had two.”",
    ]
    assert _speakers(article, "once in 500 years") == ["Owen Prescott"]


def test_a_councilor_named_by_surname_alone_is_a_person_and_he_is_him():
    article = [
        "Councilor Haldane, serving as finance chair, emphasized the importance of the meeting, "
        "noting that the council votes on a budget of $900 million.",
        "The vote was delayed by a power cut.",
        "Councilor Brisk warned that the reserve fund would be empty by 2031.",
        "He pointed out that budget rises of 6% a year would strain residents.",
    ]
    assert _speakers(article, "$900 million", "reserve fund", "6% a year") == ["Haldane", "Brisk", "Brisk"]


def test_a_quote_paragraph_after_the_paragraph_introducing_its_speaker_is_that_persons():
    article = [
        "As cases rose, the commissioner for emergencies, Petra Lindqvist, visited the response "
        "centre in Ghent.",
        "“The situation is serious. We are asking 27 states to share stocks of masks.”",
        "More than 900 people have now died of the virus.",
    ]
    assert _speakers(article, "27 states") == ["Petra Lindqvist"]


def test_a_paragraph_between_slashes_dateline_is_kept_as_a_claim():
    text = (
        "MIRGOROD, March 4. /Xinhua/. The Veltrian Interior Ministry expects the broadcaster to "
        "correct 14 errors in its report, the ministry's spokeswoman Oksana Derevko said."
    )
    claims = [claim.text for claim in extract(text).claims]
    assert any("14 errors" in claim for claim in claims)
