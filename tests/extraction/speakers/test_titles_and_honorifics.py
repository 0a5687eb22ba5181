"""Titles and honorifics: an honorific, a title, an office, a portfolio, an occupation or a tag
written next to a name is not part of it. All text is invented."""

from tests.extraction.reading import attributions, speaker_of, speakers_of, why


def test_a_long_title_before_a_name_is_a_role_not_part_of_the_name():
    raw = (
        "Senate Majority Leader Mitch McConnell called the vote historic. "
        "“It took us 18 months to get here,” he said."
    )
    assert speaker_of(raw, "18 months") == "Mitch McConnell"


def test_a_minister_of_a_portfolio_is_named_without_the_portfolio_and_outranks_a_committee():
    raw = (
        "Minister of Information Jamal Jarrah announced that said committee “has finalized the draft,"
        " and there will be a meeting at 2:00 pm tomorrow to approve it.”"
    )
    assert speaker_of(raw, "finalized the draft") == "Jamal Jarrah"


def test_honourable_members_keep_their_title_in_the_sentence_and_their_name_as_speaker():
    found = attributions(
        "The Rt. Hon. Kofi Mensah said the toll booths raised 3 million cedis in a month.\n\n"
        "Hon. Ama Owusu, the member for Ablekuma, said none of it was spent on roads."
    )
    assert [(text[:16], who.speaker) for text, who in found] == [
        ("The Rt. Hon. Kof", "Kofi Mensah"),
        ("Hon. Ama Owusu, ", "Ama Owusu"),
    ]


def test_a_ministers_portfolio_between_title_and_name_is_not_part_of_the_name():
    raw = "The Minister for Home Affairs Peter Dutton said the test would rise to 65 points."
    assert speaker_of(raw, "65 points") == "Peter Dutton"


def test_a_police_title_is_not_part_of_the_interviewees_name():
    raw = (
        "Interview: Chief Constable Mirela Odhiambo on the force's budget\n\n"
        "Q: Has burglary fallen?\n\n"
        "A: Yes. Burglary is down 27 percent since 2023.\n\n"
        "Q: And response times?\n\n"
        "A: Eleven minutes in towns, down from 17."
    )
    assert why(raw, "down 27 percent")[0] == "Mirela Odhiambo"


def test_a_malaysian_honorific_is_not_part_of_the_name():
    text = (
        "Rubber smallholders want a bigger replanting grant.\n\n"
        "Datuk Rosnah Ismail, who heads the Perak growers' council, said 2,300 of its members had"
        " stopped tapping this year.\n\n"
        "Tan Sri Farid Osman, the council's patron, said prices had fallen by 18 per cent since March."
    )
    assert why(text, "2,300 of its members")[0] == "Rosnah Ismail"
    assert why(text, "fallen by 18 per cent")[0] == "Farid Osman"


def test_an_office_written_before_the_name_is_not_part_of_the_name():
    text = (
        "Supervisor Marta Quintero said the county had opened 12 new shelters since June.\n\n"
        "Leader of the Opposition Arvind Kale said 40 schools still had no toilets.\n\n"
        "Inverness North MSP Callum Baird said the ferry had been cancelled 61 times this year."
    )
    assert why(text, "12 new shelters")[0] == "Marta Quintero"
    assert why(text, "40 schools")[0] == "Arvind Kale"
    assert why(text, "cancelled 61 times")[0] == "Callum Baird"


def test_what_someone_does_before_the_name_is_not_part_of_the_name():
    text = (
        "The council debated a rental licence fee.\n\n"
        "Landlord Oskar Brandvold told councillors the fee would add $30 a month to rents.\n\n"
        "Striker Kwesi Owusu-Tetteh said he had scored in six straight games.\n\n"
        "Examiner Marisol Ybanez-Cruz testified that 40 containers were never opened.\n\n"
        "Counsel Priyanka Rajaratnam-Silva argued that the permit covered 3 routes."
    )
    assert why(text, "$30 a month")[0] == "Oskar Brandvold"
    assert why(text, "six straight games")[0] == "Kwesi Owusu-Tetteh"
    assert why(text, "40 containers")[0] == "Marisol Ybanez-Cruz"
    assert why(text, "3 routes")[0] == "Priyanka Rajaratnam-Silva"


