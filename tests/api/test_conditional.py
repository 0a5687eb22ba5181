from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.http import http_date

from tests.api.conftest import token_client
from tests.api.factories import make_published, make_verdict

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/api/v1/verdicts/", "/api/v1/claimreview/", "/api/v1/claims/"])
def test_a_list_answers_304_while_its_etag_still_matches(api, reviewer, editor, url):
    make_published(reviewer, editor, 2)
    first = api.get(url)

    again = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200 and first["ETag"]
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"]


def test_a_changed_verdict_changes_the_etag_and_last_modified(api, reviewer, editor):
    verdict = make_verdict(reviewer, editor)
    url = f"/api/v1/verdicts/{verdict.pk}/"
    first = api.get(url)

    verdict.summary = "Rewritten summary."
    verdict.save()
    second = api.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert second["Last-Modified"] == http_date(int(verdict.updated_at.timestamp()))


def test_if_modified_since_gives_304_for_an_unchanged_detail(api, reviewer, editor):
    verdict = make_verdict(reviewer, editor)
    url = f"/api/v1/verdicts/{verdict.pk}/"
    later = http_date((timezone.now() + timedelta(minutes=1)).timestamp())

    assert api.get(url, HTTP_IF_MODIFIED_SINCE=later).status_code == 304


def test_different_viewers_never_share_an_etag(api, reviewer, editor):
    make_published(reviewer, editor, 1)
    public = api.get("/api/v1/claims/")

    newsroom = token_client(editor).get("/api/v1/claims/", HTTP_IF_NONE_MATCH=public["ETag"])

    assert newsroom.status_code == 200
    assert "Authorization" in public["Vary"]
