"""Who is told of what. The workflow (`claims.workflow.apply`) and comments
(`claims.conversation.post_comment`) call these inside their transaction; e-mails go out
after it commits.

    event       told                                                 when
    assigned    the new assignee; the assignee of a reopened claim   assign, correct
    submitted   everyone who may sign it off (sign_off_claim), but   submit
                the verdict's author and drafter (two-person rule)
    sent_back   the verdict's author and the claim's assignee        send_back
    published   the verdict's author and drafter                     publish
    mentioned   each active staff user named with @                 a comment
    taken_off   the claim's assignee, when someone else takes it off  dismiss, release,
                them or abandons the correction they hold              assign (to another),
                                                                       abandon

The person who acted is never told of their own action, nor is anyone who may no longer
read claims (`claim_readers`: a reviewer who left keeps their name on old drafts).
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import Truncator

from claims.models import Claim, Notification
from claims.models.notification import EmailStatus
from claims.notifications.tasks import send_notification_email
from factcheck.enqueue import enqueue_on_commit
from reviewers.models import NotificationEvent, NotificationPreference

E = NotificationEvent


def _one_line(text: str, chars: int) -> str:
    # Messages become e-mail subjects: no line breaks, bounded length.
    return Truncator(" ".join(text.split())).chars(chars)


def notify(event: str, claim: Claim, actor, recipients, message: str) -> list[Notification]:
    """Store one notification per concerned person (never `actor`), on the channels each
    chose, and send the e-mails after commit. One query for the choices, one insert."""
    people = {user.pk: user for user in recipients if user is not None and user.is_active}
    people.pop(getattr(actor, "pk", None), None)
    # Someone who left the newsroom (no role, no staff status) still authored old drafts:
    # the reason and the claim are internal, so only those who may read claims are told.
    readers = (
        set(claim_readers().filter(pk__in=list(people)).values_list("pk", flat=True)) if people else set()
    )
    people = {pk: user for pk, user in people.items() if pk in readers}
    channels = NotificationPreference.objects.channels_for(list(people), event)
    rows, now = [], timezone.now()
    for user_id, user in people.items():
        in_admin, by_email = channels[user_id]
        email = EmailStatus.PENDING if by_email and user.email else EmailStatus.NOT_WANTED
        if in_admin or email:
            rows.append(
                Notification(
                    recipient=user,
                    claim=claim,
                    event=event,
                    actor=actor,
                    message=_one_line(message, 300),
                    in_admin=in_admin,
                    email_status=email,
                    email_due_at=now if email else None,
                )
            )
    Notification.objects.bulk_create(rows)
    for row in rows:
        if row.email_status == EmailStatus.PENDING:
            enqueue_on_commit(send_notification_email, row.pk)
    return rows


def claim_readers():
    """Active staff who may read claims (a role's group, or superuser): the only people told."""
    users = get_user_model().objects.with_perm(
        "claims.view_claim", backend="django.contrib.auth.backends.ModelBackend"
    )
    return users.filter(is_active=True, is_staff=True)


def sign_off_desk(claim: Claim, draft):
    """The active staff who may sign off `draft`: sign_off_claim, wrote none of it and did
    not change whom the claim credits (the two-person rule)."""
    writers = (draft.writer_ids() if draft is not None else set()) | claim.details_editor_ids()
    # Roles grant permissions through groups, which the model backend reads.
    users = get_user_model().objects.with_perm(
        "claims.sign_off_claim", include_superusers=False, backend="django.contrib.auth.backends.ModelBackend"
    )
    return users.filter(is_active=True, is_staff=True).exclude(pk__in=writers)


def announce_step(step: str, claim: Claim, actor, *, assignee_before_id, reason: str = "") -> None:
    """Notify whoever a workflow step concerns (the table above); `claim` is as saved."""
    who = actor.get_username()
    if step == "correct":
        message = f"{who} reopened claim #{claim.pk} for correction and it is yours: {reason}"
        notify(E.ASSIGNED, claim, actor, [claim.assignee], message)
    elif claim.assignee_id and claim.assignee_id != assignee_before_id:
        notify(E.ASSIGNED, claim, actor, [claim.assignee], f"{who} assigned claim #{claim.pk} to you.")
    if assignee_before_id and claim.assignee_id != assignee_before_id:
        _tell_taken_off(step, claim, actor, assignee_before_id, reason)
    if step == "submit":
        draft = claim.draft_verdict()
        message = f"{who} submitted a verdict on claim #{claim.pk} for sign-off."
        notify(E.SUBMITTED, claim, actor, sign_off_desk(claim, draft), message)
    elif step == "send_back":
        draft = claim.draft_verdict()
        author = draft.author if draft is not None else None
        message = f"{who} sent claim #{claim.pk} back: {reason}"
        notify(E.SENT_BACK, claim, actor, [author, claim.assignee], message)
    elif step == "abandon":
        message = f"{who} abandoned the correction of claim #{claim.pk}, which you held: {reason}"
        notify(E.TAKEN_OFF, claim, actor, [claim.assignee], message)
    elif step == "publish":
        verdict = claim.published_verdict()
        message = f"{who} published the verdict on claim #{claim.pk} ({verdict.rating.label})."
        notify(E.PUBLISHED, claim, actor, [verdict.author, verdict.drafted_by], message)


def _tell_taken_off(step: str, claim: Claim, actor, assignee_before_id: int, reason: str) -> None:
    """The reviewer who held the claim learns it is no longer theirs (not when they let go)."""
    who = actor.get_username()
    if step == "dismiss":
        message = f"{who} dismissed claim #{claim.pk}, which you held ({claim.dismissal_reason})."
    elif claim.assignee_id:
        message = f"{who} reassigned claim #{claim.pk}, which you held, to {claim.assignee.get_username()}."
    else:
        message = f"{who} released claim #{claim.pk} from you; it is back in the queue."
    before = get_user_model().objects.filter(pk=assignee_before_id).first()
    notify(E.TAKEN_OFF, claim, actor, [before], message)


def announce_mentions(comment, mentioned) -> None:
    """Tell each mentioned person (not the comment's author) about the comment."""
    who = comment.author.get_username() if comment.author else "someone"
    message = f"{who} mentioned you on claim #{comment.claim_id}: {_one_line(comment.text, 200)}"
    notify(E.MENTIONED, comment.claim, comment.author, mentioned, message)
