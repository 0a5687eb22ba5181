"""Development mail: with no EMAIL_HOST, each e-mail is stored as an .eml file under
var/mail/ (readable by any mail client) and listed in the admin (Reports > Deliveries >
Stored e-mails), instead of being printed, base64 charts and all, into the worker's log.
"""

import base64
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend

# What the backend names its files: nothing else is ever opened (no path from a URL).
FILE_NAME = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{12}\.eml$")


def mail_dir() -> Path:
    return Path(settings.VAR_DIR) / "mail"


class MailboxBackend(BaseEmailBackend):
    """Stores each message as <UTC time>-<random>.eml; written whole or not at all."""

    def send_messages(self, email_messages) -> int:
        folder = mail_dir()
        folder.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            name = f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:12]}.eml"
            partial = folder / f".{name}.part"
            partial.write_bytes(as_stored(message))
            partial.replace(folder / name)
        return len(email_messages)


def as_stored(message) -> bytes:
    """The message as it would be sent, with its Bcc header kept (sending leaves it out), so a
    message to Bcc recipients alone (the promotion notices) still says who gets it."""
    mime = message.message()
    if message.bcc:
        mime["Bcc"] = ", ".join(message.bcc)
    return mime.as_bytes()


def recipients(message: EmailMessage) -> str:
    """Who a stored e-mail goes to: its To, else its Bcc (marked so)."""
    if message["To"]:
        return str(message["To"])
    return f"Bcc: {message['Bcc']}" if message["Bcc"] else "nobody"


@dataclass(frozen=True)
class StoredMail:
    name: str
    to: str
    subject: str
    date: str


def _parse(path: Path, *, headers_only: bool = False) -> EmailMessage:
    with path.open("rb") as file:
        return BytesParser(policy=policy.default).parse(file, headersonly=headers_only)


def stored_mail() -> list[StoredMail]:
    """Every stored e-mail, newest first (headers only)."""
    folder = mail_dir()
    paths = sorted((p for p in folder.glob("*.eml") if FILE_NAME.match(p.name)), reverse=True)
    mails = []
    for path in paths:
        message = _parse(path, headers_only=True)
        mails.append(
            StoredMail(path.name, recipients(message), str(message["Subject"]), str(message["Date"]))
        )
    return mails


def read(name: str) -> EmailMessage | None:
    """The stored e-mail of that file name, None if there is none."""
    path = mail_dir() / name
    if not FILE_NAME.match(name) or not path.is_file():
        return None
    return _parse(path)


def html_with_images(message: EmailMessage) -> str | None:
    """The HTML part with its inline images (cid:) as data: URIs, so a page shows it whole."""
    part = message.get_body(preferencelist=("html",))
    if part is None:
        return None
    html = part.get_content()
    for image in message.walk():
        content_id = (image["Content-ID"] or "").strip("<>")
        if content_id and image.get_content_maintype() == "image":
            data = base64.b64encode(image.get_payload(decode=True)).decode("ascii")
            html = html.replace(f"cid:{content_id}", f"data:{image.get_content_type()};base64,{data}")
    return html