def test_the_level_of_an_office_opening_a_sentence_is_not_a_speaker():
    text = (
        "A report on the drought was published.\n\n"
        "Regional governor Tobias Ndjavera said 7,200 households had received food parcels."
    )
    assert why(text, "7,200 households")[0] == "Tobias Ndjavera"


def test_an_office_after_a_place_is_not_part_of_the_name_and_the_coroner_is_its_holder():
    text = (
        "An inquest heard evidence.\n\n"
        "Kent Assistant Coroner Miriam Oduya-Hart recorded a conclusion of accidental death.\n\n"
        "The council's head of roads, Fiona Beckett-Lyle, said in written evidence that 6 crashes had"
        " happened there.\n\n"
        "The coroner said she would write to the council.\n\n"
        "She said the junction remained dangerous after 3 warnings.\n\n"
        "Local TD Aoife Brannigan-Kerr raised the case in the Dail.\n\n"
        "She told the House that the hospital had 410 beds."
    )
    assert why(text, "3 warnings")[0] == "Miriam Oduya-Hart"
    assert why(text, "410 beds")[0] == "Aoife Brannigan-Kerr"


def test_a_numbered_seat_before_a_name_is_where_the_person_sits_not_a_body():
    text = (
        "Chief Tendai Moyo said 200 families were still waiting for land.\n\n"
        "Ward 7 councillor Farai Chikwanha voted against the budget and said rates had risen 9 per cent.\n\n"
        "Ward 7 councillor Farai Chikwanha disputed the agency's figure. He said only two boreholes worked."
    )
    assert why(text, "risen 9 per cent")[0] == "Farai Chikwanha"
    assert why(text, "only two boreholes")[0] == "Farai Chikwanha"


def test_a_capitalised_occupation_before_a_name_is_no_part_of_it():
    text = (
        "Headteacher Imogen Hartley said her school had advertised for a chemistry teacher five times.\n\n"
        "Grower Tomas Reyes said he would leave 150 of his 500 acres unplanted."
    )
    assert why(text, "five times")[0] == "Imogen Hartley"
    assert why(text, "150 of his 500 acres")[0] == "Tomas Reyes"


def test_a_hard_wrapped_line_ending_on_a_party_name_does_not_make_the_party_a_person():
    page = (
        "Kisumu East MP Otieno Waweru has blasted Jamhuri Mpya MPs for failing to back the budget cut.\n"
        "Speaking on a breakfast show, Waweru claimed that Jamhuri\n"
        "Mpya MPs had voted to add Sh2.1 billion to the allowances of\n"
        "county officers, despite the Treasury asking for cuts.\n"
        "The politician argued that the allowances had doubled since 2022 while clinics\n"
        "went without drugs for four months.\n"
        '"Twelve clinics in Siaya closed in March because the money went to allowances," he\n'
        "added.\n"
    )
    assert (
        speakers_of([page], "Sh2.1 billion", "doubled since 2022", "Twelve clinics", "failing to back")
        == ["Otieno Waweru"] * 4
    )


def test_councilman_and_tanaiste_are_titles_not_part_of_the_name():
    article = [
        "Dayton Councilman Lee Parrish has asked about the budget.",
        "Councilman Parrish said the city left 40 firefighter posts unfilled in 2025.",
        "Tánaiste Nuala Brennan told the Dáil that 900 new homes were finished in May.",
    ]
    assert speakers_of(article, "40 firefighter", "900 new homes") == ["Lee Parrish", "Nuala Brennan"]


def test_a_portfolio_before_a_name_leaves_the_person_not_a_body():
    text = "India wants calm, Union Minister of State for External Affairs Priya Raman said on Monday."
    assert speakers_of([text], "India wants calm") == ["Priya Raman"]


