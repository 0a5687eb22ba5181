"""The HTTP answers that send a client elsewhere (with a Location header).

One set for the single-page fetch (`fetch.py`) and the link checker: kept apart from
both so that the link checker, which speaks aiohttp, does not import httpx to read it.
"""

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
