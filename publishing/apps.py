from django.apps import AppConfig


class PublishingConfig(AppConfig):
    """Readers' side: public fact-check pages, their ClaimReview markup, feeds and sitemap."""

    name = "publishing"
