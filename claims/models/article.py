from django.conf import settings
from django.db import models


class ArticleStatus(models.TextChoices):
    PENDING = "pending", "Waiting for extraction"
    EXTRACTED = "extracted", "Claims extracted"
    FAILED = "failed", "Extraction failed"


class Article(models.Model):
    """A news article as ingested; claims point into `body` by character offsets."""

    url = models.URLField("canonical URL", max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    author = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    body = models.TextField(help_text="Normalised article text; claim offsets refer to it.")
    html = models.TextField(blank=True, help_text="Sanitised HTML, when the article came as HTML.")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the normalised text.")
    skipped_text = models.JSONField(
        default=list, blank=True, help_text="Lines dropped as boilerplate, with the reason."
    )
    status = models.CharField(max_length=16, choices=ArticleStatus, default=ArticleStatus.PENDING)
    error = models.TextField(blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-ingested_at"]
        constraints = [
            # Re-ingesting the same text must find the existing row, never a copy.
            models.UniqueConstraint(fields=["content_hash"], name="article_unique_content_hash"),
            # Same for the same canonical URL; many articles have no URL (pasted text).
            models.UniqueConstraint(fields=["url"], condition=~models.Q(url=""), name="article_unique_url"),
        ]
        indexes = [
            # Reports and the API list articles by outlet and date.
            models.Index(fields=["outlet", "published_on"], name="article_outlet_date_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"Article {self.pk}"
