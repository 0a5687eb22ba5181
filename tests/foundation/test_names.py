"""A person is named one way everywhere: the full name when known, else the username."""

import pytest

from claims.api.serializers import display_name as api_name
from reports.plain import person
from reviewers.models import Reviewer
from reviewers.names import display_name, name_of


@pytest.mark.parametrize(
    ("first", "last", "shown"),
    [("Ada", "Lovelace", "Ada Lovelace"), ("Ada", "", "Ada"), ("", "", "ada")],
)
@pytest.mark.django_db
def test_the_admin_the_api_and_reports_name_a_person_alike(editor, first, last, shown):
    editor.username, editor.first_name, editor.last_name = "ada", first, last
    editor.save()
    reviewer, _ = Reviewer.objects.get_or_create(user=editor)

    assert {str(reviewer), api_name(editor), person("ada", first, last), name_of(editor)} == {shown}


def test_nobody_is_named_as_each_caller_needs():
    assert person(None) == ""
    assert api_name(None) is None
    assert display_name("ada", " ", "") == "ada"
