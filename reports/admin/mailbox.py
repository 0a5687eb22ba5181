"""Stored e-mails (reports.mailbox), read-only in the admin for editors and admins.

The HTML part is shown in an iframe with `sandbox` (no scripts, no forms, an origin of
its own) from `srcdoc`, so it inherits this page's CSP as well: no script runs, images
only as data: URIs (the charts, inlined), nothing fetched from elsewhere.
"""

from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from reports import mailbox
from reviewers.models import Role


def can_read_mail(user) -> bool:
    """Report e-mails show every reviewer's figures: editors and admins only."""
    role = getattr(getattr(user, "reviewer", None), "role", None)
    return user.is_active and user.is_staff and (user.is_superuser or role in (Role.EDITOR, Role.ADMIN))


def _context(site: AdminSite, request: HttpRequest, title: str) -> dict:
    if not can_read_mail(request.user):
        raise PermissionDenied
    return {**site.each_context(request), "title": title}


def mail_list(site: AdminSite, request: HttpRequest) -> HttpResponse:
    context = _context(site, request, "Stored e-mails")
    context.update(mails=mailbox.stored_mail(), folder=mailbox.mail_dir())
    return TemplateResponse(request, "admin/reports/mailbox/list.html", context)


def mail_detail(site: AdminSite, request: HttpRequest, name: str) -> HttpResponse:
    context = _context(site, request, "Stored e-mail")
    message = mailbox.read(name)
    if message is None:
        raise Http404("No such stored e-mail")
    text = message.get_body(preferencelist=("plain",))
    context.update(
        name=name,
        message=message,
        html=mailbox.html_with_images(message),
        text=text.get_content() if text is not None else "",
    )
    return TemplateResponse(request, "admin/reports/mailbox/detail.html", context)
