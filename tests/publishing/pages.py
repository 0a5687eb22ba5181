"""Reading public pages as a reader does: the rendered HTML's text, links and markup."""

from __future__ import annotations

import lxml.html


def html(response):
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def text(response) -> str:
    """The words a reader sees (no markup, no attributes), spaces collapsed."""
    return " ".join(html(response).text_content().split())


def links(response) -> list[str]:
    return [a.get("href") for a in html(response).iter("a")]


def listed_claims(response) -> list[str]:
    """The claims /checks/ lists, in order."""
    return [" ".join(h.text_content().split()) for h in html(response).xpath("//ol[@class='checks']//h2")]
