import datetime as dt

from claims.extraction import boilerplate as bp
from claims.extraction.metadata import find_metadata, outlet_from_email, parse_date


def test_the_author_comes_from_a_follow_line_and_the_outlet_from_the_email_domain():
    paragraphs = [
        "Headline",
        "Body of the story mentions Breitbart once.",
        "Follow Sarkis Zeronian on Twitter: or e-mail to: szeronian@breitbart.com",
    ]
    meta = find_metadata(paragraphs, {0: bp.TITLE, 2: bp.SOCIAL_FOLLOW}, "\n\n".join(paragraphs))
    assert (meta.title, meta.author, meta.outlet) == ("Headline", "Sarkis Zeronian", "Breitbart")


def test_a_byline_gives_authors_and_outlet():
    meta = find_metadata(["By Jane Roe and John Smith, Reuters"], {0: bp.BYLINE})
    assert (meta.author, meta.outlet) == ("Jane Roe and John Smith", "Reuters")


def test_the_outlet_falls_back_to_an_as_previously_reported_by_phrase():
    body = "Assad backed the call, as previously reported by Breitbart’s National Security team."
    assert find_metadata([body], {}, body).outlet == "Breitbart"


def test_free_mail_domains_are_not_outlets():
    assert outlet_from_email("write to jane.roe@gmail.com") is None


def test_a_short_unknown_domain_label_is_written_in_capitals():
    assert outlet_from_email("news@bbc.co.uk") == "BBC"


def test_dates_are_read_in_three_common_shapes():
    assert parse_date("Published September 15, 2015 10:30") == dt.date(2015, 9, 15)
    assert parse_date("15 Sept 2015") == dt.date(2015, 9, 15)
    assert parse_date("Updated 2015-09-15T10:30") == dt.date(2015, 9, 15)
    assert parse_date("February 30, 2015") is None


def test_a_date_line_sets_the_publication_date():
    assert find_metadata(["Sep 15, 2015"], {0: bp.DATELINE}).published == dt.date(2015, 9, 15)
