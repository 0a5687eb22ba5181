import hashlib
import json

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from reviewers.granting import granting
from reviewers.models import Reviewer, RoleGrant

# What makes a user more powerful than a role: only a superuser grants these (roles are
# given on the reviewer profile, which puts the user in the role's group).
RANK_FIELDS = ["is_superuser", "groups", "user_permissions"]
READ_GRANTS = "reviewers.view_reviewer"
LOADED_STATE = "loaded_state"


class LoadedStateForm(forms.ModelForm):
    """Carries a digest of what the page showed in its fields; a save from a page loaded before
    someone else saved the row (or one without the digest: an old page, a script) is a form
    error, and nothing of it is saved. People carry no `version` column as claims do, and what
    their pages hold is rank: a stale tab saving a profile or an account would otherwise undo a
    role or group given meanwhile, recorded as taken away by whoever saved it."""

    loaded_state = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial[LOADED_STATE] = self.state_now()

    def state_now(self) -> str:
        """The digest of the row's values in this form's editable fields, as stored now."""
        shown = {}
        for name, field in self.fields.items():
            if name == LOADED_STATE or field.disabled:
                continue
            value = self.initial.get(name)
            if isinstance(value, list | tuple | set):  # many-to-many: the rows' ids
                value = sorted(getattr(item, "pk", item) for item in value)
            shown[name] = value
        return hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode()).hexdigest()

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and cleaned.get(LOADED_STATE) != self.state_now():
            raise forms.ValidationError(
                f"This {self.instance._meta.verbose_name} was changed by someone else since you loaded "
                "this page: your changes were not saved. Reload the page and make them again.",
                code="conflict",
            )
        return cleaned


class RefusesStalePages:
    """ModelAdmin mixin for a `LoadedStateForm`: its hidden digest is on the change page even
    where the fields are laid out in fieldsets, and a save checks it on the row as locked (in the
    admin's one transaction), so of two saves in the same instant the second is checked against
    what the first wrote, not against what both read before either wrote."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request.locks_row = request.method == "POST" and object_id is not None
        return super().changeform_view(request, object_id, form_url, extra_context)

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None or not getattr(request, "locks_row", False):
            return found
        for model, pk in self.rows_to_lock(found):
            model._base_manager.select_for_update().filter(pk=pk).values_list("pk", flat=True).first()
        return super().get_object(request, object_id, from_field)  # as it is once locked

    def rows_to_lock(self, obj) -> list[tuple[type, int]]:
        """(model, pk) of each row a save of `obj` writes, in the order every page locks them."""
        return [(type(obj), obj.pk)]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or LOADED_STATE in flatten_fieldsets(fieldsets):
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": [*options["fields"], LOADED_STATE]}), *rest]


@admin.register(Reviewer)
class ReviewerAdmin(RefusesStalePages, admin.ModelAdmin):
    form = LoadedStateForm
    list_display = ["__str__", "role", "topics", "digest", "max_open_assignments", "credit_publicly"]
    list_filter = ["role", "digest", "credit_publicly"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "topics"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]

    def rows_to_lock(self, obj: Reviewer) -> list[tuple[type, int]]:
        # The role moves the account's groups, which the user page shows: its account first,
        # as the user page locks it, so a user page saved meanwhile cannot undo the role's group.
        return [(get_user_model(), obj.user_id), (Reviewer, obj.pk)]

    def save_model(self, request, obj, form, change) -> None:
        obj.save(granted_by=request.user)  # a new role is kept as a RoleGrant

    def delete_model(self, request, obj) -> None:
        with granting(by=request.user):  # the role leaves with the profile (Reviewer.role_left)
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset) -> None:
        with granting(by=request.user):
            super().delete_queryset(request, queryset)


@admin.register(RoleGrant)
class RoleGrantAdmin(admin.ModelAdmin):
    """Who was given which role or rank, by whom and when: read by every editor, written only
    by the changes themselves (Reviewer.save, reviewers.rank_audit)."""

    list_display = ["created_at", "username", "change", "granted_by_name", "promotion"]
    list_filter = ["promotion", "found_by_audit", "baseline"]
    search_fields = ["username", "change", "granted_by__username"]
    list_select_related = ["granted_by"]

    def has_view_permission(self, request, obj=None) -> bool:
        # Whoever reads the people (editors and admins: view_reviewer) reads their grants.
        return request.user.has_perm(READ_GRANTS)

    @admin.display(description="granted by", ordering="granted_by__username")
    def granted_by_name(self, obj: RoleGrant) -> str:
        if obj.baseline:
            return "held before grants were recorded"
        if obj.found_by_audit:
            return "found by the role audit"
        return obj.granted_by.get_username() if obj.granted_by else "outside the admin"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # a grant stays as it was made, deleted by nobody either

    has_delete_permission = has_change_permission


class GrantedHere:
    """ModelAdmin mixin: rank given on this page (superuser status, groups, permissions) is
    kept as granted by whoever saves it (reviewers.rank_audit records it)."""

    def save_model(self, request, obj, form, change) -> None:
        with granting(by=request.user):
            super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        with granting(by=request.user):
            super().save_related(request, form, formsets, change)


admin.site.unregister(Group)


@admin.register(Group)
class NewsroomGroupAdmin(RefusesStalePages, GrantedHere, GroupAdmin):
    """Groups, superusers' only: a permission given to a group is kept as a role grant."""

    form = LoadedStateForm


class NewsroomUserChangeForm(LoadedStateForm, UserChangeForm):
    pass


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class NewsroomUserAdmin(RefusesStalePages, GrantedHere, UserAdmin):
    """Accounts, managed by the admin role too. Only a superuser grants rank (superuser
    status, groups, permissions), changes a superuser's account, or sets another user's
    password: anyone else sees those read-only or gets a 403."""

    form = NewsroomUserChangeForm

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields if request.user.is_superuser else fields + RANK_FIELDS

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        user = self.get_object(request, unquote(id))
        if user is not None and user.pk != request.user.pk and not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)
