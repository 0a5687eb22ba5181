import pytest

from tests.api.conftest import token_client

pytestmark = pytest.mark.django_db
URL = "/api/v1/verdicts/"


@pytest.fixture
def rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "token": "2/min"},
    }


def statuses(client, n: int, **headers) -> list[int]:
    return [client.get(URL, **headers).status_code for _ in range(n)]


def test_an_anonymous_client_is_throttled_by_its_address(api, rates):
    assert statuses(api, 4, REMOTE_ADDR="10.0.0.1") == [200, 200, 200, 429]
    assert statuses(api, 1, REMOTE_ADDR="10.0.0.2") == [200]


def test_a_throttled_answer_says_when_to_retry(api, rates):
    statuses(api, 3)

    response = api.get(URL)

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_x_forwarded_for_does_not_give_a_client_a_fresh_identity(api, rates):
    codes = [
        api.get(URL, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
        for i in range(4)
    ]

    assert codes == [200, 200, 200, 429]


def test_behind_a_trusted_proxy_the_address_it_saw_is_used(api, rates, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}

    spoofed = [
        api.get(URL, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}, 203.0.113.7").status_code
        for i in range(4)
    ]
    other = api.get(URL, REMOTE_ADDR="10.0.0.9", HTTP_X_FORWARDED_FOR="203.0.113.8").status_code

    assert spoofed == [200, 200, 200, 429]  # the proxy appended .7 each time; the left part is the client's
    assert other == 200


def test_each_token_has_its_own_budget(rates, reviewer, editor):
    first, second = token_client(reviewer), token_client(editor)

    assert statuses(first, 3) == [200, 200, 429]
    assert statuses(second, 1) == [200]


def test_an_unreachable_cache_lets_requests_through_instead_of_failing_them(api, rates, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "factcheck.cache.FailOpenRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert statuses(api, 4) == [200, 200, 200, 200]  # throttling fails open while the cache is down


def test_a_new_minute_does_not_reset_a_client_that_just_used_up_its_rate(api, rates, monkeypatch):
    from claims.api.throttling import SettingsRateThrottle

    clock = {"now": 6_000_000 * 60 + 59.0}  # one second before a window boundary
    monkeypatch.setattr(SettingsRateThrottle, "timer", lambda self: clock["now"])
    assert statuses(api, 4) == [200, 200, 200, 429]

    clock["now"] += 2  # just past the boundary: the last minute still counts nearly whole
    throttled = api.get(URL)
    assert throttled.status_code == 429
    assert 50 < int(throttled["Retry-After"]) <= 120

    clock["now"] += 58  # most of the old window has slid out of the last 60 seconds
    assert statuses(api, 1) == [200]


@pytest.fixture
def failure_rate(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100/min", "token": "100/min", "failed_auth": "3/min"},
    }


def test_guessing_tokens_is_throttled_per_address_before_any_lookup(
    failure_rate, editor, django_assert_num_queries
):
    guesser, other = {"REMOTE_ADDR": "10.0.0.1"}, {"REMOTE_ADDR": "10.0.0.2"}
    guess = token_client(editor)
    guess.credentials(HTTP_AUTHORIZATION="Token " + "f" * 64)

    assert statuses(guess, 4, **guesser) == [401, 401, 401, 429]
    with django_assert_num_queries(0):  # no token is looked up for a locked-out address
        locked = guess.get(URL, **guesser)
    assert locked.status_code == 429 and int(locked["Retry-After"]) > 0
    assert statuses(token_client(editor), 1, **guesser) == [429]  # a right guess gets no answer either
    assert statuses(token_client(editor), 1, **other) == [200]
    assert statuses(guess, 1, **other) == [401]


def test_anonymous_requests_do_not_count_as_failed_authentications(api, failure_rate):
    assert statuses(api, 5, REMOTE_ADDR="10.0.0.1") == [200] * 5
