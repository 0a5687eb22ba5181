"""The API's own settings refuse malformed values at start-up, like every other setting."""

import pytest

from tests.foundation.test_configuration import manage_check


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"API_THROTTLE_ANON": "lots"}, "API_THROTTLE_ANON"),
        ({"API_THROTTLE_TOKEN": "600/fortnight"}, "API_THROTTLE_TOKEN"),
        ({"API_NUM_PROXIES": "-1"}, "API_NUM_PROXIES"),
        ({"API_MAX_PAGE_SIZE": "0"}, "API_MAX_PAGE_SIZE"),
        ({"API_TOKEN_TTL_DAYS": "forever"}, "API_TOKEN_TTL_DAYS"),
    ],
)
def test_a_malformed_api_setting_stops_start_up_naming_it(env, variable):
    result = manage_check(DEBUG="1", **env)

    assert result.returncode == 2
    assert variable in result.stderr
    assert "Traceback" not in result.stderr
