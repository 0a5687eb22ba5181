from claims.admin import article, claim, fact_check, notifications, queues, source, verdict  # noqa: F401  (registers the admins)
