"""Settings for api_bench.py --prepared: the project's, with psycopg's prepared statements.

Django turns them off by default (they break transaction-pooling proxies such as
PgBouncer in transaction mode); the baseline's plain psycopg connection has them on.
With --prepared both sides use them, so the comparison is of the code, not the driver.
"""

from factcheck.settings import *  # noqa: F403

DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
    {"server_side_binding": True, "prepare_threshold": 5}
)
