"""The review workflow: every step a claim can take and who may take it, in one place.

    step       from                          to                  who (permission)             rule
    promote    new                           queued              take_claim
    requeue    dismissed                     queued              triage_claim
    take       queued, unassigned            in_review           take_claim                   cap
    release    in_review                     queued              assignee, or assign_claim
    assign     queued, in_review,            in_review from      assign_claim                 cap of the
               correcting                    queued, else same                                new assignee
    submit     in_review, correcting         awaiting_sign_off   assignee, with submit_claim  evidence rule
    send_back  awaiting_sign_off             in_review (or       sign_off_claim               reason
                                             correcting, for a correction)
    publish    awaiting_sign_off             published           sign_off_claim, nobody who   two-person rule;
                                                                 wrote any of the verdict     weak evidence
                                                                 or submitted it              needs a reason
    dismiss    new, queued, in_review        dismissed           triage_claim                 why (a kind)
    correct    published                     correcting          correct_claim                reason; opens
                                                                                              a Correction
    abandon    correcting                    published           correct_claim, or the        reason; drops
                                                                 reviewer holding it          its draft and
                                                                                              held details

Besides the steps, content changes go through here too: `write_draft` (who becomes the
verdict's author) and `cite` (a new source into the draft, from the claim page's save).
Content is editable only in review or correction (`can_edit`); while a claim awaits
sign-off even its speaker is fixed, so the approver never changes what they approve.
During a correction a changed speaker or kind is held (`Claim.hold_details`) and made
public by the correction's publish, as the verdict is.
A deadline is not a step: whoever may assign claims sets it on open claims
(`can_set_deadline`, `set_deadlines`), and "take" hands out the earliest deadline first.

Every refusal raises `TransitionError` with a message fit to show as is: the admin
shows it as an error message, the API returns it, code can catch it. Each step
locks the claim row, re-checks its state, and is recorded in the audit trail with
the step's name as the change reason. The people a step concerns are notified in the
same transaction (claims.notifications.notify has who is told of what).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone

from claims.corrections import describe_change
from claims.evidence import evidence_warnings
from claims.models import Article, Claim, ClaimStatus, Correction, Rating, Source, Verdict
from claims.models.claim import CLOSED_STATUSES
from claims.models.versioning import EditConflict
from claims.notifications.notify import announce_step
from claims.priority import content_score
from reviewers.models import Reviewer
from webhooks.events import announce
from webhooks.models import EventType

S = ClaimStatus


class TransitionError(Exception):
    """A step the workflow refuses; the message says why and is shown to users as is."""


class DismissalKind(models.TextChoices):
    NOT_CHECKWORTHY = "not_checkworthy", "Not check-worthy"
    OUT_OF_SCOPE = "out_of_scope", "Out of scope"
    DUPLICATE = "duplicate", "Duplicate"


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    sources: tuple[str, ...]
    target: str | None  # None: decided by the step (see the table above)
    permission: str
    assignee_only: bool = False
    needs_reason: bool = False


STEPS: dict[str, Step] = {
    step.name: step
    for step in [
        Step("promote", "Queue for review", (S.NEW,), S.QUEUED, "claims.take_claim"),
        Step("requeue", "Back to the queue", (S.DISMISSED,), S.QUEUED, "claims.triage_claim"),
        Step("take", "Take this claim", (S.QUEUED,), S.IN_REVIEW, "claims.take_claim"),
        Step(
            "release",
            "Release to the queue",
            (S.IN_REVIEW,),
            S.QUEUED,
            "claims.take_claim",
            assignee_only=True,
        ),
        Step("assign", "Assign", (S.QUEUED, S.IN_REVIEW, S.CORRECTING), None, "claims.assign_claim"),
        Step(
            "submit",
            "Submit for sign-off",
            (S.IN_REVIEW, S.CORRECTING),
            S.AWAITING_SIGN_OFF,
            "claims.submit_claim",
            assignee_only=True,
        ),
        Step(
            "send_back", "Send back", (S.AWAITING_SIGN_OFF,), None, "claims.sign_off_claim", needs_reason=True
        ),
        Step("publish", "Approve and publish", (S.AWAITING_SIGN_OFF,), S.PUBLISHED, "claims.sign_off_claim"),
        Step("dismiss", "Dismiss", (S.NEW, S.QUEUED, S.IN_REVIEW), S.DISMISSED, "claims.triage_claim"),
        Step(
            "correct",
            "Reopen for correction",
            (S.PUBLISHED,),
            S.CORRECTING,
            "claims.correct_claim",
            needs_reason=True,
        ),
        Step(
            "abandon",
            "Abandon correction",
            (S.CORRECTING,),
            S.PUBLISHED,
            "claims.correct_claim",
            needs_reason=True,
        ),
    ]
}

# Editors may release a claim they do not hold (to put it back in the queue).
RELEASE_OVERRIDE = "claims.assign_claim"
# Content (sources, the draft verdict, speaker) is edited only while a claim is worked on.
EDITABLE_STATES = (S.IN_REVIEW, S.CORRECTING)
# Whoever plans the desk's work (assigns claims) sets their deadlines.
DEADLINE_PERMISSION = "claims.assign_claim"


def _name(user) -> str:
    return user.get_username() if user is not None else "nobody"


def _state_label(status: str) -> str:
    return S(status).label


def refusal(step: Step, claim: Claim, user) -> str | None:
    """Why `user` may not take `step` on `claim` now (state, role, assignee); None if they may.

    The step-specific rules (evidence, two-person, cap, reasons) are checked by `apply`."""
    if claim.status not in step.sources:
        allowed = " or ".join(f"“{_state_label(s)}”" for s in step.sources)
        return (
            f"Cannot “{step.label}” claim #{claim.pk}: it is “{_state_label(claim.status)}”, "
            f"and this step needs it to be {allowed}."
        )
    if step.name == "abandon" and claim.assignee_id == user.pk and user.has_perm("claims.change_claim"):
        return None  # the reviewer working on a correction may find the verdict was right after all
    if not user.has_perm(step.permission):
        return f"{_name(user)} may not “{step.label}”: that needs the {step.permission} permission."
    if step.assignee_only and claim.assignee_id != user.pk:
        if step.name == "release" and user.has_perm(RELEASE_OVERRIDE):
            return None
        holder = (
            f"its assignee, {_name(claim.assignee)}" if claim.assignee_id else "its assignee (it has none)"
        )
        return f"Only {holder}, can “{step.label}” claim #{claim.pk}."
    if step.name == "take" and claim.assignee_id is not None:
        return f"Claim #{claim.pk} is already assigned to {_name(claim.assignee)}."
    return None


def allowed_steps(claim: Claim, user) -> list[Step]:
    """The steps `user` may press on `claim` now; the claim page shows these buttons."""
    return [step for step in STEPS.values() if refusal(step, claim, user) is None]


def can_edit(claim: Claim, user) -> bool:
    """May `user` change the claim's content (speaker, sources, draft verdict) now?"""
    return (
        claim.status in EDITABLE_STATES
        and claim.assignee_id == user.pk
        and user.has_perm("claims.change_claim")
    )


