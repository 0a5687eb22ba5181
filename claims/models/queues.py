"""Proxy models that give each working queue its own page in the admin.

They add no table and no permissions: their admins check the Claim permissions.
"""

from claims.models.claim import Claim


class MyQueue(Claim):
    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = "claim in my queue"
        verbose_name_plural = "My queue"


class UnassignedClaim(Claim):
    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = "unassigned claim"
        verbose_name_plural = "Unassigned"


class AwaitingMySignOff(Claim):
    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = "claim awaiting my sign-off"
        verbose_name_plural = "Awaiting my sign-off"
