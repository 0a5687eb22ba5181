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
