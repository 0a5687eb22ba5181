"""Changelist filters the queue pages need beyond plain fields."""

from django.contrib import admin
from django.db.models import Exists, OuterRef

from claims.models import Rating, Source, Verdict
from claims.models.source import FAILING_CLASSES, LinkClass, failing_classes_phrase


class RatingFilter(admin.SimpleListFilter):
    """By the rating of the verdict of record."""

    title = "rating"
    parameter_name = "rating"

    def lookups(self, request, model_admin):
        return [(r.slug, r.label) for r in Rating.objects.all()]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        record = Verdict.objects.filter(
            claim=OuterRef("pk"), is_current=True, published_at__isnull=False, rating__slug=self.value()
        )
        return queryset.filter(Exists(record))


class LinkHealthFilter(admin.SimpleListFilter):
    title = "link health"
    parameter_name = "links"

    def lookups(self, request, model_admin):
        return [
            ("failing", f"A source is {failing_classes_phrase()}"),
            *[(c.value, f"A source is {c.label}") for c in (*FAILING_CLASSES, LinkClass.UNCHECKED)],
            ("healthy", "All sources fine"),
            ("none", "No sources"),
        ]

    def queryset(self, request, queryset):
        sources = Source.objects.filter(claim=OuterRef("pk"))
        failing = Exists(sources.filter(link_status__in=FAILING_CLASSES))
        match self.value():
            case "failing":
                return queryset.filter(failing)
            case "healthy":
                return queryset.filter(Exists(sources)).exclude(failing)
            case "none":
                return queryset.exclude(Exists(sources))
            case status if status in LinkClass.values:
                return queryset.filter(Exists(sources.filter(link_status=status)))
        return queryset


class DeadlineFilter(admin.SimpleListFilter):
    """Open claims past their deadline, or due within the week (Claim.objects.overdue, due_soon)."""

    title = "deadline"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("week", "Due this week"), ("none", "No deadline")]

    def queryset(self, request, queryset):
        match self.value():
            case "overdue":
                return queryset.overdue()
            case "week":
                return queryset.due_soon()
            case "none":
                return queryset.filter(deadline__isnull=True)
        return queryset


class ClaimKindFilter(admin.SimpleListFilter):
    """A direct quote, reported speech ("X said that ...") or the article's own statement."""

    title = "kind"
    parameter_name = "kind"
    KINDS = {
        "quote": ("Direct quote", {"is_quote": True}),
        "reported": ("Reported speech", {"is_quote": False, "is_reported": True}),
        "statement": ("The article's own", {"is_quote": False, "is_reported": False}),
    }

    def lookups(self, request, model_admin):
        return [(kind, label) for kind, (label, _) in self.KINDS.items()]

    def queryset(self, request, queryset):
        if self.value() not in self.KINDS:
            return queryset
        return queryset.filter(**self.KINDS[self.value()][1])
