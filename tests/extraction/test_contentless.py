"""A bare reaction or a quote's lead-in says who, not what: kept as a claim, never queued."""

import pytest

from claims.extraction import extract
from claims.extraction.contentless import nothing_concrete, says_nothing_checkable


def _always_high(sentences, contexts):
    return [0.9 for _ in sentences]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sen. Ray Ortiz disagreed.",
        "However, the dockers' union faulted the figures.",
        "The club's owner rejected the claim.",
        "But the ministry denied it.",
    ],
)
def test_a_bare_reaction_is_kept_but_not_queued(sentence):
    result = extract(f"The port handled 2 million containers last year.\n\n{sentence}", scorer=_always_high)
    assert [c.check_worthy for c in sorted(result.claims, key=lambda c: c.start)] == [True, False]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry denied cutting the budget.",
        "The union disputed the figures, saying 40 percent of staff had left.",
        "The council rejected the plan by 12 votes to 9.",
    ],
)
def test_a_reaction_that_says_what_or_gives_a_figure_stays_checkable(sentence):
    assert not says_nothing_checkable(sentence)


def test_a_lead_in_without_a_figure_is_the_quotes_context_not_a_queued_claim():
    text = (
        "In a letter to tenants, the landlord, Ada Roe, wrote:\n\n"
        "“Rents have risen by 4 percent a year since 2020.”"
    )
    lead_in, quote = _in_order(text)
    assert (lead_in.check_worthy, quote.check_worthy) == (False, True)
    assert quote.lead_in == lead_in.text


def _in_order(text):
    return sorted(extract(text, scorer=_always_high).claims, key=lambda c: c.start)


@pytest.mark.parametrize(
    "sentence",
    [
        "The water company did not respond to a request for comment.",
        "It was not possible to verify the reports independently.",
        "The board is expected to meet again next month.",
        "No date has been set for the hearing.",
        "The next hearing is due to begin on March 3.",
        "Residents have been advised to boil their water.",
        "The government has not said how it will pay for the cut.",
        "The next decision is due on December 10.",
        "The agency said it would publish its own results next month.",
        "The mayor has promised to review the scheme.",
        "A company spokeswoman declined to say which sites would be affected.",
        "The charity did not say how many families it had interviewed.",
        "The airline welcomed the ruling and will set out its plans in the coming weeks.",
        "The minister disclosed this in Abuja on Thursday at the launch of the programme.",
        "Vosk was speaking at a conference in Leeds.",
        "The exchange came during a hearing of the finance committee.",
        "Ms Grant, you promised free buses.",
        "Minister, farmers say the relief has not arrived.",
    ],
)
def test_the_reportings_own_procedure_and_stated_intentions_are_not_queued(sentence):
    assert says_nothing_checkable(sentence)


def test_an_interviewers_premise_with_a_figure_stays_checkable():
    assert not says_nothing_checkable("Commissioner, knife crime in the city rose by a quarter last year.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was 6-3.",
        "The vote was nine to two.",
        "Their vote was unanimous.",
        "The vote came after a four-hour debate on Monday evening, watched by about 80 parents.",
        "The meeting took place after two days of talks.",
    ],
)
def test_a_votes_tally_or_its_scene_on_their_own_are_not_queued(sentence):
    assert says_nothing_checkable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote was 6-3, and 240 teachers will lose their jobs.",
        "The vote came after rents rose 30 per cent in a year.",
        "The vote came after a four-hour debate in which the mayor said 1,100 homes were empty.",
    ],
)
def test_a_vote_sentence_with_a_claim_of_its_own_stays_checkable(sentence):
    assert not says_nothing_checkable(sentence)


def test_a_figure_other_than_a_date_keeps_a_procedural_sentence_in_play():
    assert not says_nothing_checkable("The board is expected to meet after losing 40 million pounds.")
    assert not says_nothing_checkable("The minister said it would cost 3 billion pounds.")
    assert not says_nothing_checkable("The union said the cut would be the deepest in a decade.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing room was packed with reporters.",
        "Confidence is not a plan.",
        "It was a long night.",
        "Queues formed at the ticket office on Tuesday evening.",
    ],
)
def test_a_sentence_with_no_figure_comparison_or_name_is_kept_but_not_queued(sentence):
    result = extract(f"The port handled 2 million containers last year.\n\n{sentence}", scorer=_always_high)
    assert [c.check_worthy for c in sorted(result.claims, key=lambda c: c.start)] == [True, False]


def test_a_named_speakers_claim_without_a_figure_is_still_queued():
    text = "Water minister Ada Roe said the reservoir was safe.\n\n“The water is clean,” Roe said."
    assert all(c.check_worthy for c in extract(text, scorer=_always_high).claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the nurses went abroad.",
        "The pay abroad is twice what we offer.",
        "The revised estimates were the same as the budget estimates.",
        "Waiting lists in Vellmoor are falling.",
        "The mine has denied polluting the river since 2019.",
    ],
)
def test_a_figure_a_comparison_or_a_name_makes_a_sentence_concrete(sentence):
    assert not nothing_concrete(sentence)


