from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.utils import timezone

from reports.models import Report, ReportKind
from reports.periods import Period, day_period


class BuildReportForm(forms.ModelForm):
    """The admin's "Add report": a digest for a day or a range of days, or an article report."""

    first_day = forms.DateField(
        required=False, widget=AdminDateWidget, help_text="Digest: the day, or the first day of a range."
    )
    last_day = forms.DateField(
        required=False,
        widget=AdminDateWidget,
        help_text="Digest: the last day of a range (included); empty for one day.",
    )

    class Meta:
        model = Report
        fields = ["kind", "first_day", "last_day", "article"]
        help_texts = {"article": "Article report: the article."}

    def clean(self) -> dict:
        data = super().clean()
        if data.get("kind") == ReportKind.ARTICLE:
            if not data.get("article"):
                self.add_error("article", "Choose the article to report on.")
            return data
        first, last = data.get("first_day"), data.get("last_day") or data.get("first_day")
        if not first:
            self.add_error("first_day", "Choose the day the digest covers.")
            return data
        if last < first:
            self.add_error("last_day", "The range ends before it starts.")
            return data
        tz = timezone.get_current_timezone()
        period = Period(day_period(first, tz).start, day_period(last, tz).end)
        self.instance.period_start, self.instance.period_end = period.start, period.end
        self.instance.article = None
        self.instance.title = f"Digest, {period.label()}"
        return data
