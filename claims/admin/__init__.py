from claims.admin import article, claim, source, verdict  # noqa: F401  (registers the admins)
