"""Roles and descriptions: a role, an office or a description standing for the person the text
names for it, and when it speaks as the role. All text is invented."""

from tests.extraction.reading import attributed, speaker_of, speakers_of, why


def test_a_descriptor_intro_resolves_to_the_subject_not_the_last_name_on_the_page():
    raw = (
        "Vladimir Putin spoke at a summit.\n\n"
        "Putin was speaking when he asked the US to unite with President Bashar Al-Assad’s Syria. "
        "The Russian President said:\n\n“Simple common sense requires uniting efforts against the threat.”"
    )
    assert speaker_of(raw, "Simple common sense") == "Vladimir Putin"


def test_a_descriptor_matching_a_title_picks_the_titled_person():
    raw = (
        "Mayor Bill de Blasio and Governor Andrew Cuomo visited the site on Monday.\n\n"
        "“The bridge will reopen in May after the repairs,” the mayor said."
    )
    assert speaker_of(raw, "bridge will reopen") == "Bill de Blasio"


def test_an_indefinite_descriptor_is_someone_new_not_the_last_person_named():
    raw = (
        "Sen. Chuck Schumer said the process was unfair.\n\n"
        "“We are disappointed with the outcome today,” said a spokeswoman for the group."
    )
    assert speaker_of(raw, "disappointed") == "a spokeswoman"


def test_a_name_after_a_lowercase_role_is_the_speaker():
    raw = "Kremlin spokesman Dmitry Peskov said the sanctions were unlawful and would fail."
    assert attributed(raw)[0][1:] == ("Dmitry Peskov", False, True)


def test_the_regional_minister_is_the_one_whose_title_said_regional_not_the_last_minister_named():
    raw = (
        "The Ashanti Regional Minister, Simon Osei Mensah, has blamed Lands Minister Peter Amewu.\n\n"
        "“I never had any formal communication from the ministry,” the Regional Minister alleged."
    )
    assert speaker_of(raw, "formal communication") == "Simon Osei Mensah"


def test_its_chief_executive_is_the_holder_the_next_sentence_names():
    raw = (
        "Northway Ferries will cut 200 jobs, its chief executive said.\n\n"
        "The firm's chief executive, Dana Kerr, said bookings fell 15 per cent."
    )
    assert why(raw, "200 jobs") == (
        "Dana Kerr",
        "'its chief executive' -> the chief executive the next sentence names",
    )


def test_a_role_no_one_named_earlier_holds_speaks_as_the_role_not_as_the_candidate():
    raw = "Candidate Ivy Marsh won 1,200 votes, the county's returning officer announced."
    assert why(raw, "1,200 votes") == ("returning officer", "a role; no one named earlier holds it")


def test_the_role_alone_later_is_the_person_it_described():
    text = (
        "An inquiry into a ferry fire heard evidence.\n\n"
        "Counsel Priyanka Rajaratnam-Silva argued that the ferry had 2 working pumps.\n\n"
        "The counsel said the licence covered 300 passengers."
    )
    assert why(text, "300 passengers")[0] == "Priyanka Rajaratnam-Silva"


def test_the_person_a_description_names_rejects_and_says_not_the_last_speaker():
    text = (
        "Quota cut angers fishers.\n\n"
        "The forum's chairperson, Ruth Nangombe-Sass, said the survey had not been shared.\n\n"
        "The executive director of the fisheries ministry, Josef Amutenya-Kloss, rejected her account,"
        " saying the survey had been presented on 4 November.\n\n"
        "The hospital group that runs the clinic said 12 beds would open."
    )
    assert why(text, "4 November")[0] == "Josef Amutenya-Kloss"
    assert why(text, "12 beds")[0] == "hospital group"


def test_the_head_coach_is_the_person_titled_head_coach_in_the_middle_of_a_sentence():
    text = (
        "After the 2-0 loss, the visitors' head coach Aldo Ferreira said the hosts deserved to win.\n\n"
        "The head coach said his side had managed one shot on target."
    )
    assert speaker_of(text, "one shot on target") == "Aldo Ferreira"


def test_an_office_holder_named_in_the_aside_speaks_not_the_office():
    text = (
        "The Swansea East MS, Carys Pugh, who was there as a guest, warned that the cuts"
        " would close three day centres."
    )
    assert why(text, "three day centres")[0] == "Carys Pugh"


def test_a_person_described_then_named_in_the_aside_speaks():
    text = (
        "Volunteers from Tacloban drove relief goods to the interior.\n\n"
        "One of them, 19-year-old nursing student Paolo Mercado, said they had delivered 600 packs.\n\n"
        "Opposition leader in the council, Lakshmi Rao, disputed that, saying her ward had water"
        " twice a week."
    )
    assert why(text, "600 packs")[0] == "Paolo Mercado"
    assert why(text, "water twice a week")[0] == "Lakshmi Rao"


