"""The claim page's conversation: comments posted from the rendered page, shown escaped, with
@mentions that reach the mentioned person's Notifications page."""

import lxml.html
import pytest
from django.urls import reverse

from claims.conversation import post_comment
from tests.admin.pages import buttons, claim_url, messages_of, submit
from tests.workflow.factories import claim_in_review, make_claim

pytestmark = pytest.mark.django_db
COMMENT_FORM = "new-comment"
NOTIFICATIONS = reverse("admin:claims_notification_changelist")


def thread(response) -> list[tuple[str, str]]:
    """(author, text) of each comment the claim page shows, in page order."""
    page = lxml.html.fromstring(response.content.decode())
    return [
        (
            item.xpath(".//p[@class='comment-meta']/strong")[0].text_content(),
            item.xpath(".//p[@class='comment-text']")[0].text_content(),
        )
        for item in page.xpath("//li[@class='comment']")
    ]


def notifications_listed(response) -> list[tuple[str, str]]:
    """(text, link) of each notification row on the Notifications page."""
    page = lxml.html.fromstring(response.content.decode())
    return [(a.text_content(), a.get("href")) for a in page.xpath("//td[@class='field-what']/a")]


def test_a_comment_with_a_mention_reaches_the_mentioned_editors_notifications_page(client, reviewer, editor):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    posted = submit(
        client,
        page,
        "Comment",
        {"comment": "@erin is the 2019 table good enough?"},
        form_id=COMMENT_FORM,
        follow=True,
    )
    assert messages_of(posted) == ["Comment added."]
    assert thread(posted) == [("rita", "@erin is the 2019 table good enough?")]
    assert '<strong class="mention">@erin</strong>' in posted.content.decode()
    assert claim.comments.get().history.get().history_user == reviewer

    client.force_login(editor)
    front = client.get(reverse("admin:index")).content.decode()
    assert '<strong class="unread-notifications">1</strong> unread notification</a>' in front
    # ... and in the header of every admin page, the claim list's too
    claims_list = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert 'class="notifications-link">Notifications (1)</a>' in claims_list
    page = client.get(NOTIFICATIONS)
    assert f'<td class="field-claim_text">{claim.text}</td>' in page.content.decode()
    [(text, link)] = notifications_listed(page)
    assert text == f"rita mentioned you on claim #{claim.pk}: @erin is the 2019 table good enough?"
    opened = client.get(link)
    assert opened.url == claim_url(claim)
    assert notifications_listed(client.get(NOTIFICATIONS)) == []
    assert len(notifications_listed(client.get(NOTIFICATIONS + "?show=all"))) == 1


def test_a_script_in_a_comment_is_shown_as_text_never_run(client, reviewer, editor):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    attack = '<script>alert("x")</script> @erin <img src=x onerror=alert(1)>'
    submit(client, client.get(claim_url(claim)), "Comment", {"comment": attack}, form_id=COMMENT_FORM)
    html = client.get(claim_url(claim)).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    client.force_login(editor)
    listed = client.get(NOTIFICATIONS).content.decode()
    assert "<script>alert" not in listed and "&lt;script&gt;" in listed


def test_a_reviewer_comments_on_a_claim_they_may_only_read(client, reviewer, other_reviewer):
    claim = claim_in_review(other_reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    assert "Save" not in buttons(page)  # read-only for rita: the claim is ravi's
    submit(client, page, "Comment", {"comment": "@ravi I saw this quote elsewhere."}, form_id=COMMENT_FORM)
    assert claim.comments.get().author == reviewer
    assert other_reviewer.notifications.count() == 1


def test_an_empty_comment_is_an_error_and_stores_nothing(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    posted = submit(
        client, client.get(claim_url(claim)), "Comment", {"comment": "   "}, form_id=COMMENT_FORM, follow=True
    )
    assert messages_of(posted) == ["Write something to comment."]
    assert claim.comments.count() == 0


def test_a_staff_user_without_a_role_can_neither_see_the_box_nor_post_a_comment(client, stranger):
    claim = make_claim()
    client.force_login(stranger)
    response = client.post(reverse("admin:claims_claim_comment", args=[claim.pk]), {"comment": "hi"})
    assert response.status_code == 403
    assert claim.comments.count() == 0


def test_a_staff_user_without_a_role_has_no_notifications_page(client, stranger):
    client.force_login(stranger)
    assert client.get(NOTIFICATIONS).status_code == 403
    assert client.get(reverse("admin:claims_notification_settings")).status_code == 403


def test_nobody_sees_another_persons_notifications(client, reviewer, editor):
    claim = make_claim()
    post_comment(claim, editor, "@rita please take this one")
    [notification] = reviewer.notifications.all()
    client.force_login(editor)
    assert notifications_listed(client.get(NOTIFICATIONS)) == []
    assert client.get(reverse("admin:claims_notification_open", args=[notification.pk])).status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_mark_all_read_empties_the_unread_list(client, reviewer, editor):
    post_comment(make_claim(), editor, "@rita one")
    post_comment(make_claim(), editor, "@rita two")
    client.force_login(reviewer)
    page = client.get(NOTIFICATIONS)
    assert len(notifications_listed(page)) == 2
    done = submit(client, page, "Mark all read", form_id="read-all", follow=True)
    assert messages_of(done) == ["Marked 2 notification(s) read."]
    assert notifications_listed(done) == []
