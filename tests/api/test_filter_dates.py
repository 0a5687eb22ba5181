import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("endpoint", ["/api/v1/verdicts/", "/api/v1/claimreview/"])
def test_a_date_with_an_offset_postgresql_cannot_store_still_filters(client, endpoint):
    # ISO 8601 allows -18:44; PostgreSQL refuses offsets beyond 15:59 unless given UTC.
    response = client.get(endpoint, {"published_before": "0115-03-09T03:09:27.54-18:44"})
    assert response.status_code == 200
    assert client.get(endpoint).status_code == 200  # the connection is still usable
