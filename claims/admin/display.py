"""HTML snippets for the claim pages. Every piece of article or user text goes through
format_html, which escapes it: article text with <script> in it renders as text."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timesince import timesince, timeuntil

from claims.models import Claim, Source
from claims.models.claim import CLOSED_STATUSES
from claims.models.source import FAILING_CLASSES, LinkClass

LINK_TONES = {
    LinkClass.OK: "ok",
    LinkClass.REDIRECT: "warn",
    LinkClass.UNCHECKED: "muted",
    LinkClass.TIMEOUT: "warn",
    LinkClass.TRANSIENT: "warn",
    LinkClass.BROKEN: "bad",
    LinkClass.BLOCKED: "bad",
    LinkClass.INVALID: "bad",
}


def context_span(claim: Claim, body: str) -> tuple[str, str, str]:
    """(before, claim, after) within the claim's paragraph.

    Uses the stored paragraph when the claim text sits in it, else the line of the
    article body around the claim's offsets."""
    if claim.paragraph and claim.text in claim.paragraph:
        at = claim.paragraph.find(claim.text)
        return claim.paragraph[:at], claim.text, claim.paragraph[at + len(claim.text) :]
    start, end = min(claim.start, len(body)), min(claim.end, len(body))
    para_start = body.rfind("\n", 0, start) + 1
    para_end = body.find("\n", end)
    para_end = len(body) if para_end == -1 else para_end
    return body[para_start:start], body[start:end], body[end:para_end]


def claim_in_context(claim: Claim) -> SafeString:
    before, text, after = context_span(claim, claim.article.body)
    return format_html('<p class="claim-context">{}<mark>{}</mark>{}</p>', before, text or claim.text, after)


def status_badge(claim: Claim) -> SafeString:
    return format_html('<span class="badge status-{}">{}</span>', claim.status, claim.get_status_display())


def deadline_badge(claim: Claim) -> SafeString | str:
    """The deadline in words: "Overdue by 2 days" stands out in red and says so; an open
    claim's coming deadline reads "due in 3 days"; the exact time is in the tooltip."""
    if claim.deadline is None:
        return "—"
    local = timezone.localtime(claim.deadline)
    when = date_format(local, "DATETIME_FORMAT")
    if claim.is_overdue():
        return format_html(
            '<span class="badge deadline-overdue" title="due {}">⚠ Overdue</span> by {}',
            when,
            timesince(claim.deadline, depth=1),
        )
    if claim.status in CLOSED_STATUSES:
        return format_html('<span title="due {}">was due {}</span>', when, date_format(local))
    return format_html('<span title="due {}">due in {}</span>', when, timeuntil(claim.deadline, depth=1))


def link_badge(source: Source) -> SafeString:
    """Link health with the HTTP status and when it was last checked; broken links stand out."""
    tone = LINK_TONES.get(source.link_status, "muted")
    label = source.get_link_status_display()
    if source.http_status:
        label = f"{label} ({source.http_status})"
    checked = (
        f"checked {timesince(source.last_checked_at)} ago" if source.last_checked_at else "never checked"
    )
    flag = "⚠ " if source.link_status in FAILING_CLASSES or tone == "bad" else ""
    return format_html(
        '<span class="badge link-{}" title="{}">{}{}</span>{} <small class="checked">{}</small>',
        tone,
        source.final_url or source.url,
        flag,
        label,
        link_flags(source),
        checked,
    )


def link_cell(source: Source) -> SafeString:
    """A source row's link health on the claim page, and in the live update of that row
    (claims/static/claims/link_health.js): the badge, "check queued" while one waits, and
    the link to its checks. `data-pending` tells the script whether to keep asking."""
    history = reverse("admin:claims_source_change", args=[source.pk])
    pending = source.check_requested_at is not None
    return format_html(
        '<span class="link-health" data-source="{}" data-pending="{}">{}{} '
        '<a class="link-history" href="{}">checks</a></span>',
        source.pk,
        "yes" if pending else "no",
        link_badge(source),
        SafeString(' <small class="check-queued">check queued…</small>') if pending else "",
        history,
    )


def link_flags(source: Source) -> SafeString:
    """Badges for link rot (failed LINKCHECK_ROT_AFTER checks in a row) and changed content."""
    flags = []
    if source.link_rot:
        flags.append(
            format_html(
                ' <span class="badge link-bad" title="{} failed checks in a row">link rot</span>',
                source.consecutive_failures,
            )
        )
    if source.changed_since_cited:
        flags.append(
            format_html(
                ' <span class="badge link-warn" title="{}">changed since cited</span>',
                "The page's text differs from the snapshot taken when it was first checked.",
            )
        )
    return SafeString("".join(flags))  # each part went through format_html


def source_choice_label(source: Source) -> SafeString:
    """How a source is offered in the verdict form: a broken link is flagged right there."""
    warning = ""
    if source.link_rot:
        warning = format_html(
            ' <strong class="flag-broken">⚠ link rot: {} failed checks in a row</strong>',
            source.consecutive_failures,
        )
    elif source.link_status in FAILING_CLASSES:
        warning = format_html(' <strong class="flag-broken">⚠ {}</strong>', source.get_link_status_display())
    if source.changed_since_cited:
        warning = format_html('{} <strong class="flag-broken">⚠ changed since cited</strong>', warning)
    return format_html("{} <small>{}</small>{}", source.title or source.url, source.url, warning)
