"""The admin page where an admin issues API tokens (replaces knox's own).

Every token expires: the expiry is required, in the future and at most
API_TOKEN_MAX_DAYS away (knox's form would take a blank: a token that never expires);
it starts at the configured lifetime. The new token is shown once, on the page that
answers the save, and never put in a cookie or message; only its digest is stored.
"""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils import timezone
from knox.admin import AuthTokenAdmin, AuthTokenCreateForm
from knox.models import AuthToken
from knox.settings import knox_settings

admin.site.unregister(AuthToken)


class ExpiryRequired(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expiry"].required = True
        self.fields["expiry"].help_text = f"At most {settings.API_TOKEN_MAX_DAYS} days from now."

    def clean_expiry(self):
        expiry = self.cleaned_data["expiry"]
        now = timezone.now()
        if expiry <= now:
            raise forms.ValidationError("The expiry must be in the future.")
        if expiry > now + timedelta(days=settings.API_TOKEN_MAX_DAYS):
            raise forms.ValidationError(
                f"A token may last at most {settings.API_TOKEN_MAX_DAYS} days (API_TOKEN_MAX_DAYS)."
            )
        return expiry


class TokenCreateForm(ExpiryRequired, AuthTokenCreateForm):
    pass


class TokenChangeForm(ExpiryRequired):
    class Meta:
        model = AuthToken
        fields = ["expiry"]


@admin.register(AuthToken)
class TokenAdmin(AuthTokenAdmin):
    add_form = TokenCreateForm
    form = TokenChangeForm
    list_display = ["user", "token_key", "created", "expiry"]
    list_select_related = ["user"]
    search_fields = ["token_key", "user__username"]
    raw_id_fields = []
    autocomplete_fields = ["user"]

    def get_fields(self, request, obj=None):
        return ["user", "expiry"] if obj is None else ["user", "token_key", "created", "expiry"]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else ["user", "token_key", "created"]

    def get_changeform_initial_data(self, request) -> dict:
        return {
            **super().get_changeform_initial_data(request),
            "expiry": timezone.now() + knox_settings.TOKEN_TTL,
        }

    def save_model(self, request, obj, form, change) -> None:
        admin.ModelAdmin.save_model(self, request, obj, form, change)
        if not change:
            obj.new_token = form.token  # for response_add only; never stored

    def response_add(self, request, obj, post_url_continue=None):
        """The token, once, in this answer's page (a message would travel in a cookie)."""
        context = {
            **self.admin_site.each_context(request),
            "title": "API token created",
            "opts": self.model._meta,
            "token": obj.new_token,
            "owner": obj.user,
            "expiry": obj.expiry,
        }
        response = TemplateResponse(request, "admin/knox/authtoken/created.html", context)
        response["Cache-Control"] = "no-store"
        return response
