import json

import pytest

from claims.extraction import SCHEMA, analyse, extract, extract_html, score_claims

ARTICLE = (
    "Big Headline Here\n\n"
    "Unemployment fell to 3.5 percent last year, the lowest rate since 1969.\n\n"
    "“We think the economy will keep growing,” said Jane Roe, the finance minister.\n\n"
    "Advertisement\n\n"
    "Is this the end of the boom?"
)


def _by_length(sentences, contexts):
    return [min(1.0, len(s) / 100) for s in sentences]


def test_the_dry_run_document_has_a_stable_shape():
    document = extract(ARTICLE, scorer=_by_length, threshold=0.5).to_json_dict()
    assert list(document) == [
        "schema",
        "article",
        "scoring",
        "counts",
        "claims",
        "skipped",
        "paragraphs",
        "text",
    ]
    assert document["schema"] == SCHEMA
    assert list(document["article"]) == ["title", "author", "outlet", "published", "url", "content_hash"]
    assert list(document["claims"][0]) == [
        "priority",
        "text",
        "speaker",
        "speaker_reason",
        "lead_in",
        "is_quote",
        "is_reported",
        "score",
        "check_worthy",
        "start",
        "end",
        "paragraph_index",
    ]
    assert list(document["skipped"][0]) == ["text", "reason", "start", "end", "paragraph_index"]
    json.dumps(document)  # serialisable as is


def test_claims_are_ranked_by_score_with_priority_one_first():
    result = extract(ARTICLE, scorer=_by_length, threshold=0.5)
    assert [c.priority for c in result.claims] == list(range(1, len(result.claims) + 1))
    assert [c.score for c in result.claims] == sorted((c.score for c in result.claims), reverse=True)


def test_claims_at_or_above_the_threshold_are_check_worthy_and_the_rest_are_kept():
    result = extract(ARTICLE, scorer=_by_length, threshold=0.5)
    assert {c.check_worthy for c in result.claims} == {True, False}
    assert all(c.check_worthy == (c.score >= 0.5 and not c.text.endswith("?")) for c in result.claims)
    assert result.queued == [c for c in result.claims if c.check_worthy]


def test_the_articles_own_narration_needs_a_higher_score_than_a_claim_someone_made():
    # the quote (0.80) and the narration (0.70) both pass 0.6; narration needs 0.6 + 0.18
    queued = [c.text[:12] for c in extract(ARTICLE, scorer=_by_length, threshold=0.6).queued]
    assert queued == ["“We think th"]


def test_narration_without_a_figure_needs_a_higher_score_than_narration_with_one():
    text = (
        "The hearing went on until late in the evening, with people standing at the back.\n\n"
        "Waiting lists grew by 40 percent in the two years to March, to a total of 7.4 million."
    )
    result = extract(text, scorer=lambda sentences, _: [0.7] * len(sentences), threshold=0.3)
    assert [c.text[:7] for c in result.queued] == ["Waiting"]


@pytest.mark.parametrize(
    "repeat",
    [
        "Storm leaves 310,000 homes without power. ",  # the headline again, opening the body
        "Storm leaves 310,000 homes without power (Photo Agency/Jo Bloggs)\n\n",  # a caption with its credit
        "Storm now leaves 310,000 homes without power.\n\nBy Jo Bloggs\n\n",  # reworded, above the byline
    ],
)
def test_a_headline_repeated_in_the_body_or_a_caption_is_skipped_not_queued(repeat):
    text = f"Storm leaves 310,000 homes without power\n\n{repeat}More than 310,000 homes lost power, it said."
    result = extract(text, scorer=_by_length, threshold=0.1)
    assert [c.text[:9] for c in result.claims] == ["More than"]
    assert [s.reason for s in result.skipped if s.reason != "byline"] == ["title", "repeated_headline"]


def test_a_dateline_glued_to_the_first_sentence_is_cut_off_the_claim():
    text = "LONDON, March 3 (Wirewatch) - Rail fares will rise by 4.6 percent in March, the government said."
    result = extract(text, scorer=_by_length, threshold=0.1)
    assert result.claims[0].text.startswith("Rail fares will rise")
    assert [(s.text, s.reason) for s in result.skipped] == [("LONDON, March 3 (Wirewatch) -", "dateline")]


def test_the_scorer_gets_quote_and_speaker_context():
    seen = []

    def scorer(sentences, contexts):
        seen.extend(contexts)
        return [0.5] * len(sentences)

    extract(ARTICLE, scorer=scorer, threshold=0.5)
    assert {"is_quote": True, "speaker": "Jane Roe"} in seen


def test_a_question_is_kept_but_never_queued_however_high_it_scores_unless_it_asserts_a_figure():
    text = "Is that really what the minister wants us to believe?\n\nWhy is unemployment at 3.5 percent?"
    result = extract(text, scorer=_by_length, threshold=0.1)
    # the question scores higher (it is longer) but ranks below what may be queued
    assert [(c.text[:6], c.check_worthy) for c in result.claims] == [("Why is", True), ("Is tha", False)]


@pytest.mark.parametrize(
    "question",
    [
        "Is this really the best a county of 900,000 people can manage?",  # yes/no, however many figures
        "“When the price fell to 6 dollars a sack, did anyone in the capital help?” she asked.",
    ],
)
def test_a_rhetorical_question_is_never_queued_even_with_a_figure_in_it(question):
    text = f"Bus fares will rise by 12 percent in April, the operator said.\n\n{question}"
    result = extract(text, scorer=_by_length, threshold=0.1)
    assert [c.text[:8] for c in result.queued] == ["Bus fare"]


