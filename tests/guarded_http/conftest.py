from tests.guarded_http.site import canary, site, site2  # noqa: F401  (fixtures)
