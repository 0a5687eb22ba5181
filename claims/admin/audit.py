"""The audit trail (django-simple-history) of a row: readable by whoever may view the row.

Its "Revert" writes the old version back, so it is a change like any other: it needs the
change page's permission, judged on the row as it is now (403 otherwise), and the button
shows only to those who have it.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from simple_history.admin import SimpleHistoryAdmin


class AuditTrailAdmin(SimpleHistoryAdmin):
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method != "POST":
            return super().history_form_view(request, object_id, version_id, extra_context)
        # One transaction, as the change page's save: the check and the write (and what the
        # save does besides, such as making the reverter the draft's author) land together.
        with transaction.atomic():
            current = self.get_object(request, unquote(object_id))
            if current is None or not self.has_change_permission(request, current):
                raise PermissionDenied
            return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None) -> bool:
        return super().revert_disabled(request, obj) or not self.has_change_permission(request, obj)
