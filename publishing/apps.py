from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """Readers' side: public fact-check pages, their ClaimReview markup, feeds and sitemap."""

    name = "publishing"

    def ready(self) -> None:
        from publishing import checks  # noqa: F401  (registers the system checks)
