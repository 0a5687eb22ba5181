import pytest

from claims.link_class import LinkClass
from claims.linkcheck.classify import Failure, classify_failure, classify_response, soft_404_reason
from tests.guarded_http.site import page


def classify(status, redirected=False, text=None, url="https://ex.org/a", final_url=None):
    final_url = final_url or url
    return classify_response(status, url=url, final_url=final_url, redirected=redirected, page_text=text)


def test_a_plain_200_is_ok_and_a_redirected_one_is_a_redirect():
    assert classify(200) == (LinkClass.OK, None)
    assert classify(200, redirected=True, final_url="https://ex.org/b") == (LinkClass.REDIRECT, None)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451, 500, 501])
def test_error_statuses_are_broken(status):
    assert classify(status)[0] == LinkClass.BROKEN


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retryable_statuses_left_after_retries_are_transient(status):
    assert classify(status)[0] == LinkClass.TRANSIENT


def test_a_redirect_ending_in_an_error_says_so():
    assert classify(404, redirected=True) == (LinkClass.BROKEN, "redirect to HTTP 404")


def test_a_redirect_status_without_location_is_broken():
    assert classify(302)[0] == LinkClass.BROKEN


@pytest.mark.parametrize(
    "failure, expected",
    [
        (Failure.TIMEOUT, LinkClass.TIMEOUT),
        (Failure.DNS_TEMPORARY, LinkClass.TRANSIENT),
        (Failure.RESET, LinkClass.BROKEN),
        (Failure.REFUSED, LinkClass.BROKEN),
        (Failure.DNS, LinkClass.BROKEN),
        (Failure.TLS, LinkClass.BROKEN),
    ],
)
def test_failures_map_to_classes(failure, expected):
    assert classify_failure(failure) == expected


SOFT_404_TITLES = [
    "Page not found",
    "404 Not Found",
    "Error 404",
    "404 - Page Not Found | The Daily Paper",
    "Not Found",
    "Article not found – News",
    "Oops! That page can’t be found.",
    "We couldn't find that page",
    "Seite nicht gefunden",
    "Página no encontrada",
]
REAL_TITLES = [
    "Farm page 3",
    "How to fix 404 not found errors",
    "The 404 Club",
    "Found: the lost city",
    "Not found: the missing millions",
    "Budget 2024: what was found in the audit",
]


@pytest.mark.parametrize("title", SOFT_404_TITLES)
def test_a_200_page_titled_not_found_is_a_soft_404(title):
    assert soft_404_reason(page(title).decode())


@pytest.mark.parametrize("title", REAL_TITLES)
def test_real_pages_about_not_found_things_are_not_soft_404s(title):
    assert soft_404_reason(page(title, "A long article. " * 50).decode()) is None


@pytest.mark.parametrize("heading", SOFT_404_TITLES)
def test_a_long_page_whose_only_heading_says_not_found_is_a_soft_404(heading):
    """Many sites keep their name as the title of the error page: the <h1> tells."""
    text = (
        "<!doctype html><html><head><title>The Daily Paper</title></head><body>"
        f"<h1>{heading}</h1><p>{'Latest news from the region. ' * 200}</p></body></html>"
    )
    assert soft_404_reason(text) == f"the page heading says {heading!r}"


def test_a_short_page_that_says_the_page_is_missing_is_a_soft_404():
    text = page("News", "Sorry, the page you are looking for does not exist.").decode()
    assert "does not exist" in soft_404_reason(text)


def test_a_long_page_quoting_that_sentence_is_not():
    text = page("Style guide", "Write 'the page you requested could not be found'. " + "More text. " * 400)
    assert soft_404_reason(text.decode()) is None


def test_a_soft_404_is_classified_broken():
    link_class, error = classify(200, text=page("Page not found").decode())
    assert link_class == LinkClass.BROKEN and error.startswith("soft 404")


@pytest.mark.parametrize(
    "url, final_url, soft",
    [
        ("https://ex.org/news/2019/story", "https://www.ex.org/", True),
        ("https://ex.org/a", "https://ex.org/404.html", True),
        ("https://ex.org/a", "https://ex.org/not-found", True),
        ("https://ex.org/index.html", "https://ex.org/", False),
        ("https://short.link/x", "https://ex.org/", False),
        ("http://ex.org/", "https://ex.org/", False),
        ("https://ex.org/old", "https://ex.org/new", False),
    ],
)
def test_redirects_to_the_home_page_or_an_error_page_are_soft_404s(url, final_url, soft):
    assert bool(soft_404_reason(None, url=url, final_url=final_url)) is soft
