"""The admin page where an admin issues API tokens (replaces knox's own).

A new token gets the configured lifetime unless the admin changes it (knox's form
would leave it blank: a token that never expires), and the token is shown once, in
plain words, right after saving; only its digest is stored.
"""

from django.contrib import admin, messages
from django.utils import timezone
from knox.admin import AuthTokenAdmin
from knox.models import AuthToken
from knox.settings import knox_settings

admin.site.unregister(AuthToken)


@admin.register(AuthToken)
class TokenAdmin(AuthTokenAdmin):
    list_display = ["user", "token_key", "created", "expiry"]
    list_select_related = ["user"]
    search_fields = ["token_key", "user__username"]
    raw_id_fields = []
    autocomplete_fields = ["user"]

    def get_changeform_initial_data(self, request) -> dict:
        return {
            **super().get_changeform_initial_data(request),
            "expiry": timezone.now() + knox_settings.TOKEN_TTL,
        }

    def save_model(self, request, obj, form, change) -> None:
        admin.ModelAdmin.save_model(self, request, obj, form, change)
        if not change:
            self.message_user(
                request,
                f"API token for {obj.user}: {form.token} — copy it now, it is not shown again. "
                f"Send it as 'Authorization: Token {form.token}'.",
                messages.WARNING,
            )