def can_edit_details(claim: Claim, user) -> bool:
    """May `user` correct the claim's own fields (speaker, quote or not)? Its reviewer while
    working on it, and editors until it is submitted, published or dismissed.

    Not while it awaits sign-off: the approver would otherwise change what they approve,
    with nobody else seeing it (the two-person rule). They send it back with a reason."""
    if can_edit(claim, user):
        return True
    closed = (S.AWAITING_SIGN_OFF, S.PUBLISHED, S.DISMISSED)
    return (
        claim.status not in closed
        and user.has_perm("claims.assign_claim")
        and user.has_perm("claims.change_claim")
    )


def can_set_deadline(claim: Claim, user) -> bool:
    """May `user` set or change the claim's deadline? Editors (those who assign the work),
    while the claim is open; reviewers see it but do not set their own."""
    return why_no_deadline(claim, user) is None


def why_no_deadline(claim: Claim, user) -> str | None:
    """Why `user` may not set `claim`'s deadline now; None if they may."""
    if not user.has_perm(DEADLINE_PERMISSION):
        return f"{_name(user)} may not set deadlines: that needs the {DEADLINE_PERMISSION} permission."
    if claim.status in CLOSED_STATUSES:
        return f"it is “{_state_label(claim.status)}”, and a deadline applies to open claims only."
    return None


