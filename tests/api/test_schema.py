import re

import pytest
from django.core.management import call_command


def test_the_openapi_schema_generates_without_a_single_warning(db, tmp_path):
    # --fail-on-warn turns any drf-spectacular warning or error into a failure;
    # --validate checks the result against the OpenAPI 3 specification.
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(tmp_path / "schema.yaml"))

    assert "/api/v1/claimreview/{id}/" in (tmp_path / "schema.yaml").read_text()


def test_every_component_name_is_one_openapi_tools_accept(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    names = schema["components"]["schemas"]
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+", name) for name in names), sorted(names)


@pytest.mark.parametrize(
    ("url", "marker"),
    [("/api/schema/", b"openapi"), ("/api/docs/", b"swagger-ui"), ("/api/redoc/", b"redoc")],
)
def test_the_schema_and_its_documentation_pages_are_served(client, db, url, marker):
    response = client.get(url)

    assert response.status_code == 200
    assert marker in response.content.lower()
