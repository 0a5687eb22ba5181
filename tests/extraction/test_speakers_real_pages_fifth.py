"""Speakers, titles and furniture in layouts seen on the fifth real-page measurement (issue
#19): a role standing for the person the article names elsewhere, a pronoun after a company,
verbs and sources that were not read as attribution, a name inside the object, a misspelt
surname, site clutter above the headline and other stories' headlines inside the body. Every
sentence here is invented."""

from claims.extraction.pipeline import extract
from tests.extraction.test_speakers import _why
from tests.extraction.test_speakers_real_pages_third import _speakers


def _claims(text: str) -> list[str]:
    return [" ".join(claim.text.split()) for claim in extract(text).claims]


# -- 1. a role in place of the name ---------------------------------------------------------
def test_a_ledes_role_is_the_person_who_speaks_in_the_next_sentence():
    article = [
        "Ferry fares across the Selwyn estuary will rise by 20% from May, the transport minister has said.",
        "Speaking in Port Aldric after talks with operators, Aled Price said the increase would pay "
        "for 14 new vessels by 2029.",
    ]
    assert _speakers(article, "rise by 20%") == ["Aled Price"]
    assert "next sentence" in _why("\n\n".join(article), "rise by 20%")[1]


def test_a_role_is_the_one_person_the_article_gives_it_even_after():
    article = [
        "Bus lanes will open on 12 routes in June, the transport minister said on Monday.",
        "Residents of Kelby said the lanes would cut their journeys by ten minutes.",
        "Aled Price, the transport minister, opened the first lane in Kelby on Tuesday.",
    ]
    assert _speakers(article, "12 routes") == ["Aled Price"]


def test_a_role_stays_a_role_when_two_people_hold_it():
    article = [
        "Bus lanes will open on 12 routes in June, the minister said on Monday.",
        "Aled Price, the transport minister, and Nia Rowe, the housing minister, toured Kelby.",
    ]
    assert _speakers(article, "12 routes") != ["Aled Price"]


def test_the_ministry_official_is_the_office_holder_who_spoke_just_before():
    article = [
        "Deputy Secretary Ramon Dizon told reporters that the crossings handled 40,000 travellers in March.",
        "“We have kept every post open for ten years,” Dizon said.",
        "The ministry official assured the public that 300 extra guards were already in place.",
    ]
    assert _speakers(article, "300 extra guards") == ["Ramon Dizon"]


def test_the_groups_leader_is_the_leader_named_before():
    article = [
        "The leader of the banned Harbour League, HL, Obinna Eze has said the vote was rigged in 40 wards.",
        "The HL leader in a post on Sunday said the league had 9,000 members.",
    ]
    assert _speakers(article, "9,000 members") == ["Obinna Eze"]


# -- 2. a pronoun after a company ------------------------------------------------------------
def test_she_after_a_company_is_the_woman_named_before_it():
    article = [
        "Last month, resident Maria Mendes spoke at the meeting about guards who work at Harbour "
        "Freight for the night shift.",
        "She said the guards are paid $50 an hour to watch the yard.",
    ]
    assert _speakers(article, "$50 an hour") == ["Maria Mendes"]


# -- 3. the name span ------------------------------------------------------------------------
def test_denied_reports_claiming_is_the_senators_denial_not_the_reports():
    text = (
        "The Minister of Coastal Affairs, Senator Ada Bello, has denied reports claiming she asked "
        "for an inquiry into 12 state governors."
    )
    assert _speakers([text], "12 state governors") == ["Ada Bello"]


# -- 4. a person inside the object -----------------------------------------------------------
def test_the_subject_who_confirms_what_another_said_is_the_speaker():
    article = [
        "Prime Minister Tomas Lindqvist said on Friday the levy would raise 3 billion crowns.",
        "In a post on social media, Mara Okoye, president of the Harbour Workers Union, confirmed "
        "what Lindqvist said.",
    ]
    assert _speakers(article, "confirmed what") == ["Mara Okoye"]