def lock_as_loaded(claims) -> dict[int, Claim]:
    """Lock the rows of `claims` (in pk order) and return them by pk; EditConflict for the
    first whose `version` is not the caller's (the one its page showed). In a transaction."""
    rows = Claim.objects.select_for_update(of=("self",)).filter(pk__in=[c.pk for c in claims]).order_by("pk")
    locked_rows = {row.pk: row for row in rows}
    for claim in claims:
        locked = locked_rows.get(claim.pk)
        if locked is not None and locked.version != claim.version:
            raise EditConflict(locked, claim.version)
    return locked_rows


def set_deadlines(claims, deadline, user) -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """Set the deadline of each claim for `user`, in one transaction; returns the claims
    changed and (claim, why) for each refused, which is left as it was.

    Each claim's `version` is the one the caller's page showed: if any selected claim was
    changed since, EditConflict (for the first) is raised and none is changed, as a stale
    claim page saves nothing."""
    done, refused = [], []
    with transaction.atomic():
        locked_rows = lock_as_loaded(claims)
        for claim in claims:
            locked = locked_rows.get(claim.pk)
            problem = "it no longer exists." if locked is None else why_no_deadline(locked, user)
            if problem is None:
                locked.deadline = deadline
                locked.save_deadline()
                done.append(locked)
            else:
                refused.append((claim, problem))
    return done, refused


def apply(
    claim: Claim,
    step_name: str,
    user,
    *,
    reason: str = "",
    assignee=None,
    dismissal: str = "",
    duplicate_of: Claim | None = None,
    publish_reason: str = "",
    warnings_seen: Iterable[str] | None = None,
) -> Claim:
    """Take a step on a claim for `user`; returns the updated claim or raises TransitionError.

    `publish_reason` is the editor's confirmation for publishing on weak evidence, and
    `warnings_seen` the warnings their page showed: a confirmation covers those only."""
    step = STEPS.get(step_name)
    if step is None:
        raise TransitionError(f"There is no workflow step called “{step_name}”.")
    reason = reason.strip()
    with transaction.atomic():
        locked = Claim.objects.select_for_update(of=("self",)).select_related("assignee").get(pk=claim.pk)
        problem = refusal(step, locked, user)
        if problem:
            raise TransitionError(problem)
        if step.needs_reason and not reason:
            raise TransitionError(f"Give a reason to “{step.label}”: it is kept on record.")
        assignee_before_id = locked.assignee_id
        locked.status = step.target or locked.status
        EFFECTS[step.name](
            locked,
            user,
            reason=reason,
            assignee=assignee,
            dismissal=dismissal,
            duplicate_of=duplicate_of,
            publish_reason=publish_reason.strip(),
            warnings_seen=warnings_seen,
        )
        locked._change_reason = step.name
        locked._history_user = user  # the audit trail names who took the step, in a script too
        locked.save()
        announce_step(step.name, locked, user, assignee_before_id=assignee_before_id, reason=reason)
    return locked


