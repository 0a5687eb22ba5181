from claims.admin import article, claim, queues, source, verdict  # noqa: F401  (registers the admins)
