"""Template filters for report data, which holds ISO timestamps and hours as plain numbers."""

from django import template

from reports.render import fmt

register = template.Library()
register.filter("when", fmt.when)
register.filter("duration", fmt.duration)
register.filter("weblink", fmt.weblink)