def take_next(user, *, attempts: int = 5) -> Claim | None:
    """Assign the next unassigned queued claim to `user`; None when the queue is empty.

    The earliest deadline goes first (overdue ones lead), then the most urgent
    (`ClaimQuerySet.in_take_order`).

    On PostgreSQL the pick is `SELECT ... FOR UPDATE SKIP LOCKED`, so reviewers asking at
    the same moment each get a different claim without waiting for one another. Where
    row locks do not exist (SQLite) the versioned save detects a claim taken in between,
    and the next one is tried.
    """
    step = STEPS["take"]
    if not user.has_perm(step.permission):
        raise TransitionError(
            f"{_name(user)} may not take claims: that needs the {step.permission} permission."
        )
    for _ in range(attempts):
        try:
            with transaction.atomic():
                check_cap(user)
                claim = (
                    Claim.objects.unassigned()
                    .in_take_order()
                    .select_for_update(skip_locked=True, of=("self",))
                    .first()
                )
                if claim is None:
                    return None
                claim.assignee, claim.status = user, S.IN_REVIEW
                claim._change_reason = "take"
                claim.save()
                return claim
        except EditConflict:
            continue
    raise TransitionError("The queue is busy: another reviewer took each claim offered. Try again.")


def apply_each(
    claims, step_name: str, user, *, as_loaded: bool = False, **options
) -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """Take one step on each claim for `user` (the list pages' bulk actions); returns the
    claims done and (claim, why) for each refused. Each claim is its own savepoint, so a
    refused claim is left exactly as it was and never holds the others back.

    `as_loaded`: each claim's `version` is the one the caller's list showed; if any was
    changed since, EditConflict (for the first) is raised and no claim is changed."""
    done, refused = [], []
    with transaction.atomic():
        if as_loaded:
            lock_as_loaded(claims)
        for claim in claims:
            try:
                done.append(apply(claim, step_name, user, **options))
            except TransitionError as exc:
                refused.append((claim, str(exc)))
    return done, refused


def assign(claims, assignee, by, *, as_loaded: bool = False) -> tuple[list[Claim], list[str]]:
    """Assign each claim to `assignee`, one savepoint each; returns (done, refusal messages)."""
    done, refused = apply_each(claims, "assign", by, assignee=assignee, as_loaded=as_loaded)
    return done, [message for _, message in refused]


def check_cap(user, *, ignoring: Claim | None = None) -> None:
    """Refuse when `user` already holds as many open claims as their cap allows.

    Locks the user's Reviewer row, so two editors assigning to the same reviewer at
    once cannot both squeeze in under the cap."""
    profile = Reviewer.objects.select_for_update().filter(user=user).first()
    cap = (
        profile.max_open_assignments if profile else Reviewer._meta.get_field("max_open_assignments").default
    )
    held = Claim.objects.assigned_to(user)
    if ignoring is not None:
        held = held.exclude(pk=ignoring.pk)
    if held.count() >= cap:
        claims = "claim" if cap == 1 else "claims"
        raise TransitionError(
            f"{_name(user)} already has {cap} open {claims}, the most their cap allows: "
            "finish or release one first."
        )


# --- what each step does beyond changing the status ---------------------------------


def _promote(claim, user, **_):
    repeats = Claim.objects.with_repeats().values_list("repeats", flat=True).get(pk=claim.pk)
    claim.priority = content_score(claim.checkworthiness, repeats)
    announce(EventType.CLAIM_QUEUED, claim)


def _requeue(claim, user, **_):
    claim.dismissal_reason, claim.duplicate_of = "", None
    announce(EventType.CLAIM_QUEUED, claim)


def _take(claim, user, **_):
    check_cap(user, ignoring=claim)
    claim.assignee = user


def _release(claim, user, **_):
    claim.assignee = None


def _assign(claim, user, *, assignee, **_):
    if assignee is None:
        raise TransitionError("Choose whom to assign the claim to.")
    if not assignee.has_perm("claims.take_claim"):
        raise TransitionError(f"{_name(assignee)} has no reviewer role, so cannot be assigned claims.")
    if assignee.pk != claim.assignee_id:
        check_cap(assignee, ignoring=claim)
    claim.assignee = assignee
    if claim.status == S.QUEUED:
        claim.status = S.IN_REVIEW


