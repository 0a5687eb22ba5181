"""The admin's "Add article" form: paste text or HTML, or give a URL; title, outlet,
author and date are detected when left blank, and what the editor types wins.

The same rules and pipeline as every other way in (claims.ingest.Submission).
"""

from django import forms

from claims.detected_metadata import detect_metadata
from claims.ingest import METADATA, IngestError, IngestResult, InputError, Submission

DETECT = "Leave blank to detect it from the article."


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        help_text="Paste the article as plain text: headline first, paragraphs separated by blank lines.",
    )
    html = forms.CharField(
        label="HTML",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "cols": 100}),
        help_text="Or paste the page's HTML: navigation, ads and comments are dropped.",
    )
    url = forms.URLField(
        label="URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="The article's address. Given alone, the page is fetched from it.",
    )
    title = forms.CharField(required=False, max_length=500, help_text=DETECT)
    outlet = forms.CharField(required=False, max_length=200, help_text=DETECT)
    author = forms.CharField(required=False, max_length=200, help_text=DETECT)
    published_on = forms.DateField(label="Published", required=False, help_text=f"YYYY-MM-DD. {DETECT}")

    def clean(self):
        data = super().clean()
        if self.errors:  # a field of its own is wrong (a bad URL, a bad date): say that alone
            return data
        try:
            self.source_field = self.submission().source()
        except InputError as exc:
            self.add_error(exc.field if exc.field in self.fields else None, str(exc))
        return data

    def submission(self) -> Submission:
        """The article as typed; the metadata typed wins over whatever detection finds."""
        data = self.cleaned_data
        return Submission(
            **{name: data.get(name) or "" for name in ("text", "html", "url")},
            **{name: data[name] for name in METADATA if data.get(name)},
        )

    def preview(self) -> "ArticleIngestForm":
        """The same form with its blank metadata fields (and URL) filled from the article."""
        if self.source_field == "url":
            return self  # fetched only when added; its metadata is detected then
        source = self.cleaned_data[self.source_field]
        try:
            self.submission().check()  # the same limits as adding it
            detected = detect_metadata(**{self.source_field: source})
        except IngestError as exc:
            self.add_error(self.source_field, str(exc))
            return self
        data = self.data.copy()
        for name, value in detected.items():
            if not (data.get(name) or "").strip():
                data[name] = value.isoformat() if name == "published_on" else value
        return type(self)(data)

    def ingest(self, *, user) -> IngestResult:
        """Store the article and queue extraction; raises claims.ingest.IngestError."""
        return self.submission().ingest(user=user)
