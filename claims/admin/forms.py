"""Forms of the claim page: the claim itself, the draft verdict, and the assign action."""

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from claims.admin.display import source_choice_label
from claims.evidence import evidence_warnings
from claims.models import Claim, Rating, Source, Verdict
from claims.models.versioning import conflict_message
from claims.workflow import DismissalKind
from factcheck.versioned_admin import VersionCheckedForm


def assignable_users():
    """Active users whose role lets them work claims (reviewers, editors, admins)."""
    holds = Q(groups__permissions__codename="take_claim") | Q(is_superuser=True)
    return get_user_model().objects.filter(holds, is_active=True).distinct().order_by("username")


class SourceForm(VersionCheckedForm):
    """A source row of the claim page; a new one may be cited by the verdict in the same save."""

    cite = forms.BooleanField(
        required=False,
        label="cite",
        help_text="Tick a new source to cite it in the verdict when you save; saved ones are ticked below.",
    )


SAME_URL = "This claim already has a source with this address."


class NewSourceForm(SourceForm):
    """One new source row, posted alone by the claim page's "Add source" (claims.admin.add_source)."""

    url = forms.URLField(max_length=2000, assume_scheme="https")  # as the claim page's row reads it

    class Meta:
        model = Source
        fields = ["url", "title", "kind", "note"]

    def __init__(self, *args, claim: Claim, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.claim = claim

    def clean_url(self) -> str:
        # The claim is no field here, so the model's (claim, url) constraint is not checked for us.
        url = self.cleaned_data["url"]
        if Source.objects.filter(claim=self.instance.claim, url=url).exists():
            raise forms.ValidationError(SAME_URL, code="unique")
        return url


DISMISS_AS_LABEL = "Dismiss as"
WARNINGS_SEEN = "publish_warnings_seen"  # one hidden input per weak-evidence warning shown
DUPLICATE_OF_LABEL = "Duplicate of claim #"


def earlier_claim(pk: int | None) -> Claim | None:
    """The claim a duplicate points to, by the number typed in "Duplicate of claim #"."""
    if pk is None:
        return None
    original = Claim.objects.filter(pk=pk).first()
    if original is None:
        raise forms.ValidationError(f"There is no claim #{pk}.")
    return original


def check_ahead(deadline) -> None:
    """A deadline being set must still be to come: a typo in the year would make claims
    overdue at once."""
    if deadline <= timezone.now():
        raise forms.ValidationError("That time has passed: give a deadline still to come.")


def check_dismissal(form: forms.Form, cleaned: dict) -> None:
    """Errors beside the control that needs them: the kind on "Dismiss as", the earlier
    claim on "Duplicate of claim #" (the workflow refuses the same, in one message)."""
    kind = cleaned.get("dismissal")
    if not kind:
        form.add_error(
            "dismissal", "Choose what to dismiss as: " + ", ".join(DismissalKind.labels).lower() + "."
        )
    elif (
        kind == DismissalKind.DUPLICATE
        and not cleaned.get("duplicate_of_id")
        and "duplicate_of_id" not in form.errors
    ):
        form.add_error("duplicate_of_id", "Give the number of the earlier claim this repeats.")


class ClaimForm(VersionCheckedForm):
    """The claim's own fields plus the inputs some workflow steps need."""

    note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        label="Reason",
        help_text=(
            "Needed to send back, reopen for correction or abandon a correction; with Dismiss, it says why. "
            "Kept on record."
        ),
    )
    dismissal = forms.ChoiceField(
        required=False, choices=[("", "—")] + list(DismissalKind.choices), label=DISMISS_AS_LABEL
    )
    duplicate_of_id = forms.IntegerField(required=False, min_value=1, label=DUPLICATE_OF_LABEL)
    assign_to = forms.ModelChoiceField(queryset=None, required=False, label="Assign to")
    publish_anyway = forms.BooleanField(required=False, label="Publish on this evidence anyway")
    publish_reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        label="Why",
        help_text="Kept on record with the verdict.",
    )

    class Meta:
        model = Claim
        fields = ["speaker", "is_quote", "is_reported", "checked_text"]
        widgets = {"checked_text": forms.Textarea(attrs={"rows": 2, "cols": 80})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assign_to"].queryset = assignable_users()
        # During a correction the fields show the held change, the one being worked on.
        self.published = {}
        for field, value in self.instance.pending_details.items():
            if field in self.fields:
                self.published[field] = getattr(self.instance, field)
                self.initial[field] = value

    def _post_clean(self):
        super()._post_clean()
        # A held field the user left alone keeps its published value on the claim, so a save
        # of something else (a deadline) never publishes the held change (Claim.hold_details).
        for field, value in self.published.items():
            if field not in self.changed_data:
                setattr(self.instance, field, value)

    def clean_duplicate_of_id(self):
        return earlier_claim(self.cleaned_data.get("duplicate_of_id"))

    def clean_deadline(self):
        """A new deadline is still to come (a typo in the year would make the claim overdue at
        once); one already stored may have passed, so an unchanged form still saves."""
        deadline = self.cleaned_data.get("deadline")
        if deadline is not None and "deadline" in self.changed_data:
            check_ahead(deadline)
        return deadline

    def clean(self):
        cleaned = super().clean()
        if self.data.get("_step") == "publish" and self.instance.pk:
            self.check_publish_confirmed(cleaned)
        if self.data.get("_step") == "dismiss":
            check_dismissal(self, cleaned)
        if self.data.get("_step") == "abandon" and self.instance.pk:
            self.check_draft_as_shown()
        return cleaned

    def check_draft_as_shown(self) -> None:
        """Abandoning drops the correction's draft: the one the page showed (`draft_version`,
        empty for none), not one its reviewer rewrote since. One query."""
        draft = self.instance.draft_verdict()
        if self.data.get("draft_version", "") != (str(draft.version) if draft else ""):
            by = f" by {draft.author.get_username()}" if draft else ""
            raise forms.ValidationError(
                f"The correction's draft was changed{by} since you loaded this page: nothing was "
                "abandoned. Read it and abandon again if it is still not needed.",
                code="conflict",
            )

    def check_publish_confirmed(self, cleaned: dict) -> None:
        """Publishing on weak evidence needs the box ticked and a reason (claims.evidence)."""
        draft = self.instance.draft_verdict()
        if draft is None or not evidence_warnings(self.instance, draft):
            return
        if not cleaned.get("publish_anyway"):
            self.add_error("publish_anyway", "The evidence is weak: tick this box to publish anyway.")
        if not (cleaned.get("publish_reason") or "").strip():
            self.add_error("publish_reason", "Say why you publish on this evidence; it is kept on record.")

    def workflow_options(self) -> dict:
        data = self.cleaned_data
        return {
            "reason": data.get("note") or "",
            "dismissal": data.get("dismissal") or "",
            "duplicate_of": data.get("duplicate_of_id"),
            "assignee": data.get("assign_to"),
            "publish_reason": (data.get("publish_reason") or "") if data.get("publish_anyway") else "",
            # The warnings the page showed (publish_warnings.html), which a confirmation covers.
            "warnings_seen": self.data.getlist(WARNINGS_SEEN) if data.get("publish_anyway") else None,
        }


class RatingChoiceField(forms.ModelChoiceField):
    """Each rating with its one-line definition, so the scale explains itself."""

    def label_from_instance(self, rating: Rating) -> str:
        return f"{rating.label} — {rating.definition}"


class SourceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, source: Source):
        return source_choice_label(source)