def test_the_former_minister_is_the_person_whose_former_office_the_lede_gave():
    article = [
        "Former Minister for Roads, Yaw Boateng Mensah, has revealed that 300 kilometres of road were "
        "paved last year.",
        "However, the former minister admitted that 40 bridges still needed repair.",
    ]
    assert speakers_of(article, "40 bridges") == ["Yaw Boateng Mensah"]


def test_the_head_of_state_is_the_president_named_before_and_does_not_take_later_pronouns():
    article = [
        "Nakuru MP Peter Kamau has urged President John Mwangi to cut the fuel levy.",
        "The Head of State announced in May that the levy would fall to Sh15 a litre.",
        '"The levy has risen three times since 2023," Kamau said.',
        '"Farmers pay Sh40 more per litre than traders in Uganda," he added.',
    ]
    assert speakers_of(article, "Sh15 a litre", "Farmers pay") == ["John Mwangi", "Peter Kamau"]


def test_its_campaign_manager_is_the_person_the_next_sentence_names_as_such():
    article = [
        'The party\'s slate for the council is "ready," according to its campaign manager, after a week '
        "of rows over the list.",
        '"We have 40 candidates in 12 wards," Quezon Rep. Danilo R. Ocampo, campaign manager of the slate,'
        " said.",
    ]
    assert speakers_of(article, "slate for the council") == ["Danilo R. Ocampo"]


def test_an_opinion_framed_for_a_named_senator_is_hers():
    article = [
        "For Senator Maricel Dizon-Uy, who chairs the audit committee, it should not be a question whether "
        "the 3.1 million pesos came from public funds."
    ]
    assert speakers_of(article, "3.1 million pesos") == ["Maricel Dizon-Uy"]


def test_the_minister_opening_a_clause_after_after_is_the_minister_named_in_the_sentence():
    article = [
        "Minister of Mines Lerato Khumalo has said that 12 mines will reopen this year.",
        'In May, Khumalo was called "careless" after the minister told miners to "wait" because the '
        "province produced 70 percent of the country's platinum.",
    ]
    assert speakers_of(article, "70 percent") == ["Lerato Khumalo"]


def test_a_ledes_role_is_the_person_who_speaks_in_the_next_sentence():
    article = [
        "Ferry fares across the Selwyn estuary will rise by 20% from May, the transport minister has said.",
        "Speaking in Port Aldric after talks with operators, Aled Price said the increase would pay "
        "for 14 new vessels by 2029.",
    ]
    assert speakers_of(article, "rise by 20%") == ["Aled Price"]
    assert "next sentence" in why("\n\n".join(article), "rise by 20%")[1]


def test_a_role_is_the_one_person_the_article_gives_it_even_after():
    article = [
        "Bus lanes will open on 12 routes in June, the transport minister said on Monday.",
        "Residents of Kelby said the lanes would cut their journeys by ten minutes.",
        "Aled Price, the transport minister, opened the first lane in Kelby on Tuesday.",
    ]
    assert speakers_of(article, "12 routes") == ["Aled Price"]


def test_a_role_stays_a_role_when_two_people_hold_it():
    article = [
        "Bus lanes will open on 12 routes in June, the minister said on Monday.",
        "Aled Price, the transport minister, and Nia Rowe, the housing minister, toured Kelby.",
    ]
    assert speakers_of(article, "12 routes") != ["Aled Price"]


def test_the_ministry_official_is_the_office_holder_who_spoke_just_before():
    article = [
        "Deputy Secretary Ramon Dizon told reporters that the crossings handled 40,000 travellers in March.",
        "“We have kept every post open for ten years,” Dizon said.",
        "The ministry official assured the public that 300 extra guards were already in place.",
    ]
    assert speakers_of(article, "300 extra guards") == ["Ramon Dizon"]


def test_the_groups_leader_is_the_leader_named_before():
    article = [
        "The leader of the banned Harbour League, HL, Obinna Eze has said the vote was rigged in 40 wards.",
        "The HL leader in a post on Sunday said the league had 9,000 members.",
    ]
    assert speakers_of(article, "9,000 members") == ["Obinna Eze"]


def test_said_governor_between_commas_with_a_stray_space_is_the_governor():
    text = "Land grabbers, said Governor Ama Ruto , have stalled 200 housing projects in the county."
    assert speakers_of([text], "200 housing projects") == ["Ama Ruto"]


def test_said_the_citys_member_for_health_councillor_name_is_the_councillor():
    text = (
        "‘Addiction keeps 3,000 families in poverty,’ said the City’s Mayoral Committee Member for "
        "Health, Councillor Nadia Pillay."
    )
    assert speakers_of([text], "3,000 families") == ["Nadia Pillay"]


