"""The zero-setup broker (files under var/broker/) never hands a worker half a message."""

from queue import Empty

import pytest
from kombu import Connection

from factcheck.broker import FilesystemTransport
from factcheck.celery import app


@pytest.fixture
def channel(tmp_path):
    folder = str(tmp_path)
    options = {"data_folder_in": folder, "data_folder_out": folder, "store_processed": False}
    with Connection("filesystem://", transport=FilesystemTransport, transport_options=options) as conn:
        yield conn.default_channel


class PollsTheQueueWhileBeingWritten:
    """A message part whose serialisation lets a worker poll the queue mid-write."""

    def __init__(self, channel):
        self.channel, self.polled = channel, "not polled"

    def __json__(self):
        try:
            self.polled = self.channel._get("webhooks")
        except Empty:
            self.polled = "empty"
        return "body"


def test_a_worker_polling_while_a_message_is_written_finds_nothing_then_the_whole_message(channel):
    part = PollsTheQueueWhileBeingWritten(channel)

    channel._put("webhooks", {"task": "deliver", "part": part})

    assert part.polled == "empty"  # not an empty file the worker cannot decode and drops
    assert channel._get("webhooks") == {"task": "deliver", "part": "body"}
    with pytest.raises(Empty):
        channel._get("webhooks")


def test_messages_come_out_in_the_order_they_went_in(channel):
    for n in range(5):
        channel._put("default", {"n": n})
    assert [channel._get("default")["n"] for _ in range(5)] == [0, 1, 2, 3, 4]


def test_the_app_connects_to_a_redis_url_through_redis_and_to_the_default_through_files():
    with app.connection_for_write("redis://127.0.0.1:9/0") as conn:
        assert conn.transport.driver_type == "redis"
    with app.connection_for_write("filesystem://localhost/") as conn:
        assert isinstance(conn.transport, FilesystemTransport)
