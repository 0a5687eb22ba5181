"""The SSRF-guarded HTTP client every server-side request goes through (Django-free).

`guard.py` decides which addresses may be reached; `fetch.py` GETs one page for ingestion,
`post.py` POSTs a webhook, and the link checker (claims.linkcheck) uses the guard, the
resolver and the body decoding with aiohttp.
"""
