"""The POST a browser would send for a form as the page renders it: only the fields the HTML holds."""

import lxml.html


def rendered_form(response, form_id: str | None = None) -> dict:
    """Every field of the page's form (the one with `form_id`, else the only POST form) with its
    current value, as a browser submits it unchanged; no submit button is pressed."""
    page = lxml.html.fromstring(response.content.decode())
    # Every admin page also holds the "Log out" form.
    forms = [f for f in page.forms if f.method.upper() == "POST" and f.get("id") != "logout-form"]
    if form_id is not None:
        forms = [f for f in forms if f.get("id") == form_id]
    assert len(forms) == 1, f"expected one POST form, found {len(forms)}"
    data: dict = {}
    for name, value in forms[0].form_values():
        data.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in data.items()}
