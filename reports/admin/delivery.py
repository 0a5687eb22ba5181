from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest
from django.urls import path

from reports import tasks
from reports.admin import mailbox
from reports.models import Delivery, DeliveryStatus


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """A log of report e-mails. Deleting a row lets its period be sent to that person again."""

    list_display = [
        "email",
        "report_kind",
        "frequency",
        "period_label",
        "status",
        "attempts",
        "sent_at",
        "error",
    ]
    list_filter = ["status", "report_kind", "frequency"]
    search_fields = ["email", "message_id", "recipient__username"]
    date_hierarchy = "period_start"
    list_select_related = ["recipient"]
    raw_id_fields = ["recipient", "report"]
    actions = ["send_again"]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("mailbox/", view(lambda r: mailbox.mail_list(self.admin_site, r)), name="reports_mailbox"),
            path(
                "mailbox/<str:name>/",
                view(lambda r, name: mailbox.mail_detail(self.admin_site, r, name)),
                name="reports_mailbox_detail",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request: HttpRequest, extra_context=None):
        stored = settings.EMAIL_BACKEND == "reports.mailbox.MailboxBackend"
        extra_context = {
            **(extra_context or {}),
            "show_mailbox": stored and mailbox.can_read_mail(request.user),
        }
        return super().changelist_view(request, extra_context)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the planner and the report page create deliveries

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(description="period", ordering="period_start")
    def period_label(self, obj: Delivery) -> str:
        return obj.period.label()

    @admin.display(description="last error")
    def error(self, obj: Delivery) -> str:
        return obj.last_error[:80]

    @admin.action(description="Send the selected failed deliveries again", permissions=["delete"])
    def send_again(self, request: HttpRequest, queryset) -> None:
        failed = list(queryset.filter(status=DeliveryStatus.FAILED).values_list("pk", flat=True))
        Delivery.objects.filter(pk__in=failed).update(status=DeliveryStatus.PENDING)
        for delivery_id in failed:
            tasks.enqueue_send(delivery_id)
        self.message_user(request, f"{len(failed)} failed deliveries will be sent again.")
