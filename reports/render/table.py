"""The CSV format. The article report is one row per claim; the digest, whose sections
have different shapes, is one row per figure (section, item, metric, value), which a
spreadsheet pivots back into any table.

Claims, speakers and summaries come from articles anyone can publish: a cell that a
spreadsheet would read as a formula (`=HYPERLINK(...)`) is written as text instead.
"""

import csv
import io

# OWASP "CSV Injection": a cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

DIGEST_HEADER = ["section", "item", "metric", "value"]
ARTICLE_HEADER = [
    "claim_id",
    "text",
    "speaker",
    "status",
    "assignee",
    "rating",
    "summary",
    "author",
    "approved_by",
    "published_at",
    "sources",
    "failing_sources",
    "changed_sources",
    "source_urls",
    "corrections",
    "checked_text",
]


def _digest_rows(d: dict):
    yield "claims", "", "extracted", d["claims"]["extracted"]
    yield "claims", "", "articles", d["claims"]["articles"]
    for r in d["verdicts"]["by_rating"]:
        yield "verdicts", r["label"], "published", r["count"]
    for r in d["queue"]["by_status"]:
        yield "queue", r["label"], "claims", r["count"]
    for b in d["queue"]["age_buckets"]:
        yield "queue_age", b["label"], "claims", b["count"]
    yield "time_to_verdict", "", "median_hours", d["time_to_verdict"]["median_hours"]
    for p in d["reviewers"]:
        yield "reviewers", p["name"], "authored", p["authored"]
        yield "reviewers", p["name"], "approved", p["approved"]
    for r in d["link_health"]["by_status"]:
        yield "link_health", r["label"], "sources", r["count"]
    for row in d["link_health"]["over_time"]["rows"]:
        for link_class, n in row.items():
            if link_class != "at":
                yield "link_checks", row["at"], link_class, n
    yield "sources", "", "broke_or_changed", d["sources"]["total"]
    for s in d["sources"]["items"]:
        yield "sources", s["url"], "link_status", s["link_status"]
    yield "corrections", "", "made", d["corrections"]["total"]
    for c in d["corrections"]["items"]:
        yield "corrections", c["claim_id"], "what_changed", c["what_changed"]


def _article_rows(d: dict):
    for c in d["claims"]:
        v = c["verdict"] or {}
        yield [
            c["claim_id"],
            c["text"],
            c["speaker"],
            c["status"],
            c["assignee"] or "",
            v.get("rating", ""),
            v.get("summary", ""),
            v.get("author", ""),
            v.get("approved_by") or "",
            v.get("published_at") or "",
            len(c["sources"]),
            sum(s["failing"] for s in c["sources"]),
            sum(s["changed_since_cited"] for s in c["sources"]),
            " ".join(s["url"] for s in c["sources"]),
            len(c["corrections"]),
            c["checked_text"],
        ]


def as_text_cell(value):
    """`value`, with a leading `'` if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(data: dict) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    if data["kind"] == "digest":
        header, rows = DIGEST_HEADER, _digest_rows(data)
    else:
        header, rows = ARTICLE_HEADER, _article_rows(data)
    writer.writerow(header)
    writer.writerows([as_text_cell(value) for value in row] for row in rows)
    return buf.getvalue()
