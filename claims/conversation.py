"""The one way a comment is added to a claim: checked, stored, its mentions notified."""

from django.db import transaction

from claims import mentions
from claims.models import Claim, Comment
from claims.models.comment import COMMENT_MAX_CHARS
from claims.notifications.notify import announce_mentions


class CommentRefused(Exception):
    """A comment that cannot be stored; the message is shown to the user as is."""


def may_comment(user) -> bool:
    return user.is_active and user.has_perm("claims.add_comment") and user.has_perm("claims.view_claim")


def post_comment(claim: Claim, author, text: str) -> Comment:
    """Store `author`'s comment on `claim` and notify the people it @mentions.

    An @name that is no active staff user who may read claims stays plain text."""
    if not may_comment(author):
        raise CommentRefused(f"{author.get_username()} may not comment on claims.")
    text = text.strip()
    if not text:
        raise CommentRefused("Write something to comment.")
    if len(text) > COMMENT_MAX_CHARS:
        raise CommentRefused(
            f"A comment has at most {COMMENT_MAX_CHARS:,} characters; this one has {len(text):,}."
        )
    found = mentions.resolve(mentions.mentioned_names(text))
    people = list({user.pk: user for user in found.values()}.values())
    with transaction.atomic():
        comment = Comment(claim=claim, author=author, text=text)
        comment._change_reason = "comment"
        comment.save()
        comment.mentioned.set(people)
        announce_mentions(comment, people)
    return comment
