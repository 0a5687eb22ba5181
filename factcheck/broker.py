"""The Redis broker transport: kombu's, with a worker that survives Redis going away.

Celery 5.7's worker, on losing the broker, first detaches the transport from its
connection (`Connection.collect`) and then closes the connection. When Redis went away
in the middle of a read, the first close can stop half-way and leave the channel open,
so the second one puts the unacknowledged messages back through a transport that no
longer knows its server. kombu 5.7.0 then raises AttributeError, which the worker takes
as fatal: it stops consuming and hangs instead of reconnecting (seen under load in
tests/faults/test_redis_restart.py, about one run in ten).

Here a channel whose connection is gone raises redis's ConnectionError instead, an
error kombu expects while closing and ignores. The worker reconnects; the messages it
held stay in Redis's unacknowledged set until the visibility timeout puts them back, and
the sweeper (claims/sweeper.py) re-sends their work long before that.
"""

from __future__ import annotations

from kombu.transport import redis as kombu_redis
from redis.exceptions import ConnectionError as RedisConnectionError


class Channel(kombu_redis.Channel):
    def _connparams(self, asynchronous=False):
        if self.connection.client is None:
            raise RedisConnectionError("the broker connection was closed")
        return super()._connparams(asynchronous=asynchronous)


class RedisTransport(kombu_redis.Transport):
    Channel = Channel
