import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from reviewers.models import Reviewer, Role


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Creating each user with the production hasher costs about a second."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def reference_data(request):
    """Transactional tests start from a flushed database: put back what data migrations
    made (the verdict scale, the role groups), so every test sees what a deployment has."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker and marker.kwargs.get("transaction")) or {
        "transactional_db",
        "live_server",
    } & set(request.fixturenames)
    if not transactional:
        return
    request.getfixturevalue("transactional_db")
    from importlib import import_module

    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    from reviewers.roles import sync_groups

    import_module("claims.migrations.0002_default_rating_scale").create_scale(apps, None)
    sync_groups(Group, Permission)


def make_user(username: str, role: str | None):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pw-for-tests-123", is_staff=True
    )
    if role:
        Reviewer.objects.create(user=user, role=role)
    return user


@pytest.fixture
def reviewer(db):
    return make_user("rita", Role.REVIEWER)


@pytest.fixture
def other_reviewer(db):
    return make_user("ravi", Role.REVIEWER)


@pytest.fixture
def editor(db):
    return make_user("erin", Role.EDITOR)


@pytest.fixture
def other_editor(db):
    return make_user("eddie", Role.EDITOR)


@pytest.fixture
def newsroom_admin(db):
    """In the admin group, but not a superuser: sees only what the group grants."""
    return make_user("ada", Role.ADMIN)


@pytest.fixture
def stranger(db):
    """Staff, but in no newsroom role."""
    return make_user("sam", None)


@pytest.fixture
def seed_text() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parent.parent / "seeds" / "000_5e1c3ae6a570970f.txt").read_text("utf-8")


DB_FIXTURES = {"db", "transactional_db", "admin_client", "admin_user", "live_server", "django_user_model"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark every test that touches the database, so `-m database` reruns them on PostgreSQL,
    and every test that drives Chromium (modules named test_browser*), which that rerun leaves out."""
    for item in items:
        if item.get_closest_marker("django_db") or DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.database)
        if item.path.name.startswith("test_browser"):
            item.add_marker(pytest.mark.browser)


def logged_in(user) -> Client:
    """A browser of its own, logged in as `user` (one tab of several in a conflict test)."""
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_tabs(newsroom_admin):
    """Ada's and Abe's browsers, both in the admin role."""
    return logged_in(newsroom_admin), logged_in(make_user("abe", Role.ADMIN))
