from claims.checkworthiness.features import normalise


def test_it_turns_curly_quotes_into_transcript_quotes():
    assert normalise("It\u2019s a \u201cdisaster\u201d.") == 'It\'s a "disaster".'


def test_it_unwraps_a_sentence_quoted_whole():
    assert normalise("\u201cWe cut taxes by 10 percent.\u201d") == "We cut taxes by 10 percent."


def test_it_keeps_quotes_that_do_not_wrap_the_whole_sentence():
    assert normalise('"Jobs," he said, "are up."') == '"Jobs," he said, "are up."'
