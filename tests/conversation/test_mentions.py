"""@mentions: what counts as one, whom it finds, and how a comment is shown."""

import pytest

from claims import mentions
from claims.conversation import CommentRefused, post_comment
from reviewers.models import NotificationEvent as E
from tests.conftest import make_user
from tests.conversation.conftest import told
from tests.workflow.factories import make_claim


def test_names_are_found_once_each_in_order_and_e_mail_addresses_are_not_mentions():
    text = 'Ask @Rita, then @"Erin Example". Mail erin@example.org, not @rita again; @ alone is nothing.'
    assert mentions.mentioned_names(text) == ["rita", "erin example"]


def test_only_resolved_mentions_are_marked_and_everything_is_escaped():
    html = mentions.render("@rita see <b>this</b> & ask @nobody", {"rita"})
    assert html == ('<strong class="mention">@rita</strong> see &lt;b&gt;this&lt;/b&gt; &amp; ask @nobody')


@pytest.mark.django_db
def test_mentions_find_active_staff_who_read_claims_by_username_or_full_name(reviewer, editor, stranger):
    editor.first_name, editor.last_name = "Erin", "Example"
    editor.save()
    inactive = make_user("ivan", "reviewer")
    inactive.is_active = False
    inactive.save()
    found = mentions.resolve(["rita", "erin example", "sam", "ivan", "nobody"])
    assert found == {"rita": reviewer, "erin example": editor}


@pytest.mark.django_db
def test_a_comment_tells_each_mentioned_person_once_and_never_its_author(reviewer, editor, other_editor):
    claim = make_claim()
    comment = post_comment(claim, reviewer, "@erin @ERIN @rita @eddie: is the\nsource good enough?")
    message = f"rita mentioned you on claim #{claim.pk}: @erin @ERIN @rita @eddie: is the source good enough?"
    assert told(editor) == told(other_editor) == [(E.MENTIONED, message)]
    assert told(reviewer) == []
    assert set(comment.mentioned.all()) == {reviewer, editor, other_editor}


@pytest.mark.django_db
def test_an_unknown_name_is_plain_text_and_no_error(reviewer):
    comment = post_comment(make_claim(), reviewer, "Ask @nobody about it.")
    assert comment.html() == "Ask @nobody about it."
    assert list(comment.mentioned.all()) == []


@pytest.mark.django_db
def test_an_empty_or_overlong_comment_or_one_from_a_person_without_a_role_is_refused(reviewer, stranger):
    claim = make_claim()
    with pytest.raises(CommentRefused, match="Write something"):
        post_comment(claim, reviewer, "  \n ")
    with pytest.raises(CommentRefused, match="at most 4,000 characters; this one has 4,001"):
        post_comment(claim, reviewer, "x" * 4001)
    with pytest.raises(CommentRefused, match="sam may not comment"):
        post_comment(claim, stranger, "Hello")
    assert claim.comments.count() == 0


@pytest.mark.django_db
def test_each_comment_is_kept_in_the_audit_trail_with_its_author(reviewer):
    comment = post_comment(make_claim(), reviewer, "First look: the figure is from 2019.")
    [record] = comment.history.all()
    assert (record.history_user, record.history_change_reason, record.text) == (
        None,
        "comment",
        "First look: the figure is from 2019.",
    )
    assert record.author == reviewer
