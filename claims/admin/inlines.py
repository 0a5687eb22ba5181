"""Sources and the draft verdict, edited on the claim page by the claim's assignee."""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.functional import cached_property

from claims.admin.display import link_cell
from claims.admin.forms import SourceForm, VerdictForm, verdict_form_for
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
    neither editable nor deletable (a correction cites new ones instead).

    A new row's `cite` box puts it in the draft verdict on the same save (`cited()`); a
    saved row's box is shown ticked when the draft cites it, but is changed in the verdict."""

    verdict_formset = None  # the draft verdict's formset on the same page (ClaimAdmin sets it)

    @cached_property
    def on_record(self) -> set[int]:
        return set(self.queryset.on_record().values_list("pk", flat=True))

    @cached_property
    def draft_cites(self) -> set[int]:
        cited = self.queryset.filter(verdicts__published_at__isnull=True)  # by the draft: one query
        return set(cited.values_list("pk", flat=True))

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if form.instance.pk in self.on_record:
            # Not the row's hidden id and claim: a browser sends no disabled input, and a row
            # posted without its id is taken for a new, empty one (the save then fails).
            identity = {self.model._meta.pk.name, self.fk.name}
            for name, field in form.fields.items():
                field.disabled = name not in identity
        if form.instance.pk and "cite" in form.fields:
            form.fields["cite"].disabled = True
            form.fields["cite"].initial = form.instance.pk in self.draft_cites
        return form

    def rewrites_cited(self) -> bool:
        """Does this save change or delete a source the draft cites? (call before `save()`)"""
        touched = {
            form.instance.pk
            for form in self.initial_forms
            if form.has_changed() or self._should_delete_form(form)
        }
        return bool(touched & self.draft_cites)

    def cited(self) -> list[Source]:
        """The new sources ticked `cite`, saved (call after `save()`)."""
        return [
            form.instance
            for form in self.extra_forms
            if form.instance.pk and form.cleaned_data.get("cite") and not self._should_delete_form(form)
        ]

    def clean(self):
        super().clean()
        # Django leaves a row marked for deletion unvalidated, so its version check too: a
        # page loaded before someone changed the source would delete their change unseen.
        for form in self.initial_forms:
            if self._should_delete_form(form):
                conflicts = [e for e in form.non_field_errors().as_data() if e.code == "conflict"]
                if conflicts:
                    raise forms.ValidationError(conflicts)
        citing = any(
            form.cleaned_data.get("cite") and not self._should_delete_form(form) for form in self.extra_forms
        )
        if citing and not self.verdict_written():
            raise forms.ValidationError(
                "A ticked “cite” needs a verdict to go in: choose the verdict’s rating below too.",
                code="no_verdict",
            )

    def verdict_written(self) -> bool:
        """Is there a draft verdict, or is one being written on this page?"""
        if self.instance.draft_verdict() is not None:
            return True
        verdicts = self.verdict_formset
        return verdicts is not None and any(form.has_changed() for form in verdicts.forms)


class SourceInline(WorkedOnInline, admin.TabularInline):
    model = Source
    form = SourceForm  # the admin adds the model's fields; the form adds the version check and cite
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

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        if not self._may_edit(request, obj):
            return fields
        at = fields.index("link") + 1  # beside the link state, where the eye already is
        return [*fields[:at], "cite", *fields[at:]]

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._may_edit(request, obj) and super().has_delete_permission(request, obj)

    @admin.display(description="link")
    def link(self, source: Source):
        return link_cell(source) if source.pk else "checked once saved"


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
