"""Standfirsts and subheads: a summary under the headline or above a section is not a claim, a
short paragraph with a claim of its own is. All text is invented."""

from claims.extraction.pipeline import analyse, extract, extract_html
from tests.extraction.pages import KUMASI_HEADLINE, KUMASI_LEDE, KUMASI_SECOND
from tests.extraction.reading import distinct_claims_in_order


def test_a_lede_above_a_byline_stays_a_claim():
    raw = "Fares rose by 9 per cent in May, the board said.\n\nBy Orla Kinsella\n\nRiders protested."
    assert analyse(raw).title is None


def test_an_unterminated_line_between_headline_and_byline_is_the_standfirst():
    raw = "\n\n".join(
        [
            "Record 90 patients wait in corridors at Eastfield hospital",
            "Union figures show corridor care at its highest level since counting began",
            "By Ama Roe",
            "Some 90 patients were waiting in corridors at Eastfield Hospital on Monday, the union said.",
        ]
    )
    skipped = {s.text: s.reason for s in analyse(raw).skipped}
    assert skipped["Union figures show corridor care at its highest level since counting began"] == "heading"
    assert any(c.text.startswith("Some 90 patients") for c in analyse(raw).claims)


def test_a_one_sentence_subhead_summing_up_the_section_below_it_is_not_a_claim():
    subhead = "The previous government left 34 irrigation projects unfinished."
    before = (
        "The war of words in the state assembly continued on Tuesday, and Minister Ramesh Kashyap"
        " replied to the charges made by the opposition while speaking in the House."
    )
    after = (
        "In reply, Minister Kashyap said that 34 irrigation projects were left unfinished by the previous"
        " government during its five-year tenure and 1,200 crore rupees was spent on them."
    )
    claims = distinct_claims_in_order(extract(f"{before}\n\n{subhead}\n\n{after}"))
    assert subhead not in claims
    assert any("1,200 crore rupees" in text for text in claims)


def test_a_short_paragraph_with_a_new_claim_between_paragraphs_stays_a_claim():
    line = "Waiting times fell to 41 days in March."
    before, after = (
        "The hospital board met on Tuesday to review the figures for the first quarter, which it"
        " published on its website the same afternoon.",
        "The board said the new theatre at the county hospital had carried out 1,900 operations since"
        " it opened in January, against a target of 1,500.",
    )
    assert line in distinct_claims_in_order(extract(f"{before}\n\n{line}\n\n{after}"))


def test_a_standfirst_the_lede_retells_is_not_a_claim():
    standfirst = "Kumasi gets 120 new buses from June, Adjei said, promising 40,000 riders a day"
    page = f"{KUMASI_HEADLINE}\n\n{standfirst}\n\n{KUMASI_LEDE}\n\n{KUMASI_SECOND}"
    assert distinct_claims_in_order(extract(page)) == [KUMASI_LEDE, KUMASI_SECOND]


PAGE = """<html><head><title>Harbour rail: fewer breakdowns in 2026</title></head><body>
<article>
<p class="section">Transport</p>
<h1>Harbour rail: fewer breakdowns in 2026</h1>
<p class="byline">Tomasina Reyes-Okafor</p>
<p class="date">Updated Nov 4, 2026, 09:15 AM</p>
<p class="standfirst">Operator says the last of the old trains will be retired by 2029</p>
<p>Breakdowns on the Harbour line fell to 14 in the first ten months of 2026, against 31 a year
earlier, the operator said on Tuesday.</p>
<p>The line carries about 90,000 passengers on a weekday.</p>
</article></body></html>"""


def test_a_standfirst_under_the_date_line_of_a_page_is_not_a_claim():
    extraction = extract_html(PAGE)
    texts = [c.text for c in extraction.claims]
    assert not any("retired by 2029" in t for t in texts)
    assert any(t.startswith("Breakdowns on the Harbour line fell to 14") for t in texts)


def test_a_standfirst_under_a_pasted_byline_and_date_is_not_a_claim():
    raw = "\n\n".join(
        [
            "Ferry fares frozen for a third year",
            "By Lionel Achterberg",
            "Published 2 March 2026",
            "Islanders welcome the freeze but say sailings are still cancelled too often",
            "Fares on the Kestrel Isles ferry will stay at 6.40 pounds for a third year, the council said.",
        ]
    )
    extraction = analyse(raw)
    assert not any("sailings are still cancelled" in c.text for c in extraction.claims)
    assert any(c.text.startswith("Fares on the Kestrel Isles ferry") for c in extraction.claims)