def test_according_to_a_role_before_a_comma_is_the_role_or_the_person_named_next():
    text = (
        "Teachers strike.\n\n"
        "According to the district union president, 380 teachers stayed home.\n\n"
        "According to the regional union secretary, Ilse Marwick-Obi, 52 schools closed."
    )
    assert why(text, "380 teachers")[0] == "district union president"
    assert why(text, "52 schools")[0] == "Ilse Marwick-Obi"


def test_how_someone_spoke_between_their_description_and_the_verb_keeps_them():
    text = (
        "Costs double.\n\n"
        "Ines Vallory-Park, the council's head of planning, in her report to the panel said land"
        " prices accounted for £4 million of the rise."
    )
    assert why(text, "£4 million")[0] == "Ines Vallory-Park"


def test_a_politician_described_by_party_right_after_being_named_is_that_member():
    article = [
        "Gower constituency MS Idris Pennant raised the closure of the ward on Monday.",
        'The Welsh Labour politician said: "Forty beds have gone from Morriston since June."',
    ]
    assert speakers_of(article, "Forty beds") == ["Idris Pennant"]


def test_a_party_leader_speaking_first_is_the_councillor_the_next_sentence_says_made_the_remarks():
    article = [
        "The Green group's leader said bin collections had been cut to once a month in 14 villages.",
        "Councillor Rowan Tait made the remarks at a budget meeting in Perth on Tuesday.",
    ]
    assert speakers_of(article, "once a month") == ["Rowan Tait"]


def test_the_minister_after_a_second_minister_is_introduced_is_that_second_minister():
    article = [
        "Foreign Minister Bupe Kasonde said exports to Malawi rose 12 per cent.",
        "Minister of Health and Sanitation, Mwila Sakala, also spoke at the briefing.",
        "The minister stressed that 45 clinics had opened in Luapula since June.",
    ]
    assert speakers_of(article, "exports to Malawi", "45 clinics") == ["Bupe Kasonde", "Mwila Sakala"]


CASTELLANO_INTERVIEW = [
    "Castellano did not respond to the jokes. His press office told the Valley Gazette that the "
    "ministry had no reaction to the 40 percent figure.",
    "Castellano gave the interview in his ministry offices to Maria Oyarzun in March.",
    "“How much is inflation today?” she asked.",
    "“The official index shows 12.4 percent month after month,” the minister responded.",
    "Castellano then walks away, and an aide can be heard telling the reporter: “We never discuss the "
    "30 percent estimates.”",
]


def test_the_minister_answering_the_interviewer_is_the_one_who_runs_his_ministry_not_her():
    assert speakers_of(CASTELLANO_INTERVIEW, "12.4 percent") == ["Castellano"]


def test_the_governor_is_the_one_the_lede_calls_governor_not_the_candidate_named_since():
    article = [
        "The governor of Kwara state, Abdullahi Sani Lawal, has said governors are worried about prices.",
        "Speaking at a dinner for the state candidate, Mohammed Umaru Ndana, the governor said the party "
        "had raised 300 million naira.",
    ]
    assert speakers_of(article, "300 million") == ["Abdullahi Sani Lawal"]


def test_the_chief_minister_and_the_cm_are_the_chief_minister_not_the_prime_minister_named_since():
    article = [
        "Maharashtra Chief Minister Vikram Singh Rathore on Friday said support for Prime Minister "
        "Arvind Kale forced 26 parties together.",
        "The Chief Minister said 40,000 people gathered in Wardha.",
        '"They fear that scams worth 900 crore rupees will be exposed," said the CM.',
        '"Twelve rival parties are now friends," CM Rathore said.',
    ]
    assert speakers_of(article, "40,000 people", "900 crore", "Twelve rival") == ["Vikram Singh Rathore"] * 3
    assert "'the CM'" in why("\n\n".join(article), "900 crore")[1]


def test_an_aide_heard_in_the_second_clause_speaks_not_the_subject_of_the_first():
    assert speakers_of(CASTELLANO_INTERVIEW, "30 percent estimates") == ["an aide"]


def test_his_press_office_is_named_for_the_person_it_speaks_for():
    assert speakers_of(CASTELLANO_INTERVIEW, "no reaction") == ["Castellano's press office"]


def test_the_former_secretary_of_a_body_revealing_this_is_the_one_who_spoke_not_the_body():
    article = [
        "Okafor Chinedu, a senior member of the Northern Progress Party (NPP), has claimed that a "
        "governor hid 9 billion naira.",
        "During a radio show, the former National Secretary of the disbanded Alliance for Renewal, AFR, "
        "revealed this at 9 pm.",
    ]
    assert speakers_of(article, "9 pm") == ["Okafor Chinedu"]


