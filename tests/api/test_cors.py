import pytest

pytestmark = pytest.mark.django_db
ORIGIN = "https://newsroom.example.com"


@pytest.mark.parametrize("url", ["/api/v1/verdicts/", "/api/v1/claimreview/", "/api/schema/"])
def test_any_site_may_read_the_public_endpoints(client, url):
    response = client.get(url, HTTP_ORIGIN=ORIGIN)

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_allows_only_reading(client):
    response = client.options(
        "/api/v1/verdicts/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )

    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/claims/", "/admin/"])
def test_other_endpoints_are_not_shared_cross_origin(client, url):
    response = client.options(url, HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")

    assert "Access-Control-Allow-Origin" not in response
