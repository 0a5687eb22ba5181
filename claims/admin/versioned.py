"""Admin pages of versioned models (claims.models.versioning)."""

from django.contrib import messages
from django.http import HttpResponseRedirect

from claims.models.versioning import EditConflict


class VersionCheckedAdmin:
    """Admin mixin for versioned models: a save that loses the race after the form's check
    (claims.models.versioning.EditConflict) is an error message on the page, not a 500."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return self._refusing_conflicts(request, super().changeform_view, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._refusing_conflicts(
            request, super().history_form_view, object_id, version_id, extra_context
        )

    def _refusing_conflicts(self, request, view, *args):
        try:
            return view(request, *args)
        except EditConflict as conflict:
            # Nothing of this request landed: the versioned save wrote nothing.
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)
