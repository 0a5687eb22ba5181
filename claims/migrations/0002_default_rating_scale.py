"""The default verdict scale; newsrooms rename or extend it in the admin.

Each rating has its own value (ClaimReview's ratingValue). Databases created before the
values were made distinct get them from the migration that adds the rating_unique_value
constraint.
"""

from django.db import migrations

DEFAULT_SCALE = [
    ("true", "True", 8, "The claim is accurate and nothing significant is missing."),
    ("mostly-true", "Mostly true", 7, "Accurate but needs clarification or additional information."),
    ("half-true", "Half true / Mixture", 6, "Partially accurate; leaves out important details or context."),
    ("unproven", "Unproven", 5, "The evidence available neither confirms nor refutes the claim."),
    ("misleading", "Misleading", 4, "Contains accurate facts presented so as to give a false impression."),
    ("mostly-false", "Mostly false", 3, "Contains an element of truth but ignores facts that change the picture."),
    ("false", "False", 2, "The claim is not accurate."),
    ("pants-on-fire", "Pants on fire / Ridiculous", 1, "Not accurate and makes a ridiculous claim."),
]


def create_scale(apps, schema_editor):
    Rating = apps.get_model("claims", "Rating")
    for order, (slug, label, value, definition) in enumerate(DEFAULT_SCALE):
        Rating.objects.get_or_create(
            slug=slug, defaults={"label": label, "value": value, "definition": definition, "order": order}
        )


def remove_scale(apps, schema_editor):
    apps.get_model("claims", "Rating").objects.filter(slug__in=[row[0] for row in DEFAULT_SCALE]).delete()


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]
    operations = [migrations.RunPython(create_scale, remove_scale)]