class VerdictForm(VersionCheckedForm):
    rating = RatingChoiceField(queryset=Rating.objects.filter(is_active=True), widget=forms.RadioSelect)
    sources = SourceChoiceField(
        queryset=Source.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The sources this verdict rests on; at least one before submitting.",
    )

    class Meta:
        model = Verdict
        fields = ["rating", "summary", "sources"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4, "cols": 80})}

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk and self.instance.claim_id:
            # Another tab or person saved the claim's first draft after this page was loaded.
            drafts = Verdict.objects.filter(claim_id=self.instance.claim_id, published_at__isnull=True)
            started = drafts.first()
            if started is not None:
                raise forms.ValidationError(conflict_message(started, None), code="conflict")
        return cleaned


def verdict_form_for(claim: Claim | None) -> type[VerdictForm]:
    """A VerdictForm whose source choices are the claim's own sources."""

    class ClaimVerdictForm(VerdictForm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            if claim is not None and "sources" in self.fields:
                self.fields["sources"].queryset = claim.sources.order_by("added_at")

    return ClaimVerdictForm


class BulkDismissForm(forms.Form):
    """The confirmation page of the lists' "Dismiss selected claims" action."""

    dismissal = forms.ChoiceField(
        required=False, choices=[("", "—")] + list(DismissalKind.choices), label=DISMISS_AS_LABEL
    )
    duplicate_of_id = forms.IntegerField(
        required=False, min_value=1, label=DUPLICATE_OF_LABEL, help_text="Only when dismissed as a duplicate."
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        label="Reason",
        help_text="Kept on record with each claim.",
        error_messages={"required": "Say why these claims are dismissed; it is kept on record."},
    )

    def clean_duplicate_of_id(self):
        return earlier_claim(self.cleaned_data.get("duplicate_of_id"))

    def clean(self):
        cleaned = super().clean()
        check_dismissal(self, cleaned)
        return cleaned

    def workflow_options(self) -> dict:
        data = self.cleaned_data
        return {
            "dismissal": data["dismissal"],
            "duplicate_of": data["duplicate_of_id"],
            "reason": data["reason"],
        }


class BulkDeadlineForm(forms.Form):
    """The confirmation page of the lists' "Set the deadline of selected claims" action."""

    deadline = forms.SplitDateTimeField(
        widget=AdminSplitDateTime,
        label="Deadline",
        help_text="The same for every claim listed; change one on its own page.",
        error_messages={"required": "Give the deadline: a date and a time."},
    )

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        check_ahead(deadline)
        return deadline


class AssignActionForm(ActionForm):
    assignee = forms.ModelChoiceField(queryset=None, required=False, label="Assign to")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users()
