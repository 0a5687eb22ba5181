"""Names and their short forms: what stays in a name (initials, prefixes, middle and given
names, nicknames) and which full name a surname, a short form or a misspelling stands for.
All text is invented."""

from claims.extraction.sentences import split_sentences
from tests.extraction.reading import speaker_of, speakers_of, why


def test_a_name_written_family_name_first_is_its_own_short_form():
    text = (
        "Mr Tan Wei Ming, 61, who sells kaya toast in Tampines, said his rent had risen by 40 per cent.\n\n"
        '"If it rises again, I will have to close by March," Mr Tan said.'
    )
    assert why(text, "close by March")[0] == "Tan Wei Ming"


def test_an_adviser_named_by_surname_is_the_adviser_named_in_full():
    text = (
        "Guests: provincial energy adviser Farooq Saleem Awan and Dr Lena Morcos.\n\n"
        "Adviser Awan said 900 kilns had been closed."
    )
    assert why(text, "900 kilns")[0] == "Farooq Saleem Awan"


def test_a_name_without_its_middle_name_is_the_person_named_in_full():
    text = (
        "Guests: Hamid Rauf Siddiqui of the opposition, and the minister.\n\n"
        "Hamid Siddiqui said 72 buses had been bought.\n\n"
        "SIDDIQUI: Only 12 of them are running today."
    )
    assert why(text, "72 buses")[0] == "Hamid Rauf Siddiqui"


def test_mr_and_the_family_name_after_a_given_name_is_the_person_named_in_full():
    text = (
        "The operator's chief executive, Mr Daniel Tan Wei Ming, spoke on Monday.\n\n"
        "Mr Tan said 12 new trains would run on the line by 2028."
    )
    assert why(text, "12 new trains")[0] == "Daniel Tan Wei Ming"


def test_a_nickname_in_quotes_stays_part_of_the_full_name():
    text = (
        "Farmers protest rice imports.\n\n"
        "Sen. Ernesto “Nesto” Dimaculangan warned that 9,000 farms could close.\n\n"
        "He said prices had fallen by 20 per cent.\n\n"
        "Dimaculangan said imports had doubled since 2023."
    )
    for fragment in ("9,000 farms", "20 per cent", "had doubled"):
        assert why(text, fragment)[0] == "Ernesto “Nesto” Dimaculangan"


def test_a_coach_shortened_to_coach_and_surname_is_the_full_name():
    text = (
        "Coach Ines Valbuena praised her defenders.\n\n"
        "Coach Valbuena stated, \u201cWe have kept six clean sheets in a row.\u201d\n\n"
        "The Spanish coach also said her side had won 14 of its last 16 games."
    )
    assert speaker_of(text, "six clean sheets") == "Ines Valbuena"
    assert speaker_of(text, "14 of its last 16") == "Ines Valbuena"


def test_a_surname_then_who_said_is_the_person_named_in_full_earlier():
    text = (
        "Returning officer Wanjiku Otieno said 412 forms had been counted.\n\n"
        "The claims were rejected by Otieno, who said every form had been signed by all the agents."
    )
    assert why(text, "signed by all the agents")[0] == "Wanjiku Otieno"


def test_mr_and_hon_before_a_two_word_surname_are_the_person_named_in_full_earlier():
    article = [
        "Former Minister for Roads, Yaw Boateng Mensah, has revealed that 300 kilometres of road were "
        "paved last year.",
        "Mr. Boateng Mensah said the contracts cost 2 billion cedis.",
        "Meanwhile, the Minister for Energy, Hon Abdul Rahman Iddrisu has forecasted that power cuts "
        "will end by June.",
        "At a briefing, Hon Rahman Iddrisu said the grid added 400 megawatts in March.",
    ]
    assert speakers_of(article, "2 billion cedis", "power cuts", "400 megawatts") == [
        "Yaw Boateng Mensah",
        "Abdul Rahman Iddrisu",
        "Abdul Rahman Iddrisu",
    ]


def test_a_surname_misspelt_by_one_letter_is_the_one_person_it_is_close_to():
    article = [
        "Mara Okoye, president of the Harbour Workers Union, spoke on Friday.",
        "“I can confirm that the levy would raise 3 billion crowns,” Okoy wrote.",
    ]
    speaker, reason = why("\n\n".join(article), "3 billion crowns")
    assert speaker == "Mara Okoye"
    assert "misspells" in reason


def test_a_short_surname_one_letter_off_is_not_guessed():
    article = [
        "Tom Lee, president of the Harbour Workers Union, spoke on Friday.",
        "“I can confirm that the levy would raise 3 billion crowns,” Ley wrote.",
    ]
    assert speakers_of(article, "3 billion crowns") != ["Tom Lee"]


def test_a_councillor_whose_surname_is_a_title_word_is_the_person_named_in_full():
    text = (
        "The council met.\n\n"
        "Councilor Rosa King chaired the meeting.\n\n"
        "Councilor King said the city had hired 35 drivers."
    )
    assert why(text, "35 drivers")[0] == "Rosa King"


