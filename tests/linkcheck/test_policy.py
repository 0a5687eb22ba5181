from datetime import timedelta

from claims.linkcheck.policy import RecheckPolicy


def test_a_healthy_source_is_checked_again_after_the_ok_interval():
    assert RecheckPolicy().delay(0) == timedelta(days=7)


def test_a_failing_source_is_checked_sooner_doubling_the_wait_with_each_failure_up_to_the_cap():
    policy = RecheckPolicy(ok=timedelta(days=7), first_failure=timedelta(hours=1), longest=timedelta(days=2))
    waits = [policy.delay(n) for n in range(1, 9)]
    assert waits[:6] == [timedelta(hours=h) for h in (1, 2, 4, 8, 16, 32)]
    assert waits[6:] == [timedelta(days=2), timedelta(days=2)]


def test_a_very_long_run_of_failures_neither_overflows_nor_passes_the_cap():
    assert RecheckPolicy().delay(10_000) == timedelta(days=7)


def test_the_policy_comes_from_settings(settings):
    settings.LINKCHECK_RECHECK_OK_DAYS = 3
    settings.LINKCHECK_RECHECK_FAILING_HOURS = 0.5
    settings.LINKCHECK_RECHECK_MAX_DAYS = 1
    policy = RecheckPolicy.from_settings()
    assert (policy.delay(0), policy.delay(1), policy.delay(20)) == (
        timedelta(days=3),
        timedelta(minutes=30),
        timedelta(days=1),
    )


def test_a_recheck_interval_that_is_not_positive_fails_the_system_check(settings):
    from claims.linkcheck.system_checks import check_link_settings

    settings.LINKCHECK_RECHECK_OK_DAYS = 0
    assert [e.id for e in check_link_settings()] == ["claims.linkcheck.E001"]
