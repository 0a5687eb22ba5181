"""The address of an admin view that acts on one object: `<object id>/<route>/`."""

from collections.abc import Callable

from django.contrib.admin import ModelAdmin
from django.urls import URLPattern, path


def object_path(model_admin: ModelAdmin, route: str, view: Callable, name: str) -> URLPattern:
    """`view` at `<object id>/<route>/` of the model's admin pages, behind the admin's login."""
    return path(f"<path:object_id>/{route}/", model_admin.admin_site.admin_view(view), name=name)
