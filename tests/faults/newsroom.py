"""Small builders for the fault tests: an API token, and articles that differ from each other."""

from django.contrib.auth.models import Permission
from knox.models import AuthToken


def submitter_token(user) -> str:
    """A token whose user may post articles (claims.add_article)."""
    user.user_permissions.add(
        Permission.objects.get(codename="add_article", content_type__app_label="claims")
    )
    return AuthToken.objects.create(user=user)[1]


def article_text(n: int) -> str:
    """A short article with a few check-worthy sentences; `n` makes it unique."""
    return (
        f"Jobs report number {n}\n\n"
        f"The labour minister said on Tuesday that unemployment fell by {n % 9 + 1}.{n % 10} percent "
        f"in 2023, the lowest level in {n % 7 + 3} years. "
        f"According to the statistics office, {1000 + n} new firms were registered in March.\n\n"
        f"Critics said the figure leaves out {200 + n} thousand part-time workers, and that wages "
        f"rose by only {n % 5 + 1} percent while prices rose by {n % 4 + 5} percent."
    )
