import pytest

from tests.linkcheck.sites import evidence, fast_checks  # noqa: F401  (fixtures)
from tests.publishing.factories import newsroom


@pytest.fixture
def people(db):
    """(reviewer, editor) of the published verdicts."""
    return newsroom()
