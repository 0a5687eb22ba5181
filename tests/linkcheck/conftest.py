from tests.web.site import canary, site, site2  # noqa: F401  (fixtures)
