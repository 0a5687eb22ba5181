"""The admin's "Add article" form: paste text or HTML, or give a URL.

The same pipeline as every other way in.
"""

from django import forms

from claims.ingest import IngestResult, ingest


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
        assume_scheme="https",
        help_text="Or give the article's address to fetch it.",
    )

    def clean(self):
        data = super().clean()
        given = [name for name in ("text", "html", "url") if (data.get(name) or "").strip()]
        if len(given) != 1:
            raise forms.ValidationError("Give exactly one of: the text, the HTML, or a URL.")
        self.source_field = given[0]
        return data

    def ingest(self, *, user) -> IngestResult:
        """Store the article and queue extraction; raises claims.ingest.IngestError."""
        return ingest(**{self.source_field: self.cleaned_data[self.source_field]}, user=user)
