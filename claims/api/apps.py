from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API; an app of its own only so its token admin is discovered."""

    name = "claims.api"
    label = "api"
    verbose_name = "API"
