"""The fetch deadline on a real loopback connection, with a clock the test moves."""

import socket
import time

import httpcore
import pytest

from claims.guarded_http.deadline import Deadline, DeadlineStream


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def connection():
    """httpcore's own stream on a loopback connection, and the server's end of it."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        stream = httpcore.SyncBackend().connect_tcp("127.0.0.1", server.getsockname()[1])
        peer, _ = server.accept()
    yield stream, peer
    stream.close()
    peer.close()


def test_each_read_waits_at_most_the_time_left(connection):
    stream, peer = connection
    clock = Clock()
    deadline = Deadline(10.0, clock=clock)
    guarded = DeadlineStream(stream, deadline)
    peer.sendall(b"a")

    clock.now += 9.9  # 0.1 s left: a read that would wait 5 s waits 0.1 s
    assert guarded.read(1, timeout=5.0) == b"a"
    started = time.monotonic()
    with pytest.raises(httpcore.ReadTimeout):
        guarded.read(1, timeout=5.0)
    assert time.monotonic() - started < 2.5  # 0.1 s; 5 s with the read's own timeout


def test_past_the_deadline_nothing_waits_at_all(connection):
    stream, peer = connection
    clock = Clock()
    guarded = DeadlineStream(stream, Deadline(10.0, clock=clock))
    peer.sendall(b"waiting data")

    clock.now += 10.0
    with pytest.raises(httpcore.ReadTimeout):
        guarded.read(100, timeout=5.0)  # data is there, but the fetch's time is up
    with pytest.raises(httpcore.WriteTimeout):
        guarded.write(b"more")
