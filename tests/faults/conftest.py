import pytest

from tests.faults.processes import private_redis


@pytest.fixture
def redis_broker():
    """A redis-server of the test's own (see tests/faults/processes.py)."""
    with private_redis() as redis:
        yield redis


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
