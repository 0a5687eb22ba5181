"""schemathesis against the generated OpenAPI schema: no 5xx, no answer off the schema.

A bounded run (FUZZ_EXAMPLES per operation, default 25), anonymous and with a
superuser's token, over a database with a few published verdicts, so detail paths
and filters find rows. Article URLs are never fetched: the run has no network.
"""

import os

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from knox.models import AuthToken
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from claims.guarded_http.fetch import FetchFailed
from factcheck.wsgi import application
from tests.api.factories import make_published, make_verdict

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))


# Generating the schema needs no database, so it is loaded once, at collection.
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture(autouse=True)
def fuzz_world(reviewer, editor, settings, monkeypatch):
    """Rows to find, no throttling in the way, and no network behind article URLs."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "token": "100000/min"},
    }

    def no_network(url, **options):
        raise FetchFailed(f"could not fetch {url}: the fuzz run has no network")

    monkeypatch.setattr("claims.ingest.fetch", no_network)
    make_published(reviewer, editor, 3)
    make_verdict(reviewer, editor, published=False)
    # Requests go straight to the WSGI app, inside this test's transaction: like
    # Django's test client, keep the app from closing the connection between requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def superuser_token(db) -> str:
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-for-tests-123")
    return AuthToken.objects.create(user=boss)[1]


# Bounded and repeatable: the same examples on every run.
bounded = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)


@schema.parametrize()
@bounded
def test_the_api_never_fails_or_leaves_its_schema_for_anonymous_clients(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@bounded
def test_the_api_never_fails_or_leaves_its_schema_for_a_superusers_token(case, superuser_token):
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Token {superuser_token}"})