def _submit(claim, user, **_):
    draft = claim.draft_verdict()
    if draft is None:
        raise TransitionError("Propose a verdict (rating and summary) before submitting it for sign-off.")
    if not draft.sources.exists():
        raise TransitionError(
            "Evidence rule: a verdict needs at least one source before it is submitted. "
            "Add a source to the claim and tick “cite” on its row under Sources."
        )
    # Its rating's words are now what the editor approves (Rating.refuse_rewriting_published):
    # a rename under way finishes first, or waits and is then refused.
    Rating.objects.select_for_update(no_key=True).filter(pk=draft.rating_id).values_list("pk").first()
    # So is the article's author, for a claim without a speaker (Article.refuse_reattributing_published).
    Article.objects.select_for_update(no_key=True).filter(pk=claim.article_id).values_list("pk").first()


def _send_back(claim, user, *, reason, **_):
    correcting = claim.corrections.filter(published_at__isnull=True).exists()
    claim.status = S.CORRECTING if correcting else S.IN_REVIEW
    claim.review_note = reason


def _publish(claim, user, *, publish_reason, warnings_seen, **_):
    draft = claim.draft_verdict()
    if draft is None:
        raise TransitionError(f"Claim #{claim.pk} has no verdict waiting for sign-off.")
    if draft.wrote(user):
        did = {draft.drafted_by_id: "drafted", draft.author_id: "wrote"}.get(user.pk, "changed")
        raise TransitionError(
            f"Two-person rule: {_name(user)} {did} this verdict, so another editor must approve it."
        )
    if claim.submitter_id() == user.pk:
        raise TransitionError(
            f"Two-person rule: {_name(user)} submitted this verdict for sign-off, "
            "so another editor must approve it."
        )
    if user.pk in claim.details_editor_ids():
        # Who said it is half of what the verdict says (and what readers see with it).
        raise TransitionError(
            f"Two-person rule: {_name(user)} changed this claim's speaker, kind or wording as checked, "
            "so another editor must approve it."
        )
    warnings = evidence_warnings(claim, draft)
    if warnings and not publish_reason:
        raise TransitionError(
            "Weak evidence: " + " ".join(warnings) + " Confirm and say why to publish anyway."
        )
    unseen = set(warnings) - set(warnings_seen if warnings_seen is not None else warnings)
    if unseen and publish_reason:
        # A link check can land between the page and the button: confirm what is true now.
        news = " ".join(w for w in warnings if w in unseen)
        raise TransitionError(
            f"The evidence changed since you loaded the page: {news} Read it and confirm again."
        )
    draft.publish_warnings, draft.publish_reason = warnings, publish_reason if warnings else ""
    now = timezone.now()
    previous = claim.published_verdict()
    if previous is not None:
        # Retire the old verdict first: a claim has one current verdict at any moment.
        previous.is_current = False
        previous._change_reason = "corrected"
        previous.save()
    draft.approved_by, draft.approved_at, draft.published_at, draft.is_current = user, now, now, True
    draft.freeze_scale()
    draft._change_reason = "publish"
    draft.save()
    correction = (
        claim.corrections.filter(published_at__isnull=True).select_related("previous_verdict").first()
    )
    # The speaker or kind changed during the correction goes public with it, not before.
    claim.apply_pending_details()
    if correction is not None:
        correction.what_changed = describe_change(correction.previous_verdict, draft, claim)
        correction.published_at = now
        correction.save(update_fields=["what_changed", "published_at"])
    # The event names the public page, so the slug is given now (saved with the claim below).
    claim.give_public_slug()
    draft.claim = claim
    announce(EventType.VERDICT_PUBLISHED if correction is None else EventType.VERDICT_CORRECTED, draft)
    claim.review_note = ""


def _dismiss(claim, user, *, reason, dismissal, duplicate_of, **_):
    if dismissal not in DismissalKind.values:
        kinds = ", ".join(label.lower() for label in DismissalKind.labels)
        raise TransitionError(f"Choose what the claim is dismissed as (“Dismiss as”): {kinds}.")
    if dismissal == DismissalKind.DUPLICATE:
        if duplicate_of is None or duplicate_of.pk == claim.pk:
            raise TransitionError("A duplicate must point to the earlier claim it repeats.")
        claim.duplicate_of = duplicate_of
    label = DismissalKind(dismissal).label
    claim.dismissal_reason = f"{label}: {reason}"[:200] if reason else label
    claim.assignee = None


