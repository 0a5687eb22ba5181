"""Interviewers relaying others' words (issue #19, the twelfth set's transcripts): a figure a
lobby group gives that the guest is asked to confirm, residents and a listener telling the
programme, the guest's own side wanting something. None is a claim of the page; an
authority's words put with an open question still are. All text is invented."""

from claims.extraction.pipeline import analyse
from claims.extraction.transcripts import put_to_guest

RADIO = "\n\n".join(
    [
        "Transcript: Bus cuts in Harrowfield - who decided?",
        "Valley Talk FM | The Drive Home",
        "Host Ingrid Solberg-Maas speaks to Tomas Achterberg-Lyle, chief executive of Harrowfield Buses.",
        "SOLBERG-MAAS: Tomas, welcome. Commuters in the north have told us the 7.10 has not run for a week."
        " What is happening?",
        "ACHTERBERG-LYLE: We are short of 23 drivers, and 11 routes have been cut back since October.",
        "SOLBERG-MAAS: The Passenger Forum says the cuts will cost riders 6 pounds a week. Is that right?",
        "ACHTERBERG-LYLE: No. Our fares have not risen since April.",
        "SOLBERG-MAAS: We have a message from Joan in Eastfield. She says she waited 70 minutes on Monday."
        " Tomas?",
        "ACHTERBERG-LYLE: Joan, I am sorry. We are hiring 30 drivers by March.",
        "SOLBERG-MAAS: Some of your own drivers want the depot reopened. And the council says it will pay"
        " for two new routes. Does that change anything?",
        "ACHTERBERG-LYLE: It helps. The depot closed in 2024 because it lost 2 million pounds a year.",
    ]
)


def _claims(raw: str) -> list[str]:
    return [c.text for c in analyse(raw).claims]


def test_a_figure_the_guest_is_asked_to_confirm_or_deny_is_not_the_interviewers_claim():
    assert not any("Passenger Forum" in c for c in _claims(RADIO))
    assert put_to_guest("Federated Growers say it will cost 40,000 dollars.", after=" Is that right?")
    assert put_to_guest("Critics say the ward is unsafe.", after=" Do you accept that?")
    assert not put_to_guest("Critics say the ward is unsafe.", after=" Why did it close?")


def test_people_telling_the_programme_and_a_listeners_message_are_not_claims():
    claims = _claims(RADIO)
    assert not any("have told us" in c for c in claims)
    assert not any("waited 70 minutes" in c for c in claims)
    assert put_to_guest("He says he is paying more than ever.", before="We have a message from Sipho.")
    assert not put_to_guest("He says he is paying more than ever.", before="Minister, welcome.")
    assert put_to_guest("Tenants in Limerick tell us they fear the next renewal.")


def test_the_guests_own_side_wanting_something_is_put_to_the_guest():
    assert not any("your own drivers" in c for c in _claims(RADIO))
    assert put_to_guest("Some of your own backbenchers want the targets scrapped altogether.")


def test_an_authoritys_words_put_with_an_open_question_and_the_guests_figures_stay_claims():
    claims = _claims(RADIO)
    assert any("council says it will pay for two new routes" in c for c in claims)
    assert any("23 drivers" in c for c in claims)
    assert any("2 million pounds a year" in c for c in claims)
