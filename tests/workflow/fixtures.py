"""More of the cast than tests/conftest.py has: a second editor and a newsroom admin."""

import pytest

from reviewers.models import Role
from tests.conftest import make_user


@pytest.fixture
def other_editor(db):
    return make_user("eddie", Role.EDITOR)


@pytest.fixture
def newsroom_admin(db):
    """In the admin group, but not a superuser: sees only what the group grants."""
    return make_user("ada", Role.ADMIN)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Creating each user with the production hasher costs about a second."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
