"""A quote's lead-in ("X backed Y's call, saying:") is stored with the quote and shown as its context."""

import pytest

from claims.article_claims import extract_claims
from tests.admin.pages import claim_url
from tests.workflow.factories import make_article

pytestmark = pytest.mark.django_db

BODY = """Ferry fares to be frozen

The transport minister backed the mayor’s plan on Tuesday, telling <b>reporters</b>:

“Fares on the island ferries have risen by 40 percent since 2020. We will freeze them until 2028.”

The opposition said the freeze would cost 12 million pounds a year.
"""


def test_the_claim_page_shows_a_quotes_lead_in_above_it_escaped(client, reviewer):
    article = make_article(body=BODY)
    extract_claims(article)
    quote = article.claims.get(text__startswith="“Fares on the island ferries")
    client.force_login(reviewer)

    html = client.get(claim_url(quote)).content.decode()

    lead_in = (
        "The transport minister backed the mayor’s plan on Tuesday, telling &lt;b&gt;reporters&lt;/b&gt;:"
    )
    assert f'<p class="lead-in">Introduced by: {lead_in}</p>' in html
    assert html.index('class="lead-in"') < html.index('class="in-context"')


def test_a_sentence_without_a_lead_in_shows_none(client, reviewer):
    article = make_article(body=BODY)
    extract_claims(article)
    other = article.claims.get(text__startswith="The opposition said")
    client.force_login(reviewer)

    assert 'class="lead-in"' not in client.get(claim_url(other)).content.decode()