# -- 5. a misspelt surname -------------------------------------------------------------------
def test_a_surname_misspelt_by_one_letter_is_the_one_person_it_is_close_to():
    article = [
        "Mara Okoye, president of the Harbour Workers Union, spoke on Friday.",
        "“I can confirm that the levy would raise 3 billion crowns,” Okoy wrote.",
    ]
    speaker, reason = _why("\n\n".join(article), "3 billion crowns")
    assert speaker == "Mara Okoye"
    assert "misspells" in reason


def test_a_short_surname_one_letter_off_is_not_guessed():
    article = [
        "Tom Lee, president of the Harbour Workers Union, spoke on Friday.",
        "“I can confirm that the levy would raise 3 billion crowns,” Ley wrote.",
    ]
    assert _speakers(article, "3 billion crowns") != ["Tom Lee"]


# -- 6. verbs and sources read as attribution ------------------------------------------------
def test_informed_the_council_that_reports_the_chiefs_claim():
    text = (
        "Police Chief Dan Moss informed the village council on Monday that he has asked the state "
        "bureau to review 14 complaints."
    )
    assert _speakers([text], "14 complaints") == ["Dan Moss"]


def test_has_repeatedly_suggested_and_lauded_are_claims_of_their_subject():
    article = [
        "Governor Lyle Hart has repeatedly suggested the port would be better off under state control.",
        "Minister Asha Rao spoke at the summit in Delhi.",
        "She also lauded the premier for doubling the rail budget to 40 billion rupees.",
    ]
    assert _speakers(article, "state control", "40 billion rupees") == ["Lyle Hart", "Asha Rao"]


def test_stating_after_another_verb_gives_the_subject():
    text = (
        "Last month, resident Tom Reyes addressed the board and other officials, stating he had seen "
        "officers ignore 30 warrants."
    )
    assert _speakers([text], "30 warrants") == ["Tom Reyes"]


def test_said_governor_between_commas_with_a_stray_space_is_the_governor():
    text = "Land grabbers, said Governor Ama Ruto , have stalled 200 housing projects in the county."
    assert _speakers([text], "200 housing projects") == ["Ama Ruto"]


def test_a_name_then_said_then_a_comma_is_not_an_inverted_attribution():
    text = (
        "The company's operations director, Paul Sefton, said it lost 92 million litres a day to "
        "leakage, down from 112 million in 2023."
    )
    assert _speakers([text], "92 million") == ["Paul Sefton"]


def test_as_the_survey_by_a_body_shows_is_the_bodys_finding():
    text = "And yet, as the survey by the Halden Policy Institute shows, 61% of residents back the new tax."
    assert _speakers([text], "61% of residents") == ["Halden Policy Institute"]


def test_as_the_poll_released_by_a_body_on_a_date_shows_is_the_bodys_finding():
    text = "And yet, as the poll released by the Aldric Institute on Nov. 21, 2025 shows, 58% back the plan."
    assert _speakers([text], "58% back") == ["Aldric Institute"]


# -- 7. pronouns and roles -------------------------------------------------------------------
def test_she_is_not_the_man_named_inside_the_clause_before():
    article = [
        "Union Minister of State for External Affairs Priya Raman said on Monday that India wants calm.",
        "Rebels seized the capital on Sunday after President Arun Mehta fled the country.",
        "Addressing a press conference, she said, “I thanked 40,000 voters for their support.”",
    ]
    assert _speakers(article, "40,000 voters") == ["Priya Raman"]


def test_a_portfolio_before_a_name_leaves_the_person_not_a_body():
    text = "India wants calm, Union Minister of State for External Affairs Priya Raman said on Monday."
    assert _speakers([text], "India wants calm") == ["Priya Raman"]


def test_said_the_citys_member_for_health_councillor_name_is_the_councillor():
    text = (
        "‘Addiction keeps 3,000 families in poverty,’ said the City’s Mayoral Committee Member for "
        "Health, Councillor Nadia Pillay."
    )
    assert _speakers([text], "3,000 families") == ["Nadia Pillay"]