def test_a_question_whose_closing_clause_states_a_figure_is_scored():
    text = "Is a tax cut the priority when 3 million people are waiting for surgery?"
    assert extract(text, scorer=_by_length, threshold=0.1).queued


def test_a_scorer_returning_the_wrong_number_of_scores_is_an_error():
    with pytest.raises(ValueError, match="scores for"):
        extract(ARTICLE, scorer=lambda s, c: [0.1], threshold=0.5)


def test_analyse_leaves_claims_unscored_in_reading_order():
    result = analyse(ARTICLE)
    assert [c.start for c in result.claims] == sorted(c.start for c in result.claims)
    assert {c.priority for c in result.claims} == {0}
    assert score_claims(result, scorer=_by_length, threshold=0.5).claims[0].priority == 1


def test_skipped_text_keeps_its_reason_and_offsets():
    result = extract(ARTICLE, scorer=_by_length, threshold=0.5)
    assert [(s.text, s.reason) for s in result.skipped] == [
        ("Big Headline Here", "title"),
        ("Advertisement", "advertisement"),
    ]
    assert all(result.text[s.start : s.end] == s.text for s in result.skipped)


def test_the_default_scorer_is_used_when_none_is_given():
    result = extract(ARTICLE)
    assert result.scorer and result.threshold is not None
    assert all(0.0 <= c.score <= 1.0 for c in result.claims)


def test_html_metadata_wins_over_what_the_text_suggests():
    html = (
        "<html><head><title>Jobs</title><meta name='author' content='Jane Roe'></head><body><article>"
        "<h1>Jobs</h1><p>Unemployment fell to 3.5 percent last year, the lowest rate since 1969, "
        "officials said on Friday in Washington.</p><p>Follow John Smith on Twitter</p>"
        "</article></body></html>"
    )
    result = extract_html(html, url="https://news.example/jobs", scorer=_by_length, threshold=0.5)
    assert (result.title, result.author, result.url) == ("Jobs", "Jane Roe", "https://news.example/jobs")
    assert any("3.5 percent" in c.text for c in result.claims)


def test_reextracting_the_stored_text_gives_the_same_offsets():
    first = extract(ARTICLE, scorer=_by_length, threshold=0.5)
    again = extract(first.text, scorer=_by_length, threshold=0.5)
    assert again.text == first.text
    assert [(c.start, c.end) for c in again.claims] == [(c.start, c.end) for c in first.claims]


SEED_PAGE = """<html><head><title>Putin urges West to join fight | Breitbart</title>
<meta property="og:site_name" content="Breitbart"><meta name="author" content="Sarkis Zeronian"></head><body>
<header><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></header>
<article><h1>Putin Urges EU And US To Join Russia And Syria Fighting Islamic State</h1>
<figure><img src="p.jpg" alt="Putin Assad Getty">
<figcaption>SERGEI KARPUKHIN/AFP/Getty Images</figcaption></figure>
<p>Vladimir Putin has issued a “common sense” call to the West to join Russia and Syria in a united front.</p>
<div class="ad">Advertisement</div>
<p>Putin was speaking at a security summit in Tajikistan when he made the appeal to the EU and the US.
The Russian President said:</p>
<p>“Simple common sense, responsibility for global and regional safety require uniting efforts.</p>
<p>“It’s obvious that without the Syrian Army fighting on the ground,
it’s impossible to drive terrorists out.”</p>
<p>Read more: <a href="/x">Russia sends jets to Syria</a></p>
<div class="social"><a>Share on Facebook</a><a>Share on Twitter</a></div></article>
<div id="comments"><h2>COMMENTS</h2><p>Please let us know if you're having issues with commenting.</p></div>
</body></html>"""


def test_a_web_page_goes_through_the_same_stages_as_text():
    result = extract_html(SEED_PAGE, scorer=_by_length, threshold=0.5)
    assert (result.author, result.outlet) == ("Sarkis Zeronian", "Breitbart")
    assert {c.speaker for c in result.claims if c.is_quote} == {"Vladimir Putin"}
    assert {s.reason for s in result.skipped} >= {"advertisement", "read_more", "attribution"}
    for junk in ("Home", "Share on", "COMMENTS", "commenting", "Getty"):
        assert junk not in " ".join(c.text for c in result.claims)


def test_a_glued_date_stamp_is_skipped_and_the_sentence_kept_without_it():
    result = analyse(
        "Nursing applications rise\n\nUpdated 14 May 2026 09:12Record numbers of students applied."
    )
    assert [c.text for c in result.claims] == ["Record numbers of students applied."]
    assert [(s.text, s.reason) for s in result.skipped][-1] == ("Updated 14 May 2026 09:12", "dateline")
    assert result.title == "Nursing applications rise"


def test_transcript_turn_labels_are_skipped_and_not_part_of_the_claim():
    result = analyse(
        "JONAH PIKE: Rainfall is at its lowest since records began in 1911.\n\n"
        "ROSALIND MBEKI-HART: We have doubled the grain reserve to 400,000 tonnes."
    )
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("Rainfall is at its lowest since records began in 1911.", "Jonah Pike"),
        ("We have doubled the grain reserve to 400,000 tonnes.", "Rosalind Mbeki-Hart"),
    ]
    assert [s.text for s in result.skipped] == ["JONAH PIKE:", "ROSALIND MBEKI-HART:"]


def test_a_speech_pages_framing_line_is_skipped_not_a_claim():
    result = analyse(
        "The following is the full text of the speech Prime Minister Ilse Brandvold delivered on Monday.\n\n"
        "Our exports of wind turbine parts have tripled since 2021."
    )
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("Our exports of wind turbine parts have tripled since 2021.", "Ilse Brandvold")
    ]
    assert result.skipped[0].reason == "framing"
