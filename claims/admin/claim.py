"""The claim page and the claims list: where reviewers and editors spend their day."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import RelatedOnlyFieldListFilter
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.timesince import timesince

from claims.admin.add_source import AddSourceAdmin
from claims.admin.bulk import (
    dismiss_selected,
    promote_selected,
    refuse_stale,
    set_deadline_selected,
    stale_refused,
)
from claims.admin.claim_lock import LocksClaimOnSave
from claims.admin.display import claim_in_context, deadline_badge, status_badge
from claims.admin.filters import ClaimKindFilter, DeadlineFilter, LinkHealthFilter, RatingFilter
from claims.admin.forms import AssignActionForm, ClaimForm, assignable_users
from claims.admin.inlines import DraftVerdictInline, SourceFormSet, SourceInline
from claims.admin.link_health import LinkHealthAdmin
from claims.admin.object_paths import object_path
from claims.admin.same_claim import SameClaimViews
from claims.article_view import article_view
from claims.conversation import CommentRefused, may_comment, post_comment
from claims.evidence import evidence_warnings
from claims.linkcheck.tasks import request_check
from claims.models import Claim, ClaimStatus, Source, Verdict
from claims.models.comment import COMMENT_MAX_CHARS
from claims.models.source import FAILING_CLASSES, link_counts_phrase
from claims.models.versioning import EditConflict
from claims.priority import urgency
from claims.similarity import similar_claims
from claims.workflow import (
    STEPS,
    TransitionError,
    allowed_steps,
    apply,
    assign,
    can_edit,
    can_edit_details,
    can_set_deadline,
    cite,
    rewrite_cited,
    take_next,
    write_draft,
)
from factcheck.versioned_admin import AuditTrailAdmin, VersionCheckedAdmin

CLAIM_FIELDS = ["speaker", "is_quote", "is_reported"]
# Edited beside the extracted sentence (the page's "In context"), not in the fieldset below.
CHECKED_FIELD = "checked_text"
CLAIM_HEADING_CHARS = 400
SUBMIT_AND_NEXT = "_submit_and_next"  # the button beside "Submit for sign-off"
WORKFLOW_PERMISSIONS = [STEPS[name].permission for name in STEPS]


def count_of(queryset, field: str = "claim"):
    """A correlated COUNT(*) subquery, so list annotations never multiply rows."""
    counted = (
        queryset.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted), 0)


def save_first_draft(verdict: Verdict, user) -> None:
    """Insert a claim's draft; if another tab's draft got in first (past the form's check), that
    is an edit conflict for the user, not a 500 from the one-draft-per-claim constraint."""
    try:
        with transaction.atomic():
            write_draft(verdict, user, ())
    except IntegrityError:
        started = verdict.claim.draft_verdict()
        if started is None:
            raise
        raise EditConflict(started, None) from None


def save_new_source(source: Source) -> None:
    """Insert a new source row; the same address added by another tab since the form's check
    is an edit conflict for the user (nothing of the save kept), not a 500 from the constraint."""
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        there = Source.objects.filter(claim_id=source.claim_id, url=source.url).first()
        if there is None:
            raise
        raise EditConflict(there, None) from None


@admin.register(Claim)
class ClaimAdmin(
    LocksClaimOnSave, SameClaimViews, AddSourceAdmin, LinkHealthAdmin, VersionCheckedAdmin, AuditTrailAdmin
):
    form = ClaimForm
    action_form = AssignActionForm
    change_form_template = "admin/claims/claim/change_form.html"
    # Each list shows the columns its work needs, few enough to fit 1024 px (the queues choose theirs).
    list_display = [
        "short_text",
        "speaker",
        "status_badge",
        "assignee",
        "deadline_display",
        "rating_label",
        "links",
        "article_display",
    ]
    list_filter = [
        "status",
        DeadlineFilter,
        RatingFilter,
        ("article", RelatedOnlyFieldListFilter),
        "article__outlet",
        "speaker",
        ClaimKindFilter,
        LinkHealthFilter,
        ("assignee", RelatedOnlyFieldListFilter),
    ]
    search_fields = ["text", "speaker", "article__title", "article__outlet"]
    list_select_related = ["article", "assignee"]
    list_per_page = 50
    show_full_result_count = False  # one COUNT(*) less on every queue page
    fieldsets = [(None, {"fields": CLAIM_FIELDS})]
    inlines = [SourceInline, DraftVerdictInline]
    actions = ["assign_selected", promote_selected, dismiss_selected, set_deadline_selected]
    # Most urgent first. An expression, not an annotation's name: other admins order their
    # claim choices by it too (the verdict page's), on querysets that lack our annotations.
    ordering = [urgency().desc(), "pk"]

    class Media:
        css = {"all": ["claims/newsroom.css"]}
        js = ["claims/link_health.js", "claims/add_source.js", "claims/shortcuts.js"]

    # --- the list ---------------------------------------------------------------------

    def get_queryset(self, request):
        published = Verdict.objects.filter(claim=OuterRef("pk"), is_current=True, published_at__isnull=False)
        # Not super(): it orders before we can annotate the sort key.
        queryset = (
            self.model._default_manager.get_queryset()
            .with_repeats()
            .annotate(
                rating_label=Subquery(published.values("rating__label")[:1]),
                source_count=count_of(Source.objects.all()),
                failing_count=count_of(Source.objects.filter(link_status__in=FAILING_CLASSES)),
                **{
                    f"links_{c.value}": count_of(Source.objects.filter(link_status=c))
                    for c in FAILING_CLASSES
                },
            )
        )
        return queryset.order_by(*self.get_ordering(request))

    @admin.display(description="claim", ordering="text")
    def short_text(self, obj: Claim) -> str:
        return Truncator(obj.text).chars(100)

    @admin.display(description="status", ordering="status")
    def status_badge(self, obj: Claim):
        return status_badge(obj)

    @admin.display(description="check-worthy", ordering="checkworthiness")
    def checkworthiness_display(self, obj: Claim) -> str:
        return f"{obj.checkworthiness:.2f}"

    @admin.display(description="other articles", ordering="repeats")
    def repeats_display(self, obj: Claim) -> int:
        return obj.repeats

    @admin.display(description="waiting", ordering="created_at")
    def waiting(self, obj: Claim) -> str:
        return timesince(obj.created_at)

    @admin.display(description="deadline", ordering=F("deadline").asc(nulls_last=True))
    def deadline_display(self, obj: Claim):
        return deadline_badge(obj)

    @admin.display(description="rating", ordering="rating_label")
    def rating_label(self, obj: Claim) -> str:
        return obj.rating_label or "—"

    @admin.display(description="sources", ordering="failing_count")
    def links(self, obj: Claim):
        if obj.failing_count:
            counts = {c: getattr(obj, f"links_{c.value}") for c in FAILING_CLASSES}
            return format_html(
                '{} <span class="badge link-bad">⚠ {}</span>', obj.source_count, link_counts_phrase(counts)
            )
        return obj.source_count

    @admin.display(description="article", ordering="article__outlet")
    def article_display(self, obj: Claim) -> str:
        title = str(obj.article)
        title = title if len(title) <= 40 else title[:39] + "…"
        return " · ".join(part for part in (obj.article.outlet, title) if part)

    # --- permissions: the workflow decides what a user may do to one claim -------------

    def has_add_permission(self, request) -> bool:
        return False  # claims come from articles, through extraction

    def has_change_permission(self, request, obj=None) -> bool:
        user = request.user
        if obj is None:
            return super().has_change_permission(request) or any(
                user.has_perm(p) for p in WORKFLOW_PERMISSIONS
            )
        return can_edit_details(obj, user) or bool(allowed_steps(obj, user))

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is not None and can_edit_details(obj, request.user) else CLAIM_FIELDS

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The claim as checked goes with the speaker and kind: editable while they are, so
        # locked at sign-off and once published, held for sign-off during a correction.
        if obj is not None and can_edit_details(obj, request.user) and "fields" in kwargs:
            kwargs["fields"] = [*kwargs["fields"], CHECKED_FIELD]
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        # Read-only, the speaker and kind would repeat the line under the claim in context,
        # and the deadline the claim's state line: those who may not change them see them there.
        if obj is None:
            return []
        fields = list(CLAIM_FIELDS) if can_edit_details(obj, request.user) else []
        if can_set_deadline(obj, request.user):
            fields.append("deadline")
        return [(None, {"fields": fields})] if fields else []

    def has_assign_permission(self, request) -> bool:
        return request.user.has_perm("claims.assign_claim")

    def has_take_permission(self, request) -> bool:
        return request.user.has_perm("claims.take_claim")

    def has_triage_permission(self, request) -> bool:
        return request.user.has_perm("claims.triage_claim")

    def revert_disabled(self, request, obj=None) -> bool:
        return True  # reverting would set the status behind the workflow's back

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied("The audit trail is read-only; change the claim on its page.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    # --- the claim page -----------------------------------------------------------------

    def get_inlines(self, request, obj):
        # The draft section only when there is a draft, or the user may start one.
        if obj is not None and not can_edit(obj, request.user) and obj.draft_verdict() is None:
            return [SourceInline]
        return self.inlines

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            # The heading is the claim itself, cut only when very long (Claim.__str__ stops at 80).
            subtitle = Truncator(obj.text).chars(CLAIM_HEADING_CHARS)
            context.update(self.claim_page_context(request, obj), title=f"Claim #{obj.pk}", subtitle=subtitle)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # The form posts to the page's path, not to "" (the address with its #fragment): a
        # redirect keeps the request's fragment, so after a comment (#conversation) "Save" or
        # "Submit and take next" would open the page scrolled down to the conversation.
        return super().change_view(request, object_id, form_url or request.path, extra_context)

    def claim_page_context(self, request, claim: Claim) -> dict:
        steps = allowed_steps(claim, request.user)
        draft = claim.draft_verdict()
        can_publish = any(s.name == "publish" for s in steps)
        can_take = self.has_take_permission(request)
        verdicts = claim.verdicts.filter(published_at__isnull=False).select_related(
            "rating", "author", "approved_by"
        )
        return {
            "claim": claim,
            "claim_in_context": claim_in_context(claim),
            "deadline": deadline_badge(claim) if claim.deadline else "",
            "article_view": article_view(claim),
            "buttons": [s for s in steps if s.name not in ("assign", "dismiss")],
            "can_assign": any(s.name == "assign" for s in steps),
            # Not on the sign-off page: the approver is there for this claim (issue 21, 7).
            "can_take_next": can_take and claim.status != ClaimStatus.AWAITING_SIGN_OFF,
            "can_submit_and_next": can_take and any(s.name == "submit" for s in steps),
            "link_health_url": reverse(
                "admin:claims_claim_link_health", args=[claim.pk], current_app=self.admin_site.name
            ),
            "add_source_url": reverse(
                "admin:claims_claim_add_source", args=[claim.pk], current_app=self.admin_site.name
            ),
            "can_dismiss": any(s.name == "dismiss" for s in steps),
            "needs_reason": any(s.needs_reason for s in steps),
            # Editors may correct the speaker and kind of a claim they do not hold.
            "can_save": can_edit_details(claim, request.user),
            "draft": draft,
            "publish_warnings": evidence_warnings(claim, draft) if can_publish and draft else [],
            "published_verdicts": list(verdicts),
            "corrections": list(claim.corrections.select_related("created_by")),
            "pending_changes": claim.pending_changes(),
            "similar": similar_claims(claim),
            **self.same_claim_context(request, claim),
            "comments": list(claim.comments.select_related("author").prefetch_related("mentioned")),
            "can_comment": may_comment(request.user),
            "comment_max_chars": COMMENT_MAX_CHARS,
        }

    def _create_formsets(self, request, obj, change):
        # A ticked "cite" on a new source needs the verdict it goes in: let the sources'
        # formset see whether the verdict's formset on the same page is being written.
        formsets, inline_instances = super()._create_formsets(request, obj, change)
        verdicts = next((f for f in formsets if f.model is Verdict), None)
        for formset in formsets:
            if isinstance(formset, SourceFormSet):
                formset.verdict_formset = verdicts
        return formsets, inline_instances

    # --- the conversation ------------------------------------------------------------------

    def comment_view(self, request, object_id):
        """The claim page's "Comment" form: anyone who may read the claim and comment."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = self.get_object(request, unquote(object_id))
        if claim is None or not self.has_view_permission(request, claim):
            raise PermissionDenied
        self.add_comment(request, claim)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]) + "#conversation")

    def add_comment(self, request, claim: Claim) -> None:
        try:
            post_comment(claim, request.user, request.POST.get("comment", ""))
        except CommentRefused as refused:
            self.message_user(request, str(refused), messages.ERROR)
        else:
            self.message_user(request, "Comment added.", messages.SUCCESS)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, DraftVerdictInline) and obj is not None and obj.pk:
            record = obj.published_verdict()
            if record is not None:
                # A correction starts from the verdict of record, not from a blank form.
                sources = [s.pk for s in record.sources.all()]
                kwargs["initial"] = [
                    {"rating": record.rating_id, "summary": record.summary, "sources": sources}
                ]
        return kwargs

    def save_model(self, request, obj, form, change) -> None:
        request.workflow_options = form.workflow_options()
        if "speaker" in form.changed_data:  # the reviewer's word replaces extraction's reason
            obj.speaker_reason = f"set by {request.user.get_username()}"
        if changed := set(form.changed_data) & {*CLAIM_FIELDS, CHECKED_FIELD}:
            obj.save_details(changed | {"speaker_reason"} if "speaker" in changed else changed)
        elif "deadline" in form.changed_data:
            obj.save_deadline()

    def save_related(self, request, form, formsets, change) -> None:
        """Saves the sources and the draft, then cites the new sources ticked "cite": all
        inside the admin's one transaction, before any workflow step the same POST asks for.
        Changing or deleting a source the draft cites makes the user its author too."""
        rewritten = any(isinstance(f, SourceFormSet) and f.rewrites_cited() for f in formsets)
        super().save_related(request, form, formsets, change)
        cited = [source for f in formsets if isinstance(f, SourceFormSet) for source in f.cited()]
        if cited:
            cite(form.instance, cited, request.user)
        elif rewritten:
            rewrite_cited(form.instance, request.user)

    def save_formset(self, request, form, formset, change) -> None:
        instances = formset.save(commit=False)
        for gone in formset.deleted_objects:
            gone.delete()
        changed = {item.pk: fields for item, fields in formset.changed_objects}
        for item in instances:
            if isinstance(item, Verdict):
                if item.pk is None:
                    item.is_current = not form.instance.verdicts.filter(is_current=True).exists()
                    save_first_draft(item, request.user)
                else:
                    write_draft(item, request.user, changed.get(item.pk, ()))
                continue
            if item.pk is None and isinstance(item, Source):
                item.added_by = request.user
                save_new_source(item)
                continue
            item.save()
        formset.save_m2m()
        if formset.model is Source:
            self.request_link_checks(formset)

    def request_link_checks(self, formset) -> None:
        """A new source, or one whose URL changed, gets its link checked after commit."""
        for source in formset.new_objects:
            request_check(source)
        for source, changed in formset.changed_objects:
            if "url" in changed:
                request_check(source, url_changed=True)

    def response_change(self, request, obj):
        # "Submit and take next" is the submit step, then the reviewer's next claim.
        then_next = SUBMIT_AND_NEXT in request.POST
        step = "submit" if then_next else request.POST.get("_step")
        if step:
            try:
                obj = apply(obj, step, request.user, **getattr(request, "workflow_options", {}))
            except TransitionError as refused:
                self.message_user(request, str(refused), messages.ERROR)
                then_next = False
            else:
                if then_next:
                    self.warn_about_failing_sources(request, obj)
                    return self.next_claim(request, f"Claim #{obj.pk} was submitted for sign-off. ")
                label = STEPS[step].label
                self.message_user(
                    request,
                    f"{label}: done. The claim is now “{obj.get_status_display()}”.",
                    messages.SUCCESS,
                )
        else:
            self.message_user(request, "Saved.", messages.SUCCESS)
        self.warn_about_failing_sources(request, obj)
        return HttpResponseRedirect(request.path)

    def warn_about_failing_sources(self, request, claim: Claim) -> None:
        draft = claim.draft_verdict()
        if draft is None:
            return
        for source in draft.sources.all():
            if source.link_status in FAILING_CLASSES:
                self.message_user(
                    request,
                    f"The verdict rests on a source whose link is {source.get_link_status_display()}: "
                    f"{source.url}",
                    messages.WARNING,
                )

    # --- take next, assign, promote -------------------------------------------------------

    def get_urls(self):
        take = path(
            "take-next/", self.admin_site.admin_view(self.take_next_view), name="claims_claim_take_next"
        )
        comment = object_path(self, "comment", self.comment_view, "claims_claim_comment")
        return [take, comment, *self.same_claim_urls(), *super().get_urls()]

    def take_next_view(self, request):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_take_permission(request):
            raise PermissionDenied
        return self.next_claim(request)

    def next_claim(self, request, done: str = ""):
        """Take the next claim of the queue for the user and open it; their queue when there is
        none (or their cap is reached). `done` opens the message: what was just done."""
        my_queue = reverse("admin:claims_myqueue_changelist", current_app=self.admin_site.name)
        try:
            claim = take_next(request.user)
        except TransitionError as refused:
            self.message_user(request, done + str(refused), messages.WARNING if done else messages.ERROR)
            return HttpResponseRedirect(my_queue)
        if claim is None:
            self.message_user(request, done + "Nothing is waiting in the queue. Well done.", messages.INFO)
            return HttpResponseRedirect(my_queue)
        self.message_user(request, f"{done}Claim #{claim.pk} is yours now.", messages.SUCCESS)
        return HttpResponseRedirect(
            reverse("admin:claims_claim_change", args=[claim.pk], current_app=self.admin_site.name)
        )

    @admin.action(description="Assign selected claims to…", permissions=["assign"])
    def assign_selected(self, request, queryset) -> None:
        try:
            assignee = forms.ModelChoiceField(assignable_users()).clean(request.POST.get("assignee"))
        except forms.ValidationError:
            self.message_user(
                request, "Choose whom to assign the claims to, next to the action.", messages.ERROR
            )
            return
        claims, nothing_done = list(queryset.order_by("pk")), "Nobody was assigned"
        if stale_refused(self, request, claims, nothing_done):
            return
        try:
            done, refused = assign(claims, assignee, request.user, as_loaded=True)
        except EditConflict as conflict:
            return refuse_stale(self, request, nothing_done, conflict.obj, str(conflict))
        if done:
            self.message_user(
                request, f"Assigned {len(done)} claim(s) to {assignee.get_username()}.", messages.SUCCESS
            )
        for message in refused:
            self.message_user(request, message, messages.ERROR)