def test_he_said_before_a_long_quote_is_the_man_who_spoke_not_the_man_only_named():
    article = [
        "Speaking from Lyon, Owen Garrick said both sides agreed that more must be done.",
        "The new border commander, Ian Fallon, joined the talks and will return next week, Mr Garrick said.",
        "He said: “The border police are doing a lot of work. But 4,000 crossings a month is too many.",
        "“If we close this route, no one will pay smugglers 3,000 euros.”",
    ]
    assert _speakers(article, "4,000 crossings", "3,000 euros") == ["Owen Garrick"] * 2


# -- 8. titles -------------------------------------------------------------------------------
LEDE = (
    "Floodwater closed 14 stations on the Harbour line on Wednesday, leaving 30,000 commuters "
    "stranded for most of the morning, the transit authority said."
)


def test_an_ad_label_and_its_slots_above_the_headline_are_not_the_title():
    clutter = "Sponsored Ad\n\nAd 1\nAd 2\nAd 3\n21.4 C\nMonday, 3 March 2026"
    page = f"{clutter}\n\nFlood shuts 14 stations on the Harbour line\n\n{LEDE}"
    assert extract(page).title == "Flood shuts 14 stations on the Harbour line"


def test_a_donation_appeal_above_the_headline_is_not_the_title():
    page = (
        "Advertisement\n\nWe need your help now\n\nSupport from readers like you keeps this site open.\n\n"
        "If you value our reporting, please contribute what you can.\n\n"
        f"Flood shuts 14 stations on the Harbour line\n\n{LEDE}"
    )
    assert extract(page).title == "Flood shuts 14 stations on the Harbour line"


def test_a_section_latest_news_line_is_the_title():
    headline = "Transport latest news: Harbour line to reopen within days, says minister after flood talks"
    assert extract(f"{headline}\n\n{LEDE}").title == headline


def test_an_aggregators_outlet_name_over_an_item_without_headline_is_not_the_title():
    assert extract(f"Harbour Times\n\n{LEDE}").title is None


def test_a_reposts_headline_printed_twice_above_its_lede_wins_over_the_previous_post():
    page = (
        "MAYOR'S MESSAGE TO THE FLOOD VOLUNTEERS. (PHOTO). #PRESS RELEASE.\n\n"
        "HARBOUR LINE TO REOPEN ON FRIDAY. (PHOTO). #PRESS RELEASE.\n\n"
        f"HARBOUR LINE TO REOPEN ON FRIDAY\n\n{LEDE}"
    )
    assert extract(page).title == "HARBOUR LINE TO REOPEN ON FRIDAY"


# -- 9. furniture ----------------------------------------------------------------------------
def test_a_related_articles_block_is_not_claims():
    page = (
        f"{LEDE}\n\nTop News\nRelated Articles More\nMayor opens new bridge; Says city will add 40 "
        "buses by May Over 2,000 cases cleared by harbour court: registrar\nPolice seize 3 tonnes of fish"
    )
    assert not [c for c in _claims(page) if "2,000 cases" in c or "40 buses" in c]


def test_another_storys_headline_between_paragraphs_is_not_glued_to_a_claim():
    page = (
        "Mayor Ines Kowal said on Friday the city would add 40 buses to the Harbour line by May.\n"
        "Council tax to rise 4% in April after budget vote\n"
        "In comments to reporters, Kowal said the buses would cost 12 million pounds over two years.\n"
        "She said the first ten would arrive in March, ahead of the summer timetable.\n"
    )
    claims = _claims(page)
    assert not [c for c in claims if "Council tax" in c]
    assert any(c.startswith("In comments to reporters") for c in claims)


def test_an_item_number_and_dateline_are_not_part_of_the_claim():
    page = f"1. PORT ALDRIC, Selwyn — {LEDE}"
    assert _claims(page)[0].startswith("Floodwater closed 14 stations")


def test_a_photo_caption_between_the_headline_and_a_stock_credit_is_not_a_claim():
    page = (
        "OPINION: Put the ferry back on the budget\n\n"
        "In Kelby, volunteer Jo Marsh said 300 residents signed a petition for the ferry.\n\n"
        "- 123RF Stock Photo\n\n"
        "Congratulations to the council on its new budget, which spends 40 million pounds on roads "
        "and nothing at all on the ferry that 2,000 people used every week."
    )
    assert not [c for c in _claims(page) if "300 residents" in c]