def test_initials_opening_a_name_stay_in_it_and_an_office_in_capitals_does_not():
    article = [
        "The deputy chief minister of the state, RK Singh Deol, stated that the Centre gave 12 crore rupees.",
        "State police spokesperson SP Olamide Ige said 14 people had been arrested.",
    ]
    assert speakers_of(article, "12 crore", "14 people") == ["RK Singh Deol", "Olamide Ige"]


def test_two_capitals_between_a_given_name_and_a_surname_are_initials():
    article = [
        "Labour Education Minister Alan JD Fraser said: “Spending on special schools rose by 14 per cent.”"
    ]
    assert speakers_of(article, "14 per cent") == ["Alan JD Fraser"]


def test_an_abbreviated_given_name_stays_with_the_name():
    found = why("Mayor Ma. Cristina Bautista said 3,200 families had been evacuated.", "3,200 families")
    assert found[0] == "Ma. Cristina Bautista"


def test_a_surname_ending_a_sentence_is_not_taken_for_an_abbreviated_given_name():
    text = "The deal was signed by Jack Ma. Teresa Cruz said 40 stores would open."
    assert why(text, "40 stores")[0] == "Teresa Cruz"


def test_a_given_name_before_a_full_name_stays_in_it():
    assert why("Peter Lim Boon Keat said the line cost 12 billion dollars.", "12 billion")[0] == (
        "Peter Lim Boon Keat"
    )


def test_a_name_opening_with_a_lower_case_prefix_keeps_it():
    raw = "Work on the taxi rank has stopped after 14 months, eThekwini Municipality said on Tuesday."
    assert why(raw, "14 months")[0] == "eThekwini Municipality"


def test_a_chiefly_title_and_a_given_name_stand_for_the_person_named_in_full():
    text = (
        "Cassava growers want a new packing shed.\n\n"
        "The Minister for Agriculture, Ratu Tevita Naivalu, said the shed would open in April.\n\n"
        "Ratu Tevita said 140 growers had signed up to supply it."
    )
    assert why(text, "open in April")[0] == "Tevita Naivalu"
    assert why(text, "140 growers")[0] == "Tevita Naivalu"


def test_haji_inside_a_name_is_a_middle_name_not_a_title():
    text = (
        "In the old town, the markets were quiet this week.\n\n"
        "The port's harbour master, Capt Rehema Haji Salim, defended the new fees. "
        "She said the fees had raised $2 million since June."
    )
    assert why(text, "$2 million")[0] == "Rehema Haji Salim"


def test_a_given_name_that_is_also_a_country_stays_in_the_name():
    text = "Water Minister Georgia Lindqvist said 14 dams were below a third full."
    assert why(text, "14 dams")[0] == "Georgia Lindqvist"


def test_a_surname_is_completed_from_the_one_full_name_in_a_line_above_the_body():
    text = (
        "Judgment summary: Anglers lose appeal over river weir\n\n"
        "Court of Appeal, Mr Justice Ruairi Fennelly-Orme\n\n"
        "The anglers had argued that the weir blocked salmon runs on 14 kilometres of river.\n\n"
        "Mr Justice Fennelly-Orme found that the weir had a fish pass approved in 2019. "
        "He noted that salmon counts had risen by 8 per cent since then."
    )
    assert why(text, "fish pass")[0] == "Ruairi Fennelly-Orme"
    assert why(text, "8 per cent")[0] == "Ruairi Fennelly-Orme"


def test_a_surname_is_not_completed_from_the_writers_byline():
    text = "By Tomas Okoro\n\nThe vote was close.\n\nOkoro said 41 councillors had voted for the plan."
    assert why(text, "41 councillors")[0] == "Okoro"


def test_an_irish_family_name_prefix_stays_with_the_surname():
    text = (
        "Councillors debated the greenway.\n\n"
        "Cllr Padraig O Loinsigh said the greenway had 210,000 users last year.\n\n"
        "O Loinsigh said 40 jobs depended on it.\n\n"
        "Siobhan Ní Bhriain said 12 farms would lose land.\n\n"
        "Ní Bhriain said 9 farmers had objected.\n\n"
        "Ciaran Mac Giolla Bhride said 3 bridges were needed.\n\n"
        "Mac Giolla Bhride said 5 roads would close."
    )
    assert why(text, "40 jobs")[0] == "Padraig O Loinsigh"
    assert why(text, "9 farmers")[0] == "Siobhan Ní Bhriain"
    assert why(text, "5 roads")[0] == "Ciaran Mac Giolla Bhride"


def test_an_abbreviated_police_rank_stays_with_the_name_after_it():
    text = "An incident report filed by Greensboro police Cpl. KR Johnson says he was held down."
    assert split_sentences(text, 0, len(text)) == [(0, len(text))]
