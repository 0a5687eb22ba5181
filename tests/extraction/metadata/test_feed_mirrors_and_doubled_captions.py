"""Titles and outlets of pages with furniture seen on the tenth real-page measurement (issue
#19): a feed reader's mirror of an outlet's RSS ("Channel: X", "Browse latest View live") and
a name caption printed twice under the headline. All text is invented."""

from claims.extraction.pipeline import extract

BODY = "The former governor was convicted of fraud by the High Court on Monday. She will be sentenced in May."


def test_a_feed_mirrors_chrome_is_neither_the_title_nor_the_outlet_but_names_the_channel():
    chrome = "Quantcast\nChannel: Kalahari Standard\nViewing all 912 articles\nBrowse latest View live"
    page = f"{chrome}\n\nI will appeal\n\n{BODY}"
    article = extract(page)
    assert (article.title, article.outlet) == ("I will appeal", "Kalahari Standard")


def test_a_name_caption_printed_twice_under_the_headline_is_not_the_title():
    headline = "Prime Minister Rosa Thorne defends regional trips"
    page = f"{headline}\n\nPrime Minister Rosa Thorne\n\nPrime Minister Rosa Thorne\n\n{BODY}"
    assert extract(page).title == headline
