"""Report e-mails: one message per person, HTML with its charts inline plus plain text.

MIME layout, as mail clients expect it:
    multipart/alternative
        text/plain                      the text format
        multipart/related
            text/html                   the HTML format, images as cid:verdicts.png ...
            image/png (Content-ID)      one part per chart
"""

import hashlib
import smtplib
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage

from reports.models import Report
from reports.periods import Period
from reports.render import html, text
from reports.render.charts import Chart


class TransientSMTPError(Exception):
    """The server answered 4xx: try again later."""


class PermanentSMTPError(Exception):
    """The server answered 5xx: this message will not be accepted as it is."""


# What a retry may cure: a server that is down, restarting, or asks us to come back later.
TRANSIENT_ERRORS = (
    TransientSMTPError,
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    ConnectionError,
    TimeoutError,
)


def _domain() -> str:
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return address.rpartition("@")[2] or "factcheck.localhost"


def message_id(recipient_id: int, kind: str, period: Period) -> str:
    """The same Message-ID for every attempt at one (recipient, report, period), so a
    message resent after a crash is recognised as the same message by mail systems."""
    key = f"{recipient_id}|{kind}|{period.start.isoformat()}|{period.end.isoformat()}"
    return f"<{kind}.{hashlib.sha256(key.encode()).hexdigest()[:32]}@{_domain()}>"


def subject(report: Report) -> str:
    return f"[{settings.FACTCHECK_ORGANISATION}] {report.title}"


def _html_with_images(body: str, charts: list[Chart]) -> MIMEMultipart:
    related = MIMEMultipart("related")
    related.attach(MIMEText(body, "html", "utf-8"))
    for chart in charts:
        image = MIMEImage(chart.png, "png")
        image.add_header("Content-ID", f"<{chart.name}>")
        image.add_header("Content-Disposition", "inline", filename=chart.name)
        related.attach(image)
    return related


def report_charts(report: Report) -> list[Chart]:
    """The charts stored with a report (one query)."""
    files = report.files.filter(content_type="image/png").order_by("pk")
    return [Chart(f.name, f.name.removesuffix(".png").replace("_", " "), bytes(f.content)) for f in files]


def report_email(report: Report, *, to: str, message_id: str, footer: str) -> EmailMessage:
    """The e-mail for one recipient; `to` is the only address on it."""
    charts = report_charts(report)
    message = EmailMessage(
        subject=subject(report),
        body=text.render(report.data, footer=footer),
        to=[to],
        headers={"Message-ID": message_id, "Auto-Submitted": "auto-generated"},
    )
    # The text body and the HTML-with-images part are alternatives of each other.
    message.mixed_subtype = "alternative"
    message.attach(
        _html_with_images(html.render(report.data, html.cid_images(charts), footer=footer), charts)
    )
    return message


def send(message: EmailMessage) -> None:
    """Send through the configured backend; SMTP refusals become Transient/PermanentSMTPError."""
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        error = PermanentSMTPError if all(code >= 500 for code in codes) else TransientSMTPError
        raise error(f"recipient refused: {exc.recipients}") from exc
    except (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected):
        raise
    except smtplib.SMTPResponseException as exc:
        error = TransientSMTPError if 400 <= exc.smtp_code < 500 else PermanentSMTPError
        raise error(f"{exc.smtp_code} {exc.smtp_error!r}") from exc
