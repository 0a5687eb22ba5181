"""Broker transports: kombu's Redis and file-system transports, each with a fault fixed."""

from __future__ import annotations

import contextlib
import os
import uuid
from time import monotonic_ns

import kombu.transport
from kombu.exceptions import ChannelError
from kombu.transport import filesystem as kombu_filesystem
from kombu.transport import redis as kombu_redis
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps
from redis.exceptions import ConnectionError as RedisConnectionError


class RedisChannel(kombu_redis.Channel):
    """A worker that survives Redis going away.

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

    def _connparams(self, asynchronous=False):
        if self.connection.client is None:
            raise RedisConnectionError("the broker connection was closed")
        return super()._connparams(asynchronous=asynchronous)


class RedisTransport(kombu_redis.Transport):
    Channel = RedisChannel


class FilesystemChannel(kombu_filesystem.Channel):
    """Each message appears in the queue folder whole, by a rename.

    kombu 5.7.0's file-system transport creates the message file and then writes it; a
    worker polling in between moves the empty file away, fails to decode it and drops the
    message (seen as a lost webhook delivery, JSONDecodeError in the worker's log). Here
    the message is written under a name no queue reads (".part") and renamed into place.
    Names start with a nanosecond clock, so messages sent in the same millisecond keep
    their order (kombu's millisecond names and random suffixes shuffle them).
    """

    def _put(self, queue, payload, **kwargs):
        name = f"{monotonic_ns():020d}_{uuid.uuid4()}.{queue}.msg"  # sorts in sending order
        final = os.path.join(self.data_folder_out, name)
        partial = f"{final}.part"
        try:
            with open(partial, "wb") as f:
                f.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class FilesystemTransport(kombu_filesystem.Transport):
    Channel = FilesystemChannel


def use_filesystem_transport() -> None:
    """Make every filesystem:// connection use FilesystemTransport.

    By the URL's scheme rather than Celery's `broker_transport` setting, which would also
    apply to a connection made with another URL (a test's Redis broker, say).
    """
    kombu.transport.TRANSPORT_ALIASES["filesystem"] = f"{__name__}:FilesystemTransport"
