"""The claim page shows the whole article beside the claim, with every claim of the article marked."""

import lxml.html
import pytest

from claims.models import ClaimStatus
from tests.admin.pages import claim_url
from tests.workflow.factories import make_article, make_claim

pytestmark = pytest.mark.django_db

BODY = (
    "Prices rose by 4 percent last year, the bank said.\n\n"
    "“Unemployment fell to 3 percent,” the minister said. Critics disagree.\n\n"
    "The city built 200 new homes in March. Nobody counted the old ones."
)


def find(element, tag: str, css_class: str = "") -> list:
    """Descendants `tag` (or any tag: "*") carrying `css_class`, in document order."""
    has_class = f"[contains(concat(' ', normalize-space(@class), ' '), ' {css_class} ')]" if css_class else ""
    return element.xpath(f".//{tag}{has_class}")


def article_panel(client, claim):
    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())
    (panel,) = find(page, "aside", "article-panel")
    return panel


def article_text(panel):
    (text,) = find(panel, "div", "article-text")
    return text


def paragraphs(panel) -> list[str]:
    return [text_of(p) for p in find(article_text(panel), "p")]


def text_of(element) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture
def article_claims():
    article = make_article(body=BODY)
    first = make_claim(
        article, text="Prices rose by 4 percent last year", status=ClaimStatus.PUBLISHED, checkworthiness=0.9
    )
    quote = make_claim(article, text="Unemployment fell to 3 percent", checkworthiness=0.7)
    dismissed = make_claim(
        article, text="Nobody counted the old ones.", status=ClaimStatus.DISMISSED, checkworthiness=0.2
    )
    return first, quote, dismissed


def test_the_claim_page_shows_every_paragraph_of_the_article(client, reviewer, article_claims):
    client.force_login(reviewer)
    panel = article_panel(client, article_claims[1])
    assert paragraphs(panel) == [" ".join(p.split()) for p in BODY.split("\n\n")]


def test_this_claim_is_highlighted_and_scrolled_into_view_without_javascript(
    client, reviewer, article_claims
):
    client.force_login(reviewer)
    panel = article_panel(client, article_claims[1])
    (mark,) = find(article_text(panel), "mark", "this-claim")
    assert mark.text_content() == "Unemployment fell to 3 percent"
    assert mark.get("id") == "this-claim"
    assert mark.get("autofocus") is not None


def test_the_other_claims_are_marked_by_state_and_link_to_their_own_page(client, reviewer, article_claims):
    first, quote, dismissed = article_claims
    client.force_login(reviewer)
    panel = article_panel(client, quote)
    others = {a.text_content(): (a.get("class"), a.get("href")) for a in find(panel, "a", "claim-mark")}
    assert others == {
        "Prices rose by 4 percent last year": (
            "claim-mark status-published",
            f"{claim_url(first)}#this-claim",
        ),
        "Nobody counted the old ones.": ("claim-mark status-dismissed", f"{claim_url(dismissed)}#this-claim"),
    }
    legend = [text_of(item) for item in find(find(panel, "p", "article-legend")[0], "*", "claim-mark")]
    assert legend == ["this claim", "Queued", "Published", "Dismissed"]


def test_the_claims_rank_in_its_article_is_shown_as_n_of_total(client, reviewer, article_claims):
    client.force_login(reviewer)
    panel = article_panel(client, article_claims[1])
    assert "This claim ranks 2 of 3 in the article by check-worthiness." in text_of(panel)


def test_script_in_the_article_is_shown_as_text_in_the_whole_article(client, reviewer):
    evil = '<script>alert("claim")</script>'
    body = f"<b>Bold</b> opening.\n\nBefore {evil} after.\n\n<img src=x onerror=alert(1)>"
    claim = make_claim(make_article(body=body), text=evil)
    client.force_login(reviewer)
    panel = article_panel(client, claim)
    assert panel.xpath(".//script | .//img | .//b") == []
    assert find(article_text(panel), "mark", "this-claim")[0].text_content() == evil
    assert paragraphs(panel) == [
        "<b>Bold</b> opening.",
        f"Before {evil} after.",
        "<img src=x onerror=alert(1)>",
    ]


def test_a_claim_whose_text_left_the_article_says_so(client, reviewer):
    claim = make_claim(make_article(body="Something else entirely.\n\nAnd more."), text="Gone sentence.")
    client.force_login(reviewer)
    panel = article_panel(client, claim)
    assert "This claim’s text is no longer in the article." in text_of(panel)
    assert find(article_text(panel), "mark", "this-claim") == []


def test_the_speakers_name_and_why_extraction_chose_it_are_marked_in_the_article(client, reviewer):
    body = (
        "Dmitry Peskov, the Kremlin spokesman, spoke on Monday.\n\n"
        "“Sanctions have failed,” Peskov said. Analysts disagree."
    )
    claim = make_claim(
        make_article(body=body),
        text="“Sanctions have failed,”",
        speaker="Dmitry Peskov",
        speaker_reason="named next to the quote",
    )
    client.force_login(reviewer)
    panel = article_panel(client, claim)
    names = [span.text_content() for span in find(article_text(panel), "span", "speaker-name")]
    assert names == ["Dmitry Peskov", "Peskov"]
    assert "Speaker: Dmitry Peskov. Why: The speaker is named next to the quote." in text_of(panel)
