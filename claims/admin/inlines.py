"""Sources and the draft verdict, edited on the claim page by the claim's assignee."""

from django import forms
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html

from claims.admin.display import link_badge
from claims.admin.forms import VerdictForm, VersionCheckedForm, verdict_form_for
from claims.models import Source, Verdict
from claims.workflow import can_edit


class WorkedOnInline:
    """Editable only by the assignee while the claim is in review or being corrected."""

    def _may_edit(self, request, obj) -> bool:
        return obj is not None and can_edit(obj, request.user)

    def has_add_permission(self, request, obj=None) -> bool:
        return self._may_edit(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return self._may_edit(request, obj) and super().has_change_permission(request, obj)

    def get_fields(self, request, obj=None):
        # Each row's version travels (a hidden input) with an editable form: a stale tab is refused.
        fields = super().get_fields(request, obj)
        return [*fields, "version"] if self._may_edit(request, obj) else fields


class SourceFormSet(forms.BaseInlineFormSet):
    """The claim's sources; those a published verdict cites are on record, so shown but
    neither editable nor deletable (a correction cites new ones instead)."""

    @cached_property
    def on_record(self) -> set[int]:
        return set(self.queryset.on_record().values_list("pk", flat=True))

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if form.instance.pk in self.on_record:
            for field in form.fields.values():
                field.disabled = True
        return form


class SourceInline(WorkedOnInline, admin.TabularInline):
    model = Source
    form = VersionCheckedForm  # the admin adds the fields; the form adds the version check
    formset = SourceFormSet
    extra = 0
    # The link state next to the URL, and narrow inputs, so it shows without scrolling.
    fields = ["url", "link", "title", "kind", "note"]
    readonly_fields = ["link"]
    verbose_name_plural = "Sources"
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 24})},
        models.CharField: {"widget": forms.TextInput(attrs={"size": 24})},
        models.URLField: {"assume_scheme": "https", "widget": forms.URLInput(attrs={"size": 36})},
    }

    def get_extra(self, request, obj=None, **kwargs) -> int:
        return 1 if self._may_edit(request, obj) and not obj.sources.exists() else 0

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._may_edit(request, obj) and super().has_delete_permission(request, obj)

    @admin.display(description="link")
    def link(self, source: Source):
        if not source.pk:
            return "checked once saved"
        history = reverse("admin:claims_source_change", args=[source.pk])
        return format_html('{} <a class="link-history" href="{}">checks</a>', link_badge(source), history)


class DraftVerdictInline(WorkedOnInline, admin.StackedInline):
    """The one verdict being written; published verdicts are shown read-only above it."""

    model = Verdict
    form = VerdictForm  # per claim: verdict_form_for(), in get_formset()
    fields = ["rating", "summary", "sources"]
    max_num = 1
    can_delete = False
    verbose_name = "verdict"
    verbose_name_plural = "Verdict (draft)"

    def get_queryset(self, request):
        return (
            super().get_queryset(request).filter(published_at__isnull=True).select_related("rating", "author")
        )

    def get_extra(self, request, obj=None, **kwargs) -> int:
        return 1 if self._may_edit(request, obj) and obj.draft_verdict() is None else 0

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = verdict_form_for(obj)
        return super().get_formset(request, obj, **kwargs)
