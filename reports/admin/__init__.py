from reports.admin import delivery, report, subscription  # noqa: F401  (registers the admins)
