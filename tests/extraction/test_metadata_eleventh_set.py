"""Metadata (issue #19, the eleventh set's layouts): a "Story by" byline, a release carried by
a wire ("News provided by X"), the body issuing a page. All text is invented."""

from claims.extraction.metadata import issuing_body, read_byline
from claims.extraction.pipeline import extract, extract_html


def test_a_story_by_byline_names_the_author():
    assert read_byline("Story by Mele Kauvaka-Toa")[0] == "Mele Kauvaka-Toa"
    page = (
        "<html><body><article><h1>Harbour crane breaks down for a second time</h1>"
        '<p class="byline">Story by Mele Kauvaka-Toa</p>'
        "<p>The port's only container crane has been out of service for nine days, the port authority said on"
        " Tuesday, and 14 ships are waiting to unload.</p></article></body></html>"
    )
    assert extract_html(page).author == "Mele Kauvaka-Toa"


def test_the_wire_that_carried_a_release_is_its_outlet():
    text = "\n\n".join(
        [
            "Harrowgate Mills Ltd. Reports Record Flour Sales",
            "News provided by LakeWire",
            "TORONTO, May 4, 2026 /LakeWire/ - Harrowgate Mills Ltd. (the “Company”) today announced record"
            " flour sales of 820,000 tonnes in fiscal 2026.",
            "For further information: Media Relations, Harrowgate Mills Ltd., media@harrowgate.example",
        ]
    )
    assert extract(text).outlet == "LakeWire"


def test_the_issuing_body_of_a_release_or_a_notice():
    release = "Harrowgate Mills Ltd. (TSXV: HGM) (“Harrowgate” or “the Company”) today announced ..."
    assert issuing_body(release, None) == ("Harrowgate Mills Ltd.", False)
    signed = "Flour sales rose.\n\nSOURCE Harrowgate Mills Ltd."
    assert issuing_body(signed, None) == ("Harrowgate Mills Ltd.", False)
    recorded = "The Office of Child Health has recorded 212 cases."
    notice = f"Notice No. HN/2026/7\n\nIssued: 4 May 2026\n\n{recorded}"
    assert issuing_body(notice, "Office of Child Health") == ("Office of Child Health", True)
    assert issuing_body(recorded, "Office of Child Health") is None  # no notice's furniture


STORY = "The port's only crane has been out of service for nine days, the port authority said on Tuesday."


def test_an_outlet_before_the_byline_on_one_line():
    article = extract(
        f"Crane breaks down again\n\nHarbourCheck | By Mele Kauvaka-Toa | 3 May 2026\n\n{STORY}"
    )
    assert (article.author, article.outlet) == ("Mele Kauvaka-Toa", "HarbourCheck")


def test_a_copyright_line_in_the_footer_names_the_outlet():
    footer = "Follow us on Facebook for updates. Copyright 2026 Tonga Harbour Times."
    assert extract(f"Crane breaks down again\n\nBy Mele Kauvaka-Toa\n\n{STORY}\n\n{footer}").outlet == (
        "Tonga Harbour Times"
    )
    footer = "Tonga Harbour Times (c) 2026"
    assert extract(f"Crane breaks down again\n\nBy Mele Kauvaka-Toa\n\n{STORY}\n\n{footer}").outlet == (
        "Tonga Harbour Times"
    )