def test_the_minister_is_the_one_whose_office_was_written_before_the_portfolio():
    article = [
        "Minister for Mines and Mineral Development, Chanda Mweemba says the mine will reopen in May.",
        "The remarks follow a speech by the Senior Minister, Bwalya Tembo, in Johannesburg.",
        "Speaking in Lusaka, the Minister for Mines and Mineral Development Chanda Mweemba said the "
        "licence was worth 600 million dollars.",
        "The Minister also refuted claims that the trial was stopped because of a railway contract.",
    ]
    assert speakers_of(article, "railway contract") == ["Chanda Mweemba"]


def test_one_described_expert_is_the_one_named_later_with_that_description():
    article = [
        "One health economist warns it could be harder to meet the 26-week target next year.",
        "Hospitals said 300 more staff were hired.",
        "“People will wait longer for surgery as well,” said health economist Niamh Costigan.",
    ]
    assert speakers_of(article, "26-week target") == ["Niamh Costigan"]
    assert "named later" in why("\n\n".join(article), "26-week target")[1]


def test_the_role_after_a_long_opening_phrase_with_no_comma_is_the_person_it_describes():
    article = [
        "The comment follows remarks by the Senior Minister, Bwalya Tembo, about the smuggler.",
        "Speaking at a town hall meeting in the United States the Senior Minister said, the smuggler "
        "would not recover 9 million dollars if jailed.",
    ]
    assert speakers_of(article, "9 million dollars") == ["Bwalya Tembo"]


def test_a_briefings_point_after_the_office_spoke_is_the_offices_until_the_paragraph_ends():
    briefing = [
        "The following is a near-verbatim transcript of today's noon briefing by Ilse Marrow, "
        "Spokesperson for the Director-General.",
        "Good afternoon. We have three items for you today.",
        "The Director-General today told the council that the plan costs $2.1 billion. He added "
        "that 300 posts will move south. This is the year to bring 40 offices closer to the field.",
        "Floods have closed 31 schools in the delta since Monday.",
    ]
    assert speakers_of(briefing, "40 offices", "31 schools") == ["Director-General", "Ilse Marrow"]


def test_a_spokesman_in_a_statement_without_a_closing_comma_still_speaks():
    text = (
        "Spokesman for the Command, Kelechi Amadi, in a statement on Friday said the post was "
        "false in its entirety."
    )
    assert speakers_of([text], "false in its entirety") == ["Kelechi Amadi"]


def test_the_official_who_spoke_anonymously_is_the_official_just_described():
    article = [
        "The strike entered its third week, said Ravi Menon, the spokesman for the Brightline workers union.",
        "A Brightline official said that management was ready to discuss the demands.",
        "The official, who spoke on condition of anonymity, said the company wanted to negotiate "
        "with 12 employee representatives directly.",
    ]
    assert speakers_of(article, "12 employee representatives") == ["a Brightline official"]


def test_a_couple_described_in_an_aside_speaks_as_the_couple():
    text = "The couple, from Ballybrack, said they had lost 9,000 euro on the deposit."
    assert why(text, "9,000 euro")[0] == "couple"


def test_a_court_report_gives_counsel_their_submissions_and_the_judge_her_findings():
    text = (
        "Quarry challenge fails.\n\n"
        "For the council, Declan Moriarty SC said the permission had 14 conditions.\n\n"
        "Ms Grainne Tobin SC submitted that dust levels had doubled since 2022.\n\n"
        "Ms Justice Sorcha Kilbride-Nolan found that the council had acted lawfully.\n\n"
        "The judge held that there was no duty to consult every household.\n\n"
        "She noted that the nearest school is 900 metres from the quarry."
    )
    assert why(text, "dust levels had doubled")[0] == "Grainne Tobin"
    assert why(text, "no duty to consult")[0] == "Sorcha Kilbride-Nolan"
    assert why(text, "nearest school")[0] == "Sorcha Kilbride-Nolan"


def test_someone_described_by_their_occupation_speaks_unnamed():
    text = (
        "Smog covered the city again.\n\n"
        "At a clinic in Shahdara, a pharmacist said he had run out of inhalers twice in a week.\n\n"
        "A shopkeeper said 30 customers a day asked for masks.\n\n"
        "A technician from the county weights and measures office said 14 stalls had faulty scales."
    )
    assert why(text, "inhalers") == ("a pharmacist", "described, not named")
    assert why(text, "30 customers")[0] == "a shopkeeper"
    assert why(text, "14 stalls")[0] == "a technician"  # not the office he works for
