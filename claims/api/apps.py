from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API: an app of its own so its token admin is discovered."""

    name = "claims.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from claims.api.queries import forget_scale_bounds
        from claims.models import Rating

        post_save.connect(forget_scale_bounds, sender=Rating, dispatch_uid="api-scale-bounds-save")
        post_delete.connect(forget_scale_bounds, sender=Rating, dispatch_uid="api-scale-bounds-delete")
