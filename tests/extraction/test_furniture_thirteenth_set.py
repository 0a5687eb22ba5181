"""Page furniture of the thirteenth set's kinds (issue #19): a standfirst under the
headline on a page whose byline sits in the markup or under the date line. All text is
invented."""

from claims.extraction.pipeline import analyse, extract_html

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
