"""Reading ClaimReview markup as a JSON-LD processor does (PyLD), offline.

The schema.org context is a local copy (fixtures/schemaorg-context.jsonld); any other
remote document is refused, so a test never reaches the network.
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
from pyld import jsonld

CONTEXT_FILE = Path(__file__).parent / "fixtures" / "schemaorg-context.jsonld"
SCHEMA_CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
S = "http://schema.org/"


def offline_loader(url: str, options=None) -> dict:
    if url not in SCHEMA_CONTEXTS:
        raise AssertionError(f"the markup asked for a remote document: {url}")
    document = json.loads(CONTEXT_FILE.read_text())
    return {"contextUrl": None, "documentUrl": url, "document": document}


def embedded_markup(response) -> dict:
    """The one ClaimReview a page embeds, parsed."""
    page = lxml.html.fromstring(response.content.decode())
    scripts = page.xpath("//script[@type='application/ld+json']")
    assert len(scripts) == 1, len(scripts)
    return json.loads(scripts[0].text)


def expand(markup: dict) -> dict:
    """The markup expanded to full schema.org IRIs; fails if a key was not a schema.org
    term (expansion drops what the context does not name)."""
    expanded = jsonld.expand(markup, {"documentLoader": offline_loader})
    assert len(expanded) == 1
    dropped = _unexpanded(markup) - _expanded_terms(expanded[0])
    assert not dropped, f"not schema.org terms: {sorted(dropped)}"
    return expanded[0]


def _unexpanded(node) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_unexpanded(n) for n in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    keys = {k for k in node if not k.startswith("@")}
    return keys.union(*(_unexpanded(v) for v in node.values()))


def _expanded_terms(node) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_expanded_terms(n) for n in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    keys = {k.removeprefix(S) for k in node if k.startswith(S)}
    return keys.union(*(_expanded_terms(v) for v in node.values()))


def one(node: dict, prop: str):
    """The single value of `prop` (a schema.org property) on an expanded node."""
    values = node.get(S + prop, [])
    assert len(values) == 1, (prop, values)
    return values[0]


def value(node: dict, prop: str):
    found = one(node, prop)
    return found.get("@value", found.get("@id"))


def types(node: dict) -> list[str]:
    return [t.removeprefix(S) for t in node.get("@type", [])]