def test_a_day_or_a_month_beside_a_name_is_not_part_of_it():
    text = (
        "Clinics to open.\n\n"
        "Health Minister Dana Orwell-Price Tuesday said 80 clinics would open.\n\n"
        "On Monday Kwame Osei-Bonsu said 40 nurses had been hired.\n\n"
        "Opposition MP Abena Serwaa-Kyei November figures showed 5 clinics closed, she said."
    )
    assert why(text, "80 clinics")[0] == "Dana Orwell-Price"
    assert why(text, "40 nurses")[0] == "Kwame Osei-Bonsu"


def test_the_ms_after_another_person_spoke_is_the_member_titled_ms_not_a_body():
    article = [
        "Arfon constituency MS Nia Gwilym asked about bus routes in the chamber.",
        "Transport Minister Huw Blethyn said 12 routes had been saved since April.",
        "The MS said 30 villages had lost their only bus since 2023.",
    ]
    assert speakers_of(article, "12 routes", "30 villages") == ["Huw Blethyn", "Nia Gwilym"]


def test_a_country_after_the_office_is_not_part_of_the_presidents_name():
    article = [
        "The President of Zambia Mutale Bwalya said on Monday that maize exports rose 30 per cent.",
        "She said 4,000 farmers had been paid late.",
    ]
    assert speakers_of(article, "maize exports", "4,000 farmers") == ["Mutale Bwalya"] * 2


def test_initials_of_a_party_in_brackets_close_an_aside_about_the_speaker():
    article = [
        "Okafor Chinedu, a senior member of the Northern Progress Party (NPP), has claimed that a "
        "governor hid 9 billion naira."
    ]
    assert speakers_of(article, "9 billion") == ["Okafor Chinedu"]


def test_a_capitals_dateline_and_a_party_leader_described_by_its_initials():
    article = [
        "CUTTACK: Assam Chief Minister Rohan Baruah, the star campaigner of the BJP in the state, has hit "
        "out at the government for hiding 400 crore rupees.",
        "In an interview, the BJP leader, when asked about the charges, said 12 scams were unheard of.",
    ]
    assert speakers_of(article, "400 crore", "12 scams") == ["Rohan Baruah"] * 2


def test_a_portfolio_of_two_parts_before_the_name_is_no_part_of_the_name():
    article = [
        "Speaking in Lusaka on Monday, the Minister for Mines and Mineral Development Chanda Mweemba said:",
        "“No official protected the smuggler, and 14 tonnes of copper were seized.”",
    ]
    assert speakers_of(article, "14 tonnes") == ["Chanda Mweemba"]


def test_a_title_after_the_name_and_a_comma_is_the_persons_not_a_body():
    article = [
        "Fiona Reid, Scottish Green Shadow Education Minister said: “The list doubled to 830 children.",
        "“I do not understand why 420 more children wait now than in August.”",
    ]
    assert speakers_of(article, "830 children", "420 more children") == ["Fiona Reid", "Fiona Reid"]


DESCRIBED = (
    "Engineer Lim Boon Keat said the boring machines advanced eight metres a day.\n\n"
    "State police spokesperson SP Olamide Ige said 14 people had been arrested since Saturday.\n\n"
    "Pensioner Valerie Hick, 78, said she had been a patient there since 1981."
)


def test_a_description_before_a_full_name_is_not_part_of_the_name():
    assert why(DESCRIBED, "eight metres")[0] == "Lim Boon Keat"
    assert why(DESCRIBED, "14 people")[0] == "Olamide Ige"
    assert why(DESCRIBED, "since 1981")[0] == "Valerie Hick"


def test_a_hausa_title_for_a_woman_is_not_part_of_her_name():
    text = (
        "Traders count the cost of a flood.\n\n"
        "The state commissioner for markets, Hajiya Amina Bala Dutse, said 90 stalls had been lost.\n\n"
        "Hajiya Amina Bala Dutse said a relief fund would open next week."
    )
    assert why(text, "90 stalls")[0] == "Amina Bala Dutse"
    assert why(text, "relief fund")[0] == "Amina Bala Dutse"


