from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html_join

from factcheck.enqueue import enqueue_on_commit
from reports import planning, tasks
from reports.admin.forms import BuildReportForm
from reports.models import DeliveryStatus, Report, ReportFile, ReportKind, ReportStatus

# Stored HTML is our own template output, but its links come from sources people typed;
# served inline, it may show images and inline styles and nothing else.
REPORT_CSP = "; ".join(
    [
        "default-src 'none'",
        "img-src 'self' data:",
        "style-src 'unsafe-inline'",
        "frame-ancestors 'self'",
        "sandbox allow-popups",
    ]
)


def _files_only():
    return Prefetch("files", queryset=ReportFile.objects.defer("content").order_by("name"))


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "period_label", "status", "built_at", "downloads"]
    list_filter = ["kind", "status"]
    search_fields = ["title"]
    date_hierarchy = "created_at"
    list_select_related = ["article"]
    autocomplete_fields = ["article"]
    actions = ["email_to_me", "build_again"]
    change_form_template = "admin/reports/report/change_form.html"
    form = BuildReportForm
    shown = [
        "title",
        "kind",
        "status",
        "error",
        "period_start",
        "period_end",
        "article",
        "requested_by",
        "created_at",
        "built_at",
    ]

    def get_queryset(self, request):
        # The data can be large and the pages never show it; the files' content likewise.
        return super().get_queryset(request).defer("data").prefetch_related(_files_only())

    def get_fields(self, request, obj=None):
        return ["kind", "first_day", "last_day", "article"] if obj is None else self.shown

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.shown

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # a built report is a record; build a new one instead

    @admin.display(description="period", ordering="period_start")
    def period_label(self, obj: Report) -> str:
        return obj.period.label() if obj.period else "—"

    @admin.display(description="files")
    def downloads(self, obj: Report) -> str:
        return format_html_join(
            " · ",
            '<a href="{}">{}</a>',
            (
                (self._file_url(obj, f.name), f.name.rsplit(".", 1)[-1])
                for f in obj.files.all()
                if not f.is_chart
            ),
        )

    def _file_url(self, obj: Report, name: str, *, download: bool = False) -> str:
        url = reverse("admin:reports_report_file", args=[obj.pk, name])
        return url + "?download=1" if download else url

    def save_model(self, request, obj: Report, form, change: bool) -> None:
        obj.requested_by = request.user
        if obj.kind == ReportKind.ARTICLE:
            obj.title = f"Article report: {obj.article}"
        super().save_model(request, obj, form, change)
        enqueue_on_commit(tasks.build_report, obj.pk)

    def response_add(self, request, obj: Report, post_url_continue=None):
        self.message_user(request, "The report is being built; this page refreshes until it is ready.")
        return HttpResponseRedirect(reverse("admin:reports_report_change", args=[obj.pk]))

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):
        report = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if report is not None:
            files = list(report.files.defer("content").order_by("name"))
            context.update(
                report_files=[(f, self._file_url(report, f.name, download=True)) for f in files],
                report_charts=[
                    (f, self._file_url(report, f.name))
                    for f in sorted(files, key=lambda f: f.pk)
                    if f.is_chart
                ],
                report_html=next(
                    (self._file_url(report, f.name) for f in files if f.name == "report.html"), None
                ),
                report_pending=report.status == ReportStatus.PENDING,
                can_email=report.kind == ReportKind.DIGEST and report.status == ReportStatus.BUILT,
            )
        return super().change_view(request, object_id, form_url, extra_context=context)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/files/<str:name>",
                self.admin_site.admin_view(self.file_view),
                name="reports_report_file",
            ),
            path(
                "<path:object_id>/email-to-me/",
                self.admin_site.admin_view(self.email_view),
                name="reports_report_email",
            ),
        ] + super().get_urls()

    def file_view(self, request: HttpRequest, object_id: str, name: str) -> HttpResponse:
        report = self.get_object(request, object_id)
        if report is None or not self.has_view_permission(request, report):
            raise PermissionDenied
        stored = get_object_or_404(ReportFile, report=report, name=name)
        response = HttpResponse(bytes(stored.content), content_type=stored.content_type)
        disposition = "attachment" if request.GET.get("download") else "inline"
        response["Content-Disposition"] = f'{disposition}; filename="report-{report.pk}-{stored.name}"'
        response["Content-Security-Policy"] = REPORT_CSP
        response["X-Content-Type-Options"] = "nosniff"
        response["X-Frame-Options"] = "SAMEORIGIN"  # the report page shows the HTML in a frame
        return response

    def email_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        report = self.get_object(request, object_id)
        if request.method != "POST" or report is None or not self.has_view_permission(request, report):
            raise PermissionDenied
        self._email(request, report)
        return HttpResponseRedirect(reverse("admin:reports_report_change", args=[report.pk]))

    def _email(self, request: HttpRequest, report: Report) -> None:
        if not request.user.email:
            self.message_user(request, "Your account has no e-mail address.", messages.ERROR)
            return
        try:
            delivery, created = planning.request_delivery(report, request.user, now=timezone.now())
        except ValueError as exc:
            self.message_user(request, f"{report}: {exc}.", messages.ERROR)
            return
        if created:
            tasks.enqueue_send(delivery.pk)
            self.message_user(request, f"{report} is on its way to {delivery.email}.")
        elif delivery.status == DeliveryStatus.SENT:
            self.message_user(
                request,
                f"{report} was already sent to {delivery.email} on {delivery.sent_at:%Y-%m-%d %H:%M}; "
                "each period is e-mailed once (delete the delivery record to send it again).",
                messages.WARNING,
            )
        else:
            self.message_user(
                request, f"{report} to {delivery.email}: {delivery.get_status_display()}.", messages.WARNING
            )

    @admin.action(description="E-mail the selected digests to me", permissions=["view"])
    def email_to_me(self, request: HttpRequest, queryset) -> None:
        for report in queryset.filter(kind=ReportKind.DIGEST, status=ReportStatus.BUILT):
            self._email(request, report)

    @admin.action(description="Build the selected reports again", permissions=["add"])
    def build_again(self, request: HttpRequest, queryset) -> None:
        ids = list(queryset.values_list("pk", flat=True))
        queryset.update(status=ReportStatus.PENDING, requested_at=timezone.now())
        for report_id in ids:
            enqueue_on_commit(tasks.build_report, report_id)
        self.message_user(request, f"{len(ids)} report(s) are being built again.")
