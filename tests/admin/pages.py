"""Reading and posting admin pages as a browser would: every field with its current value."""

from django.urls import reverse


def claim_url(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def _put(data: dict, key: str, value) -> None:
    if value is None or value is False:
        return
    if value is True:
        data[key] = "on"
    elif isinstance(value, list | tuple):
        data[key] = [str(v) for v in value]
    else:
        data[key] = str(value)


def form_data(response) -> dict:
    """The POST a browser would send for the change form in `response`, unchanged."""
    data: dict = {}
    form = response.context["adminform"].form
    for name in form.fields:
        _put(data, form.add_prefix(name), form[name].value())
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            _put(data, management.add_prefix(name), management[name].value())
        for item in formset.forms:
            for name in item.fields:
                _put(data, item.add_prefix(name), item[name].value())
    return data


def open_claim(client, claim) -> tuple:
    """GET the claim page; returns (response, the form data it would post)."""
    response = client.get(claim_url(claim))
    assert response.status_code == 200, response.status_code
    return response, form_data(response)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []
