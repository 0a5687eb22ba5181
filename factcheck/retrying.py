"""How tasks retry: on database errors only, with backoff.

A locked SQLite file, a dropped PostgreSQL connection or a database restarting passes
(OperationalError); anything else is a bug or a result, and retrying would not help.
Five retries, 2, 4, 8, 16 and 32 s apart at most (jittered): about a minute, longer than
a database restart takes.
"""

from django.db import OperationalError

TRANSIENT_ERRORS = (OperationalError,)

DATABASE_RETRY = dict(
    autoretry_for=TRANSIENT_ERRORS, max_retries=5, retry_backoff=2, retry_backoff_max=120, retry_jitter=True
)
