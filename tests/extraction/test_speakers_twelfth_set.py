"""Speakers in the twelfth held-out set's layouts (issue #19): family-name prefixes and
honorifics, a body named for a place, someone described by their occupation, pronouns whose
gender the text gives in passing, and a place that only added jobs."""

from tests.extraction.test_speakers import _why


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
    assert _why(text, "40 jobs")[0] == "Padraig O Loinsigh"
    assert _why(text, "9 farmers")[0] == "Siobhan Ní Bhriain"
    assert _why(text, "5 roads")[0] == "Ciaran Mac Giolla Bhride"


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
    assert _why(text, "3 people died")[0] == "Yusuf Garba-Tanko"
    assert _why(text, "1 in 5 bags")[0] == "Kwadwo Ofori-Mensah"
    assert _why(text, "40 canoes")[0] == "Kofi Agbeko-Mensah"
    assert _why(text, "12 markets")[0] == "Adeyemi Oladipo-Ajayi"
    assert _why(text, "Prices have doubled")[0] == "Kwadwo Ofori-Mensah"
    # never named in full: a person by the honorific, as "Mr Roe" is, not a body called "Chief Okonkwo-Eze"
    assert _why(text, "50 farmers")[0] == "Okonkwo-Eze"
    assert _why(text, "55 roads")[0] == "Okonkwo-Udeh"


def test_a_place_after_of_opens_the_rest_of_a_bodys_name():
    text = (
        "Waiting lists were discussed.\n\n"
        "Heart of England Patients Together said 1 in 5 of its members had an operation cancelled.\n\n"
        "President of Kenya William Ruto-Kamau said 300 clinics would open."
    )
    assert _why(text, "1 in 5 of its members") == (
        "Heart of England Patients Together",
        "organisation or group named in the same sentence",
    )
    assert _why(text, "300 clinics")[0] == "William Ruto-Kamau"


def test_a_cooperative_speaks_as_a_body():
    text = (
        "The typhoon left the province dark.\n\n"
        "The provincial electric cooperative said 82 percent of its customers were without power."
    )
    assert _why(text, "82 percent")[0] == "provincial electric cooperative"


def test_someone_described_by_their_occupation_speaks_unnamed():
    text = (
        "Smog covered the city again.\n\n"
        "At a clinic in Shahdara, a pharmacist said he had run out of inhalers twice in a week.\n\n"
        "A shopkeeper said 30 customers a day asked for masks.\n\n"
        "A technician from the county weights and measures office said 14 stalls had faulty scales."
    )
    assert _why(text, "inhalers") == ("a pharmacist", "described, not named")
    assert _why(text, "30 customers")[0] == "a shopkeeper"
    assert _why(text, "14 stalls")[0] == "a technician"  # not the office he works for


def test_she_passes_over_a_man_the_text_has_called_he():
    text = (
        "The trial resumed on Monday.\n\n"
        "Zandile Mabaso-Roux told the court she had been told to backdate a report.\n\n"
        "She spoke softly and often paused.\n\n"
        "Defence counsel Johan Venter-Mahlangu put it to her that she had never complained. "
        "He asked why she had waited three years.\n\n"
        "She replied that she had reported the matter to the audit unit in 2022."
    )
    assert _why(text, "audit unit") == ("Zandile Mabaso-Roux", "pronoun -> nearest preceding female person")


def test_said_she_tells_the_speakers_gender_for_a_later_quote():
    text = (
        "Rice prices are climbing.\n\n"
        "Ramon Dizon-Uy, who sells rice near the entrance, said his sales had dropped by half. "
        "Teresita Galvez-Mercado, shopping beside him, said she now buys rice by the kilo.\n\n"
        "“A sack of 25 kilos costs me 1,450 pesos now,” she said."
    )
    assert _why(text, "1,450 pesos") == (
        "Teresita Galvez-Mercado",
        "pronoun -> nearest preceding female person",
    )


def test_a_place_that_added_jobs_said_nothing():
    text = (
        "The jobs figures were published on Friday.\n\n"
        "Saskatchewan added 14,300 jobs in the past twelve months.\n\n"
        "The minister, Dana Roe-Whitby, added that 2,000 of them were in mining."
    )
    assert _why(text, "14,300 jobs")[0] is None
    assert _why(text, "2,000 of them")[0] == "Dana Roe-Whitby"


def test_someone_described_in_a_place_speaks_not_the_place():
    text = (
        "Staff are leaving care work.\n\n"
        "A care home manager in Newport said she had lost six staff since the summer.\n\n"
        "A mother in Likoni told us she walked to 3 clinics on Monday.\n\n"
        "Nobody disputes that the sector needs 400 more inspectors."
    )
    assert _why(text, "six staff") == ("a care home manager", "described, not named")
    assert _why(text, "3 clinics")[0] == "a mother"
    assert _why(text, "400 more inspectors")[0] is None


def test_a_body_of_the_place_is_one_name():
    text = (
        "Diamond cutters are closing.\n\n"
        "Economist Tebogo Mmusi of the University of the Kalahari said 3 factories had closed.\n\n"
        "The Department of the Environment said 40 permits were issued.\n\n"
        "Officials of the Mine Workers Union said 12 shafts were flooded."
    )
    assert _why(text, "3 factories")[0] == "Tebogo Mmusi"
    assert _why(text, "40 permits")[0] == "Department of the Environment"
    assert _why(text, "12 shafts")[0] == "officials"
