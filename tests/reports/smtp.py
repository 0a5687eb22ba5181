"""A real SMTP server on loopback, in the test process (aiosmtpd), that keeps what it accepts."""

import asyncio
import email
import email.policy
import socket
import threading
from dataclasses import dataclass
from email.message import EmailMessage

from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


class Mailbox:
    """An SMTP handler: answers DATA with the scripted `replies` first, then accepts.

    `hold` (a threading.Event), when set by a test, makes DATA wait until it is released,
    so a test can kill a sender mid-send; a held message is then refused, never kept.
    """

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.replies: list[str] = []
        self.hold: threading.Event | None = None
        self.attempts = 0

    async def handle_DATA(self, server, session, envelope) -> str:
        self.attempts += 1
        if self.hold is not None:
            while not self.hold.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 held by the test"
        if self.replies:
            return self.replies.pop(0)
        parsed = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 2.0.0 OK"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class MailServer:
    def __init__(self) -> None:
        self.mailbox = Mailbox()
        self.host, self.port = "127.0.0.1", free_port()
        self.controller = Controller(self.mailbox, hostname=self.host, port=self.port)

    def __enter__(self) -> "MailServer":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.mailbox.hold is not None:
            self.mailbox.hold.set()
        self.controller.stop()
