from tests.guarded_http.site import canary, site, site2  # noqa: F401  (fixtures)
from tests.linkcheck.sites import evidence, fast_checks, other_evidence  # noqa: F401  (fixtures)