def test_a_party_and_district_tag_after_a_lawmaker_is_not_the_speaker():
    text = (
        "Lawmakers debate a fuel tax.\n\n"
        "The bill's author, Rep. Corinne Maddox, R-Ogden, told the committee that drivers pay $410 a year"
        " in fuel tax.\n\n"
        "Sen. Harlan Tolliver, D-Provo, said the bill would cost $90 million."
    )
    assert why(text, "$410 a year")[0] == "Corinne Maddox"
    assert why(text, "$90 million")[0] == "Harlan Tolliver"


def test_an_honorific_from_malta_fiji_tanzania_or_zimbabwe_is_not_part_of_the_name():
    text = (
        "The quarry was inspected on Monday.\n\n"
        "The engineer in charge, Perit Marco Zerafa, said 14 trucks left the site each day.\n\n"
        "Cde Rumbidzai Moyo said 9 boreholes had dried up.\n\n"
        "Mzee Hamisi Mfinanga said he had planted 300 trees since 2019.\n\n"
        "Adi Mereani Tuilau said 70 families had lost their crops.\n\n"
        "Adi Sharma said 11 buses had been cancelled."
    )
    assert why(text, "14 trucks")[0] == "Marco Zerafa"
    assert why(text, "9 boreholes")[0] == "Rumbidzai Moyo"
    assert why(text, "300 trees")[0] == "Hamisi Mfinanga"
    assert why(text, "70 families")[0] == "Mereani Tuilau"
    # a given name, not the Fijian title, when only one name follows
    assert why(text, "11 buses")[0] == "Adi Sharma"


def test_a_portfolio_or_an_office_in_capitals_before_a_name_is_not_part_of_it():
    text = (
        "Tariffs were on the agenda.\n\n"
        "Deputy Minister of Water Supply Nirosha Bandara-Silva said 40 schemes were behind schedule.\n\n"
        "The Minister for Roads and Highways Kojo Asante-Boateng said 18 bridges needed repair.\n\n"
        "Opposition MPA Farrukh Javed said 25 factories were still burning tyres."
    )
    assert why(text, "40 schemes")[0] == "Nirosha Bandara-Silva"
    assert why(text, "18 bridges")[0] == "Kojo Asante-Boateng"
    assert why(text, "25 factories")[0] == "Farrukh Javed"


def test_an_administrator_title_is_not_part_of_the_name():
    text = "County Administrator Rosa Villanueva advised that overtime cost $2.4 million last year."
    assert why(text, "$2.4 million")[0] == "Rosa Villanueva"


def test_an_honorific_before_a_name_is_not_part_of_the_name():
    text = (
        "The boreholes were opened on Saturday.\n\n"
        "Mallam Yusuf Garba-Tanko said 3 people died on the road last year.\n\n"
        "Nana Kwadwo Ofori-Mensah said 1 in 5 bags left the country.\n\n"
        "Togbe Kofi Agbeko-Mensah said 40 canoes had been lost.\n\n"
        "Oba Adeyemi Oladipo-Ajayi said 12 markets had reopened.\n\n"
        "“Prices have doubled,” Nana Ofori-Mensah said.\n\n"
        "Chief Okonkwo-Eze said 50 farmers were paid. Igwe Okonkwo-Udeh said 55 roads were graded."
    )
    assert why(text, "3 people died")[0] == "Yusuf Garba-Tanko"
    assert why(text, "1 in 5 bags")[0] == "Kwadwo Ofori-Mensah"
    assert why(text, "40 canoes")[0] == "Kofi Agbeko-Mensah"
    assert why(text, "12 markets")[0] == "Adeyemi Oladipo-Ajayi"
    assert why(text, "Prices have doubled")[0] == "Kwadwo Ofori-Mensah"
    # never named in full: a person by the honorific, as "Mr Roe" is, not a body called "Chief Okonkwo-Eze"
    assert why(text, "50 farmers")[0] == "Okonkwo-Eze"
    assert why(text, "55 roads")[0] == "Okonkwo-Udeh"
