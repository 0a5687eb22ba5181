"""Who may read and write what through the API.

Public endpoints say so with `AllowAny`; everything else needs an authenticated user
(the REST_FRAMEWORK default). Claims in the workflow are for the newsroom only; for
anyone else they do not exist (the queryset hides them, so the answer is 404).
"""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission


def is_newsroom(user) -> bool:
    """Reviewers, editors and admins: staff whose role groups grant `claims.view_claim`
    (reviewers.roles), as the admin requires; someone whose staff status was taken away keeps
    no newsroom view through an old token. May query the user's permissions once; Django caches them."""
    return bool(
        user
        and user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.has_perm("claims.view_claim")
    )


class SubmitsArticles(BasePermission):
    """Reading needs the newsroom; posting an article needs `claims.add_article`."""

    message = "This token's user may not submit articles (needs the claims.add_article permission)."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return is_newsroom(request.user)
        return bool(request.user and request.user.has_perm("claims.add_article"))
