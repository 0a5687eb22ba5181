"""Reaching the real services tests use, and what to do when one is missing.

Locally a missing service skips its tests with the reason; with
FACTCHECK_REQUIRE_SERVICES=1 (set by .ci/run) it fails them instead.
"""

import os
import socket

import pytest

POSTGRES_ADDR = ("127.0.0.1", 5432)
REDIS_ADDR = ("127.0.0.1", 6379)
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def reachable(addr: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(addr, timeout=1):
            return True
    except OSError:
        return False


def missing(reason: str) -> None:
    """Skip the test for want of a service, tool or data set; fail it when they are required."""
    if os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1":
        pytest.fail(reason + " (FACTCHECK_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def require(addr: tuple[str, int], name: str) -> None:
    if not reachable(addr):
        missing(f"{name} is not reachable at {addr[0]}:{addr[1]}")


if __name__ == "__main__":
    # `python -m tests.services postgres`: exit 0 when reachable; 1 when not (so the
    # PostgreSQL run is skipped locally); 2 when not and services are required.
    import sys

    name = sys.argv[1]
    addr = {"postgres": POSTGRES_ADDR, "redis": REDIS_ADDR}[name]
    if reachable(addr):
        sys.exit(0)
    required = os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1"
    print(
        f"{name} is not reachable at {addr[0]}:{addr[1]}"
        + (" and FACTCHECK_REQUIRE_SERVICES=1" if required else ": skipping its run")
    )
    sys.exit(2 if required else 1)
