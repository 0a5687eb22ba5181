"""Any text goes through the pipeline without crashing, and every offset slices back.

The rule stages are what these properties test, so most run with the rule baseline
scorer (fast and deterministic); one runs the default scorer on fewer examples.
"""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import baseline_scorer, content_hash, extract
from claims.extraction.normalize import normalise

SEED_PARAGRAPHS = (
    (Path(__file__).resolve().parents[2] / "seeds" / "000_5e1c3ae6a570970f.txt")
    .read_text("utf-8")
    .split("\n\n")
)
# Characters the rule stages treat specially, mixed with ordinary ones.
ALPHABET = st.sampled_from(list("abcXYZ .,:;!?…\"'“”‘’«»„()[]-–—/@\n\n\t\u00a0\u200b\r0129Éé́ß漢"))
noisy_text = st.text(alphabet=ALPHABET, max_size=300)
article_like = st.lists(
    st.one_of(st.sampled_from(SEED_PARAGRAPHS), noisy_text, st.text(max_size=80)), max_size=12
).map("\n\n".join)


def _extract(text):
    return extract(text, scorer=baseline_scorer.score, threshold=baseline_scorer.DEFAULT_THRESHOLD)


def _check(result):
    assert result.text == normalise(result.text)
    for claim in result.claims:
        assert claim.text == result.text[claim.start : claim.end]
        assert claim.text.strip() == claim.text and claim.text
        start, end = result.paragraphs[claim.paragraph_index]
        assert start <= claim.start < claim.end <= end
        assert 0.0 <= claim.score <= 1.0
    for skipped in result.skipped:
        assert skipped.text == result.text[skipped.start : skipped.end]
    spans = sorted([(c.start, c.end) for c in result.claims] + [(s.start, s.end) for s in result.skipped])
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert sorted(c.priority for c in result.claims) == list(range(1, len(result.claims) + 1))
    result.to_json_dict()


@settings(max_examples=200, deadline=None)
@given(noisy_text)
def test_noisy_text_never_crashes_and_offsets_slice_back(text):
    _check(_extract(text))


@settings(max_examples=100, deadline=None)
@given(article_like)
def test_article_like_text_never_crashes_and_offsets_slice_back(text):
    _check(_extract(text))


@settings(max_examples=100, deadline=None)
@given(article_like)
def test_extracting_the_extracted_text_again_changes_nothing(text):
    first = _extract(text)
    again = _extract(first.text)
    assert again.text == first.text
    assert [(c.start, c.end, c.speaker) for c in again.claims] == [
        (c.start, c.end, c.speaker) for c in first.claims
    ]


@settings(max_examples=100, deadline=None)
@given(article_like)
def test_raw_and_extracted_text_have_the_same_content_hash(text):
    assert _extract(text).content_hash == content_hash(text)


@settings(max_examples=30, deadline=None)
@given(st.one_of(noisy_text, article_like))
def test_the_default_scorer_takes_any_text(text):
    _check(extract(text))
