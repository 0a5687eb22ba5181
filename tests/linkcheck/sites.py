"""Evidence pages on loopback hosts 127.0.0.2 and 127.0.0.3, and settings that let checks reach them."""

import pytest

from tests.guarded_http.site import Site, html, page


@pytest.fixture
def fast_checks(settings):
    """Loopback allowed, short timeouts and no politeness delay, so tests run quickly."""
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.LINKCHECK_PER_HOST_INTERVAL = 0.0
    settings.LINKCHECK_TIMEOUT = 3.0
    settings.LINKCHECK_CONNECT_TIMEOUT = 1.0
    settings.LINKCHECK_DEADLINE = 6.0
    settings.LINKCHECK_RETRY_BACKOFF = 0.05
    return settings


@pytest.fixture
def evidence(fast_checks):
    site = Site("127.0.0.2")
    yield site
    site.close()


@pytest.fixture
def other_evidence(fast_checks):
    site = Site("127.0.0.3")
    yield site
    site.close()


def serve(site: Site, path: str, text: str = "Unemployment was 7% in March.", status: int = 200) -> str:
    site.routes[path] = lambda handler: html(page("Labour survey", text), status)
    return site.url(path)
