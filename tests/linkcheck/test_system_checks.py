from claims.linkcheck.system_checks import check_link_settings


def test_good_settings_pass(settings):
    settings.SSRF_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    assert check_link_settings() == []


def test_a_bad_allowed_network_is_reported(settings):
    settings.SSRF_ALLOWED_NETWORKS = ["not-a-network"]
    (error,) = check_link_settings()
    assert error.id == "claims.linkcheck.E001" and "not-a-network" in error.msg


def test_a_bad_linkcheck_value_is_reported(settings):
    settings.LINKCHECK_CONCURRENCY = 0
    (error,) = check_link_settings()
    assert "concurrency" in error.msg
