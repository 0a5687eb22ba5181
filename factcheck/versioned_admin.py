"""Admin pages of versioned models (claims.models.versioning) and their audit trails, for every
app's admin (claims, reports): a stale page, list or Revert is refused naming who saved first.

The audit trail (django-simple-history) of a row is readable by whoever may view the row. Its
"Revert" writes the old version back, so it is a change like any other: it needs the change
page's permission, judged on the row as it is now (403 otherwise), and the button shows only to
those who have it.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.forms import BaseModelFormSet
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

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


class RowWithVersionInput(forms.HiddenInput):
    """A list row's hidden id, followed by the version the list shows: the row carries it even
    where the list has no tick boxes (a user allowed no bulk action, such as an editor on the
    report subscriptions)."""

    version: int | None = None

    def render(self, name, value, attrs=None, renderer=None):
        shown = super().render(name, value, attrs, renderer)
        if self.version is None:
            return shown
        return shown + format_html('<input type="hidden" name="version-{}" value="{}">', value, self.version)


class VersionCheckedListFormSet(BaseModelFormSet):
    """A list's editable rows (`list_editable`), saved only as the list showed them: a row changed
    since the list was loaded, or posted without its version, refuses the whole save. Every row
    posts its values, changed or not, so a stale list would otherwise put back what another admin
    changed meanwhile on any row of it."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if form.instance.pk is not None:
            pk_field = form.fields[self.model._meta.pk.name]
            pk_field.widget = RowWithVersionInput()
            pk_field.widget.version = form.instance.version

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


class VersionCheckedForm(forms.ModelForm):
    """Carries the `version` the page was loaded with; a stale or missing one is a form error.

    The page must render the hidden `version` input: without it nothing tells a stale page
    from a fresh one, so a POST without it is refused rather than let through. The check
    here gives the user a message beside their unsaved input; the versioned save
    (claims.models.versioning) closes the gap between this check and the write."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["version"] = self.stored_version()

    def stored_version(self) -> int | None:
        """The row's version in the database: the instance's own, as the admin read it for this
        request, except on a history page, whose instance is an old copy (one query then)."""
        if getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None) is None:
            return self.instance.version
        rows = type(self.instance)._base_manager.filter(pk=self.instance.pk)
        return rows.values_list("version", flat=True).first()

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            cleaned.pop("version", None)  # a new row starts at the model's default
            return cleaned
        loaded = cleaned.get("version")
        if loaded is None:
            raise forms.ValidationError(missing_version_message(self.instance), code="conflict")
        if loaded != self.stored_version():
            raise forms.ValidationError(conflict_message(self.instance, loaded), code="conflict")
        self.instance.version = loaded
        return cleaned


class AuditTrailAdmin(SimpleHistoryAdmin):
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        # One transaction, as the change page's save: the check and the write (and what the
        # save does besides, such as making the reverter the draft's author) land together.
        with transaction.atomic():
            current = self.get_object(request, unquote(object_id))
            if current is None or not self.has_change_permission(request, current):
                raise PermissionDenied
            return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None) -> bool:
        return super().revert_disabled(request, obj) or not self.has_change_permission(request, obj)