def _correct(claim, user, *, reason, **_):
    previous = claim.published_verdict()
    if previous is None:
        raise TransitionError(f"Claim #{claim.pk} has no published verdict to correct.")
    Correction.objects.create(claim=claim, previous_verdict=previous, reason=reason, created_by=user)
    claim.review_note = reason
    if claim.assignee_id is None:
        claim.assignee = previous.author


def _abandon(claim, user, *, reason, **_):
    """The verdict of record stays as published: its correction's draft, the note and the
    held speaker or kind go. The claim's audit trail keeps the step and the reason (and the
    verdict's, the deleted draft)."""
    correction = claim.corrections.filter(published_at__isnull=True).first()
    if correction is None:
        raise TransitionError(f"Claim #{claim.pk} has no open correction to abandon.")
    draft = claim.draft_verdict()
    if draft is not None:
        draft._history_user = user
        draft._change_reason = "abandon"
        draft.delete()
    correction.delete()
    claim.pending_details = {}
    claim.review_note = reason


EFFECTS = {
    "promote": _promote,
    "requeue": _requeue,
    "take": _take,
    "release": _release,
    "assign": _assign,
    "submit": _submit,
    "send_back": _send_back,
    "publish": _publish,
    "dismiss": _dismiss,
    "correct": _correct,
    "abandon": _abandon,
}


# What a verdict says: whoever changes any of it has written the verdict.
VERDICT_CONTENT = frozenset({"rating", "summary", "sources"})


def write_draft(verdict: Verdict, user, changed: Iterable[str]) -> None:
    """Save a draft verdict `user` wrote or changed (`changed`: the names of the fields).

    Whoever changes its rating, summary or sources becomes its author, the one credited
    in public; whoever started the draft stays on record as `drafted_by`. Neither may
    approve it (the two-person rule), so no editor can rewrite a draft and publish it alone.
    Many-to-many sources are the caller's to save afterwards."""
    if verdict.pk is None:
        verdict.author = user
    elif verdict.author_id != user.pk and VERDICT_CONTENT & set(changed):
        verdict.drafted_by_id = verdict.drafted_by_id or verdict.author_id
        verdict.author = user
    verdict._history_user = user  # the audit trail names every writer (Verdict.writer_ids)
    verdict.save()


def cite(claim: Claim, sources: Iterable[Source], user, *, loaded_version: int | None = None) -> Verdict:
    """Add the claim's own `sources` to its draft verdict, as a change `user` wrote.

    The claim page calls this after saving the sources and the draft of the same form, so
    a source typed in that form is cited in one save. Citing changes what the verdict
    rests on, so `user` becomes its author (`write_draft`). With `loaded_version` (the
    draft's version on the user's page) a draft saved since raises EditConflict."""
    if not can_edit(claim, user):
        raise TransitionError(f"{_name(user)} may not change the verdict of claim #{claim.pk} now.")
    sources = list(sources)
    if any(source.claim_id != claim.pk for source in sources):
        raise TransitionError(f"A verdict cites only sources of its own claim (#{claim.pk}).")
    draft = claim.draft_verdict()
    if draft is None:
        raise TransitionError("Choose the verdict's rating before citing a source in it.")
    if loaded_version is not None:
        draft.version = loaded_version
    draft.sources.add(*sources)
    write_draft(draft, user, ["sources"])
    return draft


def rewrite_cited(claim: Claim, user) -> None:
    """`user` changed or removed a source the claim's draft cites: what the verdict rests on
    changed, so they become its author, as when they cite one (`write_draft`)."""
    draft = claim.draft_verdict()
    if draft is not None:
        write_draft(draft, user, ["sources"])


def new_draft(claim: Claim, author, **fields) -> Verdict:
    """An unsaved draft verdict; a correction's draft waits as not current until published."""
    has_record = claim.verdicts.filter(is_current=True).exists()
    return Verdict(claim=claim, author=author, is_current=not has_record, **fields)
