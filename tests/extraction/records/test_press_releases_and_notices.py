"""Press releases and official notices: the body issuing them, the issuer's own voice, and the
legal and contact lines that are furniture. All text is invented."""

import datetime as dt

from claims.extraction.metadata import issuing_body
from claims.extraction.pipeline import ISSUING_BODY, analyse, extract


def test_a_media_contact_line_is_furniture():
    from claims.extraction.boilerplate import CONTACT, classify_sentence

    assert classify_sentence("Media enquiries: Press Office, 020 0000 0000 (weekdays)") == CONTACT
    assert classify_sentence("Press inquiries: Jane Roe, communications lead") == CONTACT
    assert classify_sentence("Media coverage of the strike has grown since May.") is None


RELEASE = "\n\n".join(
    [
        "Harrowgate Mills Ltd. Reports Record Flour Sales",
        "News provided by LakeWire",
        "TORONTO, ON, May 4, 2026 /LakeWire/ - Harrowgate Mills Ltd. (TSXV: HGM) (“Harrowgate” or “the"
        " Company”) today announced record flour sales of 820,000 tonnes in fiscal 2026.",
        "Highlights:",
        "- Revenue of $410 million, up from $362 million.",
        "- The Company opened a third mill in Brandon.",
        "Ontario bakeries used 14% more flour in 2025 than in 2024.",
        "Harrowgate employs 260 people.",
        "SOURCE Harrowgate Mills Ltd.",
    ]
)


def _speaker(raw: str, fragment: str) -> str | None:
    return next(c.speaker for c in analyse(raw).claims if fragment in c.text)


def test_a_release_speaks_of_itself_in_the_issuers_voice():
    claim = next(c for c in analyse(RELEASE).claims if "Revenue of $410 million" in c.text)
    assert (claim.speaker, claim.speaker_reason) == ("Harrowgate Mills Ltd.", ISSUING_BODY)
    assert _speaker(RELEASE, "opened a third mill") == "Harrowgate Mills Ltd."
    assert _speaker(RELEASE, "employs 260 people") == "Harrowgate Mills Ltd."


def test_a_releases_background_is_not_put_in_the_issuers_mouth():
    assert _speaker(RELEASE, "Ontario bakeries") is None


NOTICE = "\n\n".join(
    [
        "Health notice: Measles cases rise in the capital",
        "Notice No. HN/2026/7",
        "Issued: 4 May 2026",
        "The Office of Child Health has recorded 212 measles cases since March.",
        "Nine in ten cases were in children who had not been vaccinated.",
    ]
)


def test_an_official_notice_speaks_in_its_publishers_voice():
    from claims.extraction.pipeline import _in_issuers_voice

    extraction = analyse(NOTICE)
    assert _speaker(NOTICE, "Nine in ten") is None  # no publisher known from the text alone
    claims = _in_issuers_voice(extraction.claims, extraction.text, "Office of Child Health")
    assert next(c.speaker for c in claims if c.text.startswith("Nine in ten")) == "Office of Child Health"
    claims = _in_issuers_voice(extraction.claims, extraction.text, "Capital Daily")  # not named in it
    assert next(c.speaker for c in claims if c.text.startswith("Nine in ten")) is None


def test_a_releases_legal_notices_are_furniture():
    from claims.extraction.boilerplate import PRESS_RELEASE, classify_sentence

    notice = "The Company undertakes no obligation to update forward-looking statements."
    assert classify_sentence(notice) == PRESS_RELEASE
    assert classify_sentence("Actual results could differ materially.") == PRESS_RELEASE
    assert classify_sentence("Results for the year differed from the forecast by 4%.") is None


def test_the_issuing_body_of_a_release_or_a_notice():
    release = "Harrowgate Mills Ltd. (TSXV: HGM) (“Harrowgate” or “the Company”) today announced ..."
    assert issuing_body(release, None) == ("Harrowgate Mills Ltd.", False)
    signed = "Flour sales rose.\n\nSOURCE Harrowgate Mills Ltd."
    assert issuing_body(signed, None) == ("Harrowgate Mills Ltd.", False)
    recorded = "The Office of Child Health has recorded 212 cases."
    notice = f"Notice No. HN/2026/7\n\nIssued: 4 May 2026\n\n{recorded}"
    assert issuing_body(notice, "Office of Child Health") == ("Office of Child Health", True)
    assert issuing_body(recorded, "Office of Child Health") is None  # no notice's furniture


def test_a_press_release_is_issued_by_the_company_its_about_section_names():
    release = "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Tasman Ferries orders two electric boats",
            "Auckland, 4 May 2026 - Tasman Ferries Limited today announced two electric ferries.",
            "The boats will carry 300 passengers each.",
            "About Tasman Ferries Limited",
            "Tasman Ferries Limited runs 12 routes across the Hauraki Gulf.",
        ]
    )
    found = extract(release)
    assert (found.outlet, found.published) == ("Tasman Ferries Limited", dt.date(2026, 5, 4))


def test_a_release_naming_itself_only_in_its_about_heading_speaks_its_own_sentences():
    release = "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            "Kestrel Wind Power Limited commissions its 120 MW wind farm",
            "Lagos, 2 December 2026 - Kestrel Wind Power Limited today announced the commissioning of its"
            " wind farm at Epe.",
            "The farm will supply 410 gigawatt-hours a year to the national grid under a 20-year agreement.",
            "About Kestrel Wind Power Limited",
            "Kestrel Wind Power Limited develops and operates wind farms in West Africa.",
        ]
    )
    assert issuing_body(release, None) == ("Kestrel Wind Power Limited", False)
    claims = {c.text: c for c in extract(release).claims}
    supply = claims[
        "The farm will supply 410 gigawatt-hours a year to the national grid under a 20-year agreement."
    ]
    assert (supply.speaker, supply.speaker_reason) == ("Kestrel Wind Power Limited", ISSUING_BODY)
    assert issuing_body(release.replace("FOR IMMEDIATE RELEASE\n\n", ""), None) is None  # a story about it
