"""Each person's Notifications page (their unread ones, with links) and their choice of channels.

Anyone who may read claims sees their own notifications here and nobody else's."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from claims.admin.verdict import WrittenByTheWorkflow
from claims.models import Notification
from reviewers.models import NotificationEvent, NotificationPreference, Reviewer


class ReadFilter(admin.SimpleListFilter):
    """Unread by default; "All" shows the read ones too."""

    title = "show"
    parameter_name = "show"

    def lookups(self, request, model_admin):
        return [("all", "All, read too")]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Unread",
        }
        yield from list(super().choices(changelist))[1:]

    def queryset(self, request, queryset):
        return queryset if self.value() == "all" else queryset.filter(read_at__isnull=True)


class PreferencesForm(forms.Form):
    """Two boxes per event: in the admin, by e-mail; and, for people with a reviewer profile,
    their own consent to be named on public pages (nobody else's to give)."""

    def __init__(self, *args, choices: dict[str, tuple[bool, bool]], profile: Reviewer | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.profile = profile
        if profile is not None:
            field = Reviewer._meta.get_field("credit_publicly")
            self.fields["credit_publicly"] = forms.BooleanField(
                required=False,
                initial=profile.credit_publicly,
                label=field.verbose_name.capitalize(),
                help_text=field.help_text,
            )
        for event in NotificationEvent:
            in_admin, by_email = choices[event.value]
            self.fields[f"{event.value}_admin"] = forms.BooleanField(required=False, initial=in_admin)
            self.fields[f"{event.value}_email"] = forms.BooleanField(required=False, initial=by_email)

    def rows(self):
        """(event label, admin box, e-mail box) for the page's table."""
        return [(e.label, self[f"{e.value}_admin"], self[f"{e.value}_email"]) for e in NotificationEvent]

    def save(self, user) -> None:
        with transaction.atomic():
            if self.profile is not None:
                # update(), not save(): Reviewer.save() would also reset the role's groups.
                Reviewer.objects.filter(pk=self.profile.pk).update(
                    credit_publicly=self.cleaned_data["credit_publicly"]
                )
            for event in NotificationEvent:
                NotificationPreference.objects.update_or_create(
                    user=user,
                    event=event.value,
                    defaults={
                        "in_admin": self.cleaned_data[f"{event.value}_admin"],
                        "by_email": self.cleaned_data[f"{event.value}_email"],
                    },
                )


@admin.register(Notification)
class NotificationAdmin(WrittenByTheWorkflow, admin.ModelAdmin):
    list_display = ["what", "claim_text", "when", "read"]
    list_select_related = ["claim"]
    list_display_links = None
    list_filter = [ReadFilter]
    list_per_page = 50
    show_full_result_count = False  # one COUNT(*) less
    actions = ["mark_selected_read"]
    change_list_template = "admin/claims/notification/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).listed_for(request.user)

    # Everyone reads their own; the workflow writes them (no add, change or delete here).
    def has_view_permission(self, request, obj=None) -> bool:
        own = obj is None or obj.recipient_id == request.user.pk
        return own and request.user.has_perm("claims.view_claim")

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def has_mark_read_permission(self, request) -> bool:
        return self.has_view_permission(request)

    @admin.display(description="notification")
    def what(self, obj: Notification):
        url = reverse("admin:claims_notification_open", args=[obj.pk], current_app=self.admin_site.name)
        return format_html('<a href="{}">{}</a>', url, obj.message)

    @admin.display(description="claim")
    def claim_text(self, obj: Notification) -> str:
        return Truncator(obj.claim.text).chars(80)

    @admin.display(description="when", ordering="created_at")
    def when(self, obj: Notification):
        return obj.created_at

    @admin.display(description="read", boolean=True)
    def read(self, obj: Notification) -> bool:
        return obj.read_at is not None

    @admin.action(description="Mark selected notifications read", permissions=["mark_read"])
    def mark_selected_read(self, request, queryset) -> None:
        count = queryset.mark_read()
        self.message_user(request, f"Marked {count} notification(s) read.", messages.SUCCESS)

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "My notifications", **(extra_context or {})})

    def get_urls(self):
        own = self.admin_site.admin_view
        return [
            path("<int:pk>/open/", own(self.open_view), name="claims_notification_open"),
            path("read-all/", own(self.read_all_view), name="claims_notification_read_all"),
            path("settings/", own(self.settings_view), name="claims_notification_settings"),
            *[url for url in super().get_urls() if url.name and url.name.endswith("_changelist")],
        ]

    def open_view(self, request, pk: int):
        """Mark the notification read and go to its claim."""
        notification = get_object_or_404(self.get_queryset(request), pk=pk)
        Notification.objects.filter(pk=notification.pk).mark_read()
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[notification.claim_id]))

    def read_all_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_view_permission(request):
            raise PermissionDenied
        count = Notification.objects.unread_for(request.user).mark_read()
        self.message_user(request, f"Marked {count} notification(s) read.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_notification_changelist"))

    def settings_view(self, request):
        """The user's own choice of channels per event, for themselves only."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        choices = NotificationPreference.objects.choices_of(request.user)
        profile = Reviewer.objects.filter(user=request.user).first()
        form = PreferencesForm(request.POST or None, choices=choices, profile=profile)
        if request.method == "POST" and form.is_valid():
            form.save(request.user)
            self.message_user(request, "Your notification settings are saved.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        context = {
            **self.admin_site.each_context(request),
            "title": "My notification settings",
            "form": form,
            "opts": self.opts,
        }
        return TemplateResponse(request, "admin/claims/notification/settings.html", context)
