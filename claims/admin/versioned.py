"""Admin pages of versioned models (claims.models.versioning)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import BaseModelFormSet
from django.http import HttpResponseRedirect
from django.utils.html import format_html

from claims.models.versioning import EditConflict, conflict_message, missing_version_message


def versions_posted(data) -> dict[int, int]:
    """{pk: the version its list showed}, from the rows' `version-<pk>` inputs
    (VersionCheckedAdmin.action_checkbox, or a bulk step's confirmation page)."""
    found = {}
    for name, value in data.items():
        prefix, _, pk = name.partition("-")
        if prefix == "version" and pk.isdigit() and value.isdigit():
            found[int(pk)] = int(value)
    return found


class VersionCheckedListFormSet(BaseModelFormSet):
    """A list's editable rows (`list_editable`), saved only as the list showed them: a row changed
    since the list was loaded, or posted without its version, refuses the whole save. Every row
    posts its values, changed or not, so a stale list would otherwise put back what another admin
    changed meanwhile on any row of it."""

    def clean(self):
        super().clean()
        loaded = versions_posted(self.data)
        for form in self.forms:
            row = form.instance
            if row.pk not in loaded:
                raise ValidationError(missing_version_message(row), code="conflict")
            if loaded[row.pk] != row.version:
                raise ValidationError(conflict_message(row, loaded[row.pk]), code="conflict")


class VersionCheckedAdmin:
    """Admin mixin for versioned models: a save that loses the race after the form's check
    (claims.models.versioning.EditConflict) is an error message on the page, not a 500. The list
    carries each row's version, which bulk steps and the list's own editable columns check."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return self._refusing_conflicts(request, super().changeform_view, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        return self._refusing_conflicts(
            request, super().history_form_view, object_id, version_id, extra_context
        )

    def changelist_view(self, request, extra_context=None):
        return self._refusing_conflicts(request, super().changelist_view, extra_context)

    def action_checkbox(self, obj):
        """The row's tick box, and the version the list shows."""
        version = format_html('<input type="hidden" name="version-{}" value="{}">', obj.pk, obj.version)
        return super().action_checkbox(obj) + version

    def get_changelist_formset(self, request, **kwargs):
        return super().get_changelist_formset(request, **{"formset": VersionCheckedListFormSet, **kwargs})

    def _refusing_conflicts(self, request, view, *args):
        try:
            return view(request, *args)
        except EditConflict as conflict:
            # Nothing of this request landed: the versioned save wrote nothing.
            self.message_user(request, str(conflict), messages.ERROR)
            return HttpResponseRedirect(request.path)
