"""`GET /api/v1/`: the index a newcomer opens first."""

import pytest

from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db

NAMES = ["verdicts", "claimreview", "claims", "articles", "matches"]


def test_the_api_index_lists_every_endpoint_by_its_absolute_url_with_the_schema_and_docs(api):
    index = api.get("/api/v1/", HTTP_ACCEPT="application/json").json()

    assert list(index["endpoints"]) == NAMES
    assert index["endpoints"]["verdicts"]["url"] == "http://testserver/api/v1/verdicts/"
    assert index["endpoints"]["matches"]["url"] == "http://testserver/api/v1/matches/"
    assert index["schema"] == "http://testserver/api/schema/"
    assert index["docs"] == "http://testserver/api/docs/"
    assert "Authorization: Token" in index["token"]


def test_an_anonymous_client_can_use_what_the_index_allows_it_and_is_refused_what_needs_a_token(api):
    endpoints = api.get("/api/v1/", HTTP_ACCEPT="application/json").json()["endpoints"]

    needs_token = {name for name, e in endpoints.items() if e["needs_token"]}
    assert needs_token == {"articles", "matches"}
    for name, endpoint in endpoints.items():
        assert endpoint["allowed"] is (name not in needs_token)
        answer = api.get(endpoint["url"] + ("?q=tax" if name == "matches" else ""))
        assert answer.status_code == (401 if endpoint["needs_token"] else 200), name


def test_a_newsroom_token_may_read_every_endpoint_of_the_index(reviewer):
    client = token_client(reviewer)

    endpoints = client.get("/api/v1/", HTTP_ACCEPT="application/json").json()["endpoints"]

    assert all(e["allowed"] for e in endpoints.values())
    assert client.get(endpoints["articles"]["url"]).status_code == 200


def test_a_token_outside_the_newsroom_is_told_it_may_not_read_the_articles(stranger):
    endpoints = token_client(stranger).get("/api/v1/").json()["endpoints"]

    assert endpoints["articles"] == {**endpoints["articles"], "needs_token": True, "allowed": False}
    assert endpoints["verdicts"]["allowed"] is True


def test_unknown_paths_under_the_api_are_still_a_json_404(api):
    answer = api.get("/api/v1/no-such-thing/", HTTP_ACCEPT="application/json")

    assert answer.status_code == 404
    assert answer.json() == {"detail": "Not found."}


def test_the_index_is_in_the_openapi_schema(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    operation = schema["paths"]["/api/v1/"]["get"]
    assert operation["operationId"] == "api_index"
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApiIndex"
    }


def test_a_browser_opening_the_api_sees_the_index_titled_factcheck_api(api):
    page = api.get("/api/v1/", HTTP_ACCEPT="text/html")

    assert page.status_code == 200
    assert "<title>factcheck API" in page.content.decode()
    assert "http://testserver/api/v1/verdicts/" in page.content.decode()
