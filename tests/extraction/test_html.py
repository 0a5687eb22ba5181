import datetime as dt

from claims.extraction.html import html_to_text, sanitize_html

PAGE = """<html><head><title>Big news | The Daily</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2015-09-15T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Big news today</h1>
<p>The first paragraph has <b>bold</b> text and goes on long enough to count as article content.</p>
<p>“Unemployment fell to 3.5 percent last year,” said John Smith, who spoke to reporters on Monday.</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>The third paragraph has a line<br>break inside it and still enough words to be a paragraph.</p></article>
<section id="comments"><h3>Comments</h3><p>Great article! I love it so much, thanks.</p></section>
<footer>Copyright 2015 The Daily</footer><script>track()</script></body></html>"""


def test_paragraphs_are_separated_by_blank_lines_and_the_headline_comes_first():
    page = html_to_text(PAGE)
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == "Big news today"
    assert paragraphs[1].startswith("The first paragraph has bold text")
    assert len(paragraphs) == 4


def test_navigation_share_bars_comments_and_scripts_are_dropped():
    text = html_to_text(PAGE).text
    for junk in ("Home", "Share on Facebook", "Great article", "track()", "Copyright"):
        assert junk not in text


def test_page_metadata_is_read_from_the_markup():
    page = html_to_text(PAGE, url="https://daily.example/a")
    assert (page.title, page.author, page.outlet, page.published, page.url) == (
        "Big news today",
        "Jane Roe",
        "The Daily",
        dt.date(2015, 9, 15),
        "https://daily.example/a",
    )


def test_a_page_without_an_article_still_gives_its_text():
    assert "Hello" in html_to_text("<html><body><p>Hello</p></body></html>").text


def test_sanitising_removes_scripts_handlers_and_javascript_links():
    clean = sanitize_html(
        '<p onclick="x()">Hi <a href="javascript:alert(1)">a</a><script>bad()</script>'
        '<iframe src="https://evil.example"></iframe><a href="https://ok.example">b</a></p>'
    )
    assert "script" not in clean and "onclick" not in clean and "javascript" not in clean
    assert "iframe" not in clean
    assert '<a href="https://ok.example" rel="noopener noreferrer nofollow">b</a>' in clean
