""" "My queue", "Unassigned" and "Awaiting my sign-off": the claims list, filtered per user.

Each row opens the one claim page (ClaimAdmin); these pages only list."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.urls import reverse

from claims.admin.bulk import dismiss_selected, set_deadline_selected
from claims.admin.claim import ClaimAdmin
from claims.models import AwaitingMySignOff, MyQueue, UnassignedClaim
from claims.models.claim import take_order


class QueueChangeList(ChangeList):
    def url_for_result(self, result) -> str:
        return reverse(
            "admin:claims_claim_change", args=[result.pk], current_app=self.model_admin.admin_site.name
        )


class QueueAdmin(ClaimAdmin):
    change_list_template = "admin/claims/queue_change_list.html"
    view_permission = "claims.view_claim"
    offers_take_next = True  # a queue a reviewer picks work from

    def queue(self, queryset, user):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.queue(super().get_queryset(request), request.user)

    def get_changelist(self, request, **kwargs):
        return QueueChangeList

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm(self.view_permission)

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        # Only the list: the claim page, history and take-next live on ClaimAdmin.
        return [url for url in super().get_urls() if url.name and url.name.endswith("_changelist")]

    def changelist_view(self, request, extra_context=None):
        can_take = self.offers_take_next and request.user.has_perm("claims.take_claim")
        context = {"can_take": can_take, **(extra_context or {})}
        return super().changelist_view(request, context)


@admin.register(MyQueue)
class MyQueueAdmin(QueueAdmin):
    list_display = [
        "short_text",
        "speaker",
        "status_badge",
        "deadline_display",
        "links",
        "waiting",
        "article_display",
    ]

    actions = ["assign_selected", dismiss_selected, set_deadline_selected]  # queued or being worked on

    def queue(self, queryset, user):
        return queryset.assigned_to(user)


@admin.register(UnassignedClaim)
class UnassignedAdmin(QueueAdmin):
    list_display = [
        "short_text",
        "speaker",
        "checkworthiness_display",
        "repeats_display",
        "deadline_display",
        "waiting",
        "article_display",
    ]
    # The order "Take next claim" hands them out: the top row is the one it gives.
    ordering = take_order()

    actions = ["assign_selected", dismiss_selected, set_deadline_selected]  # all queued: none to promote

    def queue(self, queryset, user):
        return queryset.unassigned()


@admin.register(AwaitingMySignOff)
class AwaitingMySignOffAdmin(QueueAdmin):
    view_permission = "claims.sign_off_claim"
    ordering = ["updated_at", "pk"]
    offers_take_next = False  # editors sign off here; taking a claim to review is elsewhere
    actions = None  # no bulk step starts from "awaiting sign-off": each is signed off on its page
    list_display = [
        "short_text",
        "speaker",
        "assignee",
        "deadline_display",
        "links",
        "waiting",
        "article_display",
    ]

    def queue(self, queryset, user):
        return queryset.awaiting_sign_off_by(user)
