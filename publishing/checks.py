"""System checks of the publishing settings (ids publishing.E0xx)."""

from django.conf import settings
from django.core.checks import Error, register

from claims.claimreview import url_template_problem


@register()
def check_claimreview_url_template(app_configs=None, **kwargs) -> list[Error]:
    template = settings.CLAIMREVIEW_URL_TEMPLATE
    problem = template and url_template_problem(template)
    if not problem:
        return []
    return [
        Error(
            f"CLAIMREVIEW_URL_TEMPLATE {problem}: {template!r}",
            hint="For example https://news.example.org/fact-checks/{slug}/, or leave it empty.",
            id="publishing.E001",
        )
    ]
