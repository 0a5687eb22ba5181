"""Admin pages of versioned models (claims.models.versioning)."""

from django.contrib import messages
from django.http import HttpResponseRedirect

from claims.models.versioning import EditConflict


class VersionCheckedAdmin:
    """Admin mixin for versioned models: a save that loses the race after the form's check
    (claims.models.versioning.EditConflict) is an error message on the page, not a 500."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except EditConflict as conflict:
            # Nothing of this request landed: the transaction rolled back.
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)
