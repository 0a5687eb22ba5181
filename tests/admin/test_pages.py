"""The test helper that posts admin pages sends what a browser would send, and no more."""

import pytest
from django.http import HttpResponse

from tests.admin.pages import _apply, _controls, buttons, change_form, form_data

PAGE = """<html><body>
<form id="logout-form" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="x"></form>
<form id="claim_form" method="post">
  <input type="hidden" name="version" value="3">
  <input type="text" name="speaker" value="Jane">
  <input type="text" name="off" value="never" disabled>
  <input type="checkbox" name="is_quote" checked>
  <input type="checkbox" name="is_reported">
  <input type="radio" name="rating" value="1"><input type="radio" name="rating" value="2" checked>
  <select name="assign_to"><option value="">---</option><option value="7">ravi</option></select>
  <select name="sources" multiple>
    <option value="1" selected>a</option><option value="2" selected>b</option><option value="3">c</option>
  </select>
  <textarea name="summary">
First line.</textarea>
  <input type="submit" name="_continue" value="Save">
  <button type="submit" name="_step" value="publish">Approve and publish</button>
  <button type="button" name="_nothing">Not a submit</button>
</form></body></html>"""


def test_the_form_sends_rendered_values_checked_boxes_and_selected_options_only():
    assert form_data(HttpResponse(PAGE)) == {
        "version": "3",
        "speaker": "Jane",
        "is_quote": "on",
        "rating": "2",
        "assign_to": "",
        "sources": ["1", "2"],
        "summary": "First line.",
    }


def test_only_submit_buttons_count_as_buttons():
    assert buttons(HttpResponse(PAGE)) == ["Save", "Approve and publish"]


def test_a_change_the_page_could_not_make_fails_the_test():
    controls = list(_controls(change_form(HttpResponse(PAGE))))
    with pytest.raises(AssertionError, match="the page has no field 'status'"):
        _apply(controls, {"status": "published"})
    with pytest.raises(AssertionError, match=r"the page offers no \['9'\] for 'assign_to'"):
        _apply(controls, {"assign_to": 9})
    assert ("is_reported", "on") in _apply(controls, {"is_reported": True, "is_quote": False})
    assert ("is_quote", "on") not in _apply(controls, {"is_quote": False})
