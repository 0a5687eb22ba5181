from django.conf import settings
from django.db import models
from django.utils.safestring import SafeString
from simple_history.models import HistoricalRecords

from claims import mentions

# Long enough for a worked argument, short enough that a thread stays readable.
COMMENT_MAX_CHARS = 4000


class Comment(models.Model):
    """A remark on a claim's page, plain text with @mentions. Comments are only added:
    nobody edits another's words, and the audit trail keeps each one with its author.

    Add them with `claims.conversation.post_comment`, which notifies the mentioned."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="claim_comments"
    )
    text = models.TextField(max_length=COMMENT_MAX_CHARS)
    mentioned = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            # The claim page's thread: one claim's comments, oldest first.
            models.Index(fields=["claim", "created_at"], name="comment_claim_created_idx"),
        ]

    def __str__(self) -> str:
        return f"Comment #{self.pk} on claim #{self.claim_id}"

    def html(self) -> SafeString:
        """The text escaped, its resolved mentions marked. Reads `mentioned`: prefetch it."""
        names = set().union(*(mentions.names_of(user) for user in self.mentioned.all()))
        return mentions.render(self.text, names)
