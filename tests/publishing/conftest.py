import pytest

from tests.publishing.factories import newsroom


@pytest.fixture
def people(db):
    """(reviewer, editor) of the published verdicts."""
    return newsroom()
