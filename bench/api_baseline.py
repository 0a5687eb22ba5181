"""The floor for api_bench.py: published verdicts straight from psycopg to json.dumps.

A bare WSGI app (run under the same gunicorn settings as the API) that answers

    GET /verdicts/?page_size=N   the newest N published verdicts, as the API lists them
    GET /verdicts/<id>/          one of them

with the same rows and the same JSON shape as /api/v1/verdicts/, but none of Django:
no middleware, authentication, throttling, filters, serializers or conditional GET.
One connection per worker process, opened on the first request. DATABASE_URL names
the database. Like Django's default connection, it binds parameters on the client and
prepares no statements, unless BASELINE_PREPARED=1 (psycopg's own defaults).
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime

import psycopg

PAGE = """
SELECT v.id, v.summary, v.published_at, v.updated_at,
       c.id, c.text, c.speaker, c.is_quote,
       a.id, a.url, a.title, a.outlet, a.published_on,
       r.slug, r.label, r.value,
       au.username, au.first_name, au.last_name,
       ap.username, ap.first_name, ap.last_name
FROM claims_verdict v
JOIN claims_claim c ON c.id = v.claim_id
JOIN claims_article a ON a.id = c.article_id
JOIN claims_rating r ON r.id = v.rating_id
JOIN auth_user au ON au.id = v.author_id
LEFT JOIN auth_user ap ON ap.id = v.approved_by_id
WHERE v.published_at IS NOT NULL AND v.is_current AND c.status IN ('published', 'correcting')
  AND c.public_slug <> ''
"""
LIST = PAGE + " ORDER BY v.published_at DESC, v.id DESC LIMIT %s"
DETAIL = PAGE + " AND v.id = %s"
BOUNDS = "SELECT min(value), max(value) FROM claims_rating WHERE is_active"
SOURCES = """
SELECT vs.verdict_id, s.url, s.title, s.kind, s.link_status, s.http_status, s.last_checked_at
FROM claims_verdict_sources vs JOIN claims_source s ON s.id = vs.source_id
WHERE vs.verdict_id = ANY(%s) ORDER BY s.added_at, s.id
"""
CORRECTIONS = """
SELECT claim_id, what_changed, reason, published_at FROM claims_correction
WHERE claim_id = ANY(%s) AND published_at IS NOT NULL ORDER BY published_at, id
"""

_conn: psycopg.Connection | None = None


def connection() -> psycopg.Connection:
    global _conn
    if _conn is None or _conn.closed:
        if os.environ.get("BASELINE_PREPARED") == "1":
            _conn = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
        else:
            _conn = psycopg.connect(
                os.environ["DATABASE_URL"],
                autocommit=True,
                cursor_factory=psycopg.ClientCursor,
                prepare_threshold=None,
            )
    return _conn


def _name(username, first, last):
    if username is None:
        return None
    return f"{first} {last}".strip() or username


def _when(value):
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def verdicts(rows, cursor) -> list[dict]:
    cursor.execute(BOUNDS)
    worst, best = cursor.fetchone()
    ids = [row[0] for row in rows]
    claim_ids = [row[4] for row in rows]
    sources: dict[int, list] = {i: [] for i in ids}
    cursor.execute(SOURCES, (ids,))
    for vid, url, title, kind, status, http, checked in cursor.fetchall():
        sources[vid].append(
            {
                "url": url,
                "title": title,
                "kind": kind,
                "link_status": status,
                "http_status": http,
                "last_checked_at": _when(checked),
            }
        )
    corrections: dict[int, list] = {i: [] for i in claim_ids}
    cursor.execute(CORRECTIONS, (claim_ids,))
    for cid, what, reason, published in cursor.fetchall():
        corrections[cid].append({"what_changed": what, "reason": reason, "published_at": _when(published)})
    items = []
    for row in rows:
        (
            vid,
            summary,
            published,
            updated,
            cid,
            text,
            speaker,
            is_quote,
            aid,
            url,
            title,
            outlet,
            on,
            slug,
            label,
            value,
            *users,
        ) = row
        items.append(
            {
                "id": vid,
                "claim": {"id": cid, "text": text, "speaker": speaker, "is_quote": is_quote},
                "article": {
                    "id": aid,
                    "url": url,
                    "title": title,
                    "outlet": outlet,
                    "published_on": _when(on),
                },
                "rating": {
                    "slug": slug,
                    "label": label,
                    "value": value,
                    "worst": min(worst, value),
                    "best": max(best, value),
                },
                "summary": summary,
                "sources": sources[vid],
                "reviewer": _name(*users[:3]),
                "editor": _name(*users[3:]),
                "published_at": _when(published),
                "updated_at": _when(updated),
                "corrections": corrections[cid],
                "claimreview": f"http://127.0.0.1/claimreview/{vid}/",
            }
        )
    return items


def app(environ, start_response):
    path = environ.get("PATH_INFO", "")
    parts = [p for p in path.split("/") if p]
    with connection().cursor() as cursor:
        if parts == ["verdicts"]:
            query = dict(p.split("=", 1) for p in environ.get("QUERY_STRING", "").split("&") if "=" in p)
            size = min(int(query.get("page_size", "20")), 100)
            cursor.execute(LIST, (size + 1,))
            rows = cursor.fetchall()
            body = {
                "next": "http://127.0.0.1/verdicts/?cursor=x" if len(rows) > size else None,
                "previous": None,
                "results": verdicts(rows[:size], cursor),
            }
        elif len(parts) == 2 and parts[0] == "verdicts" and parts[1].isdigit():
            cursor.execute(DETAIL, (int(parts[1]),))
            rows = cursor.fetchall()
            if not rows:
                start_response("404 Not Found", [("Content-Type", "application/json")])
                return [b'{"detail":"Not found."}']
            body = verdicts(rows, cursor)[0]
        else:
            start_response("404 Not Found", [("Content-Type", "application/json")])
            return [b'{"detail":"Not found."}']
    data = json.dumps(body).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]
