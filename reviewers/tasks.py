"""Telling the other editors by e-mail that someone was promoted (made an editor, admin or
superuser, or given a group or permission).

A sweep rather than a task per grant: the model that records a grant sits below the tasks,
and a grant made in a script or a shell is told as one made in the admin. Each grant is
claimed with a conditional UPDATE, so two sweeps never mail it twice; a mail server that
fails puts it back for the next sweep.
"""

import logging
import smtplib
import unicodedata

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

from reviewers.models import RoleGrant
from reviewers.role_audit import audit

logger = logging.getLogger(__name__)

SWEEP_BATCH = 100  # grants one sweep mails at most; the next sweep takes the rest


def one_line(text: str) -> str:
    """`text` with each line break or other control character written as its escape ("\\n"):
    a name set in code may hold one, which a mail header refuses (and a body would show as a
    line of the mail's own)."""
    return "".join(
        char.encode("unicode_escape").decode() if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char
        for char in text
    )


def what_changed(grant: RoleGrant) -> list[str]:
    """The mail's first lines: who changed what, or that the role audit found it."""
    who, change = one_line(grant.username), one_line(grant.change)
    if grant.found_by_audit:
        return [
            f"The role audit found that {who} may now do more, with nobody on record "
            f"as granting it: {change}.",
            "It was not made in the app (the admin, a command or a shell are recorded as they "
            "happen) but in the database itself: an UPDATE or raw SQL.",
        ]
    by = (
        one_line(grant.granted_by.get_username())
        if grant.granted_by
        else "someone outside the admin (a script or a shell)"
    )
    return [f"{by} changed what {who} may do: {change}."]


def promotion_email(grant: RoleGrant, recipients: list[str]) -> EmailMessage:
    """One message, each editor in Bcc: nobody's address is shown to the others."""
    grants_url = settings.SITE_URL.rstrip("/") + reverse("admin:reviewers_rolegrant_changelist")
    body = "\n".join(
        [
            *what_changed(grant),
            f"When: {timezone.localtime(grant.created_at):%Y-%m-%d %H:%M %Z}.",
            "",
            "Every editor is told of each promotion, so nobody signs off their own verdicts",
            "with an account made for it. If you did not expect this one, ask.",
            f"All role grants: {grants_url}",
        ]
    )
    found = " (found by the role audit)" if grant.found_by_audit else ""
    subject = f"[factcheck] {one_line(grant.username)}: {one_line(grant.change)}{found}"
    return EmailMessage(subject, body, bcc=recipients)


@shared_task
def mail_promotions() -> int:
    """E-mail the other editors about each promotion not mailed yet; returns how many went."""
    sent = 0
    for grant in RoleGrant.objects.unmailed_promotions().select_related("granted_by")[:SWEEP_BATCH]:
        if not RoleGrant.objects.filter(pk=grant.pk, mailed_at=None).update(mailed_at=timezone.now()):
            continue  # another sweep has it
        recipients = list(grant.editors_to_tell().values_list("email", flat=True))
        if not recipients:
            continue
        try:
            promotion_email(grant, recipients).send()
        except (smtplib.SMTPException, OSError) as exc:
            RoleGrant.objects.filter(pk=grant.pk).update(mailed_at=None)
            logger.warning(
                "Role grant %s: e-mail to the editors failed, next sweep retries: %s", grant.pk, exc
            )
            break  # the server is down or refusing: the rest wait for the next sweep too
        sent += 1
    return sent


@shared_task
def audit_roles() -> int:
    """Record rank held without a record (given in the database itself: reviewers.role_audit);
    returns how many changes were found. The promotions among them go with the next mail sweep."""
    return len(audit())
