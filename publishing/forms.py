from django import forms

from claims.models import Rating


class CheckSearch(forms.Form):
    """The filters of /checks/: a rating of the scale, a speaker, words to find."""

    q = forms.CharField(label="Search", max_length=200, required=False)
    rating = forms.ChoiceField(label="Rating", required=False)
    speaker = forms.CharField(label="Speaker", max_length=200, required=False)

    def __init__(self, *args, ratings: list[Rating], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rating"].choices = [("", "Any rating"), *((r.slug, r.label) for r in ratings)]
