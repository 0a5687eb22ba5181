import pytest

from claims.linkcheck.config import LinkCheckConfig


def test_defaults_are_polite():
    config = LinkCheckConfig()
    assert config.per_host_concurrency < config.concurrency
    assert config.per_host_interval > 0
    assert config.allowed_networks == ()


def test_from_settings_reads_linkcheck_settings_and_the_ssrf_allow_list(settings):
    settings.LINKCHECK_CONCURRENCY = 7
    settings.LINKCHECK_TIMEOUT = 2.5
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    config = LinkCheckConfig.from_settings(want_content=True)
    assert (config.concurrency, config.timeout, config.want_content) == (7, 2.5, True)
    assert config.allowed_networks == ("127.0.0.0/8",)


@pytest.mark.parametrize(
    "field, value",
    [("concurrency", 0), ("timeout", 0), ("per_host_interval", -1), ("method", "POST"), ("max_retries", -1)],
)
def test_bad_values_fail_loudly(field, value):
    with pytest.raises(ValueError, match=field):
        LinkCheckConfig(**{field: value})
