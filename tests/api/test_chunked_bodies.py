"""A body sent chunked (no Content-Length) through a real server: refused, never read as empty.

Django reads Content-Length bytes only, so without the refusal gunicorn's chunked body
would reach the view as no body at all.
"""

import httpx
import pytest

from tests.faults.processes import gunicorn

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def chunks():
    yield b'{"text": "The minister said unemployment fell '
    yield b'to 3 percent in 2023."}'


def test_a_chunked_body_is_refused_with_411_by_the_api_and_the_admin():
    with gunicorn("filesystem://", workers=1) as base:
        answers = [
            httpx.post(
                f"{base}{path}",
                content=chunks(),
                headers={"Content-Type": "application/json"},
                timeout=60,  # a first request to a cold worker on a loaded machine can take seconds
            )
            for path in ("/api/v1/articles/", "/admin/claims/article/add/")
        ]

    for response in answers:
        assert response.request.headers["Transfer-Encoding"] == "chunked"
        assert "Content-Length" not in response.request.headers
        assert response.status_code == 411
        assert "Content-Length" in response.text
    assert answers[0].json()["detail"].startswith("Send the body with a Content-Length")
