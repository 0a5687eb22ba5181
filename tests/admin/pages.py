"""Reading and posting admin pages as a browser does: what the rendered HTML holds, nothing more.

The POST is built from the page's <form> (its inputs, checked boxes and radios, selected
options, textareas and the one button pressed), parsed with lxml. A field the template
forgets to render is therefore missing here too, as it is in a browser; a change to a
field, or a button, that the page does not show fails the test instead of being sent.
"""

from urllib.parse import urljoin

import lxml.html
from django.urls import reverse

NEVER_SENT = {"submit", "button", "reset", "image", "file"}  # buttons travel only when pressed
CHOICES = {"checkbox", "radio"}


def claim_url(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def change_form(response, form_id: str | None = None):
    """The page's edit form: `form_id`, or the admin's `<model>_form`."""
    assert response.status_code == 200, response.status_code
    page = lxml.html.fromstring(response.content.decode())
    forms = [f for f in page.forms if f.get("id") == form_id or (not form_id and _is_change_form(f))]
    assert len(forms) == 1, f"expected one form {form_id or '<model>_form'}, found {len(forms)}"
    return forms[0]


def _is_change_form(form) -> bool:
    return (form.get("id") or "").endswith("_form") and form.get("method", "").lower() == "post"


def _textarea_value(element) -> str:
    # HTML drops one newline right after <textarea>; Django's widget renders one there.
    return (element.text or "").removeprefix("\r\n").removeprefix("\n")


def _controls(form):
    """(name, kind, value or None when not sent, offered value) for each named, enabled control."""
    for element in form.inputs:
        name = element.get("name")
        if not name or element.get("disabled") is not None:
            continue
        if element.tag == "textarea":
            yield name, "text", _textarea_value(element), None
        elif element.tag == "select":
            offered = [o.get("value", (o.text or "").strip()) for o in element.iter("option")]
            chosen = list(element.value) if element.multiple else [element.value]
            for value in offered:
                yield name, "select", (value if value in chosen else None), value
        else:
            kind = (element.get("type") or "text").lower()
            if kind in CHOICES:
                value = element.get("value") or "on"
                yield name, kind, (value if element.checked else None), value
            elif kind not in NEVER_SENT:
                yield name, "text", element.get("value") or "", None


def _pack(pairs) -> dict:
    data: dict = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in data.items()}


def form_data(response, form_id: str | None = None) -> dict:
    """What the page's form sends unchanged, without any button pressed."""
    controls = _controls(change_form(response, form_id))
    return _pack((name, value) for name, _, value, _ in controls if value is not None)


def _pressable(form) -> list[tuple[str, str, str]]:
    """(label, name, value) of each enabled submit button of `form`, in page order."""
    found = []
    submits = "{0}button[not(@type) or @type='submit'] | {0}input[@type='submit']"
    inside = form.xpath(submits.format(".//"))
    # A button's form="ID" attribute ties it to that form wherever it stands on the page.
    anywhere = form.getroottree().xpath(submits.format("//")) if form.get("id") else []
    elsewhere = [e for e in anywhere if e.get("form") == form.get("id") and e not in inside]
    for element in inside + elsewhere:
        if element.get("form") not in (None, form.get("id")):
            continue
        if element.get("disabled") is None:
            label = element.text_content() if element.tag == "button" else element.get("value", "")
            found.append((label.strip(), element.get("name", ""), element.get("value", "")))
    return found


def buttons(response, form_id: str | None = None) -> list[str]:
    """The labels of the submit buttons the page's form shows, in page order."""
    return [label for label, _, _ in _pressable(change_form(response, form_id))]


def _as_sent(value) -> list[str]:
    """A change as the strings a browser sends: None/False unticks, True ticks, a list picks several."""
    if value is None or value is False:
        return []
    values = value if isinstance(value, list | tuple) else [value]
    return ["on" if v is True else str(v) for v in values]


def _apply(controls: list, changes: dict) -> list[tuple[str, str]]:
    """The controls' values with `changes` made as a user could make them on the page."""
    kinds = {name: kind for name, kind, _, _ in controls}
    for name, value in changes.items():
        assert name in kinds, f"the page has no field {name!r}"
        if kinds[name] != "text":
            offered = {choice for named, _, _, choice in controls if named == name}
            refused = set(_as_sent(value)) - offered
            assert not refused, f"the page offers no {sorted(refused)} for {name!r}"
    kept = [(name, value) for name, _, value, _ in controls if name not in changes and value is not None]
    return kept + [(name, value) for name, values in changes.items() for value in _as_sent(values)]


def submit(
    client,
    response,
    press: str,
    changes: dict | None = None,
    form_id: str | None = None,
    value: str | None = None,
    **kwargs,
):
    """Fill in `changes` on the page in `response` and press the button labelled `press` (the one
    with `value`, when several buttons share the label).

    A change to a field the page does not render, to a choice it does not offer, or a
    button it does not show, fails the test: a browser could not send it either.
    """
    form = change_form(response, form_id)
    pairs = _apply(list(_controls(form)), changes or {})
    pressed = [(n, v) for label, n, v in _pressable(form) if label == press and value in (None, v)]
    assert pressed, f"the page has no button {press!r}; it has {buttons(response, form_id)}"
    pairs.extend(pressed[:1] if pressed[0][0] else [])
    url = urljoin(response.wsgi_request.get_full_path(), form.get("action") or "")
    return client.post(url, _pack(pairs), **kwargs)


def messages_of(response) -> list[str]:
    """The messages the page shows above its content."""
    if not response.content:
        return []
    page = lxml.html.fromstring(response.content.decode())
    return [item.text_content().strip() for item in page.xpath("//ul[@class='messagelist']/li")]


def errors_of(response) -> list[str]:
    """The form errors the page shows, in page order (the form's, then each inline form's)."""
    page = lxml.html.fromstring(response.content.decode())
    return [item.text_content().strip() for item in page.xpath("//ul[contains(@class, 'errorlist')]/li")]


def public_views(client, claim) -> tuple:
    """What readers fetch of a published claim: its public page (parsed), its verdict in the
    API (the only one published) and that verdict's ClaimReview."""
    claim.refresh_from_db()
    page = lxml.html.fromstring(client.get(f"/checks/{claim.public_slug}/").content.decode())
    verdict = client.get("/api/v1/verdicts/").json()["results"][0]
    return page, verdict, client.get(f"/api/v1/claimreview/{verdict['id']}/").json()