def test_what_the_rules_hold_back_ranks_below_every_sentence_they_let_through():
    text = "The port handled 2 million containers last year.\n\nThe hearing room was packed with reporters."
    by_start = _in_order(text)
    scores = {by_start[0].text: 0.5, by_start[1].text: 0.9}
    result = extract(text, scorer=lambda sentences, _: [scores[s] for s in sentences])
    assert [c.text[:8] for c in result.claims] == ["The port", "The hear"]


def test_a_question_whose_only_figure_is_a_date_is_not_queued():
    text = "Q: How many officers have you lost since 2020?\n\nA: We have lost 640 officers."
    question, answer = _in_order(text)
    assert (question.check_worthy, answer.check_worthy) == (False, True)


def test_a_sentence_opening_with_a_name_the_article_uses_elsewhere_names_something():
    from claims.extraction.contentless import names_mid_sentence, nothing_concrete

    article = (
        "Anyone who has driven through Kampala knows the feeling. The rains came early. Those of The Review."
    )
    names = names_mid_sentence(article)
    assert "Kampala" in names and "The" not in names
    assert not nothing_concrete("Kampala has not had a substantive city engineer since March.", names)
    assert nothing_concrete(
        "Kampala has not had a substantive city engineer since March."
    )  # not named elsewhere
    assert nothing_concrete("The rains have been heavy this year.", names)
    editorial = f"{article}\n\nKampala has not had a substantive city engineer since March."
    engineer = next(c for c in extract(editorial, scorer=_always_high).claims if "engineer" in c.text)
    assert engineer.check_worthy


def _queued_after_a_fact(sentence: str) -> bool:
    """Whether `sentence` is queued after a checkable one, every sentence scoring high."""
    result = extract(f"The port handled 2 million containers last year.\n\n{sentence}", scorer=_always_high)
    first, second = sorted(result.claims, key=lambda c: c.start)
    return first.check_worthy and second.check_worthy


def test_a_comparison_by_degree_or_something_not_done_is_queued_like_any_checkable_sentence():
    assert _queued_after_a_fact("Children who skip breakfast are at higher risk of falling behind.")
    assert _queued_after_a_fact("The harbour board has not published any survey of the silt.")
    assert _queued_after_a_fact("Because the toll has not been raised since the bridge opened.")


def test_a_demand_is_not_yet_a_fact_and_is_not_queued():
    assert not _queued_after_a_fact("The Kestrel Ratepayers' Association has called for an audit.")
    assert not _queued_after_a_fact("Its chairwoman, Odette Brannigan, urged the council to reopen the pool.")
    assert not _queued_after_a_fact("Councillors called on Mayor Ines Farrow to publish the contract.")


def test_a_demand_with_a_figure_or_inside_someones_claim_stays_checkable():
    assert not says_nothing_checkable("The union has called for pay to rise by 9 per cent.")
    assert not says_nothing_checkable("Officers had urged residents to leave, Ms Roe said, but 40 stayed.")
    assert not says_nothing_checkable("Mr Roe said inspectors had demanded 5,000 shillings from each trader.")
    who = "Harlan Voss, who has called for the plant to close, said it leaked 3 tonnes of ammonia."
    assert not says_nothing_checkable(who)


def test_a_promise_an_added_intention_or_a_forecast_without_a_figure_is_not_queued():
    plans = (
        "After the count, she promised to reopen the Tarrow Street clinic.",
        "He added that he would summon the Velmont Water board in June.",
        "The Kellerby bypass is expected to open next spring.",
    )
    assert [_queued_after_a_fact(plan) for plan in plans] == [False, False, False]
    # with a figure, or promised to someone, it stays checkable
    assert not says_nothing_checkable("The Kellerby bypass is expected to carry 18,000 vehicles a day.")
    assert not says_nothing_checkable("A sea wall promised to Avoch will not be finished until 2029.")


def test_that_someone_also_testified_says_who_spoke_not_what_and_is_not_queued():
    assert not _queued_after_a_fact("Dr Imogen Castellane, who runs the Delta Survey, also testified.")
    assert not says_nothing_checkable("She testified that 40 homes had flooded twice since 2019.")


def test_setting_up_a_row_and_how_someone_answered_are_never_queued():
    for sentence in [
        "Ms Roe and Mr Doe have clashed over school funding several times since 2024.",
        "Sen. Jane Roe, who chairs the committee, disputed that.",
        "The analyst said he doubted it.",
        "The commissioner responded in a long post on her official page late on Wednesday.",
        "The utility did not respond to that claim.",
        "We asked the ports authority for comment before the show.",
        "The motion to defer was put to the vote and was lost (2 for, 3 against).",
        "Ms Priya Roe asked the Minister for Transport (a) how many buses were idle.",
        "The Chair introduced the report of the Director of Housing.",
        "Five facts about this year's floods, from the agency's report.",
    ]:
        assert says_nothing_checkable(sentence), sentence


def test_what_someone_answered_stays_checkable():
    for sentence in [
        "She replied in a letter that the fund had run out.",
        "The utility said it had replaced 4,000 lead pipes since 2020.",
        "Mr Roe said he had raised the issue in Parliament in August.",
        "The regulator disputed the figures, saying leaks had fallen by 12 per cent.",
    ]:
        assert not says_nothing_checkable(sentence), sentence
