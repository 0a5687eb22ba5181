"""The plain-text format: the e-mail's text part, and what `build_report` prints by default."""

from django.conf import settings

from reports.render.fmt import duration, more, when


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _digest(d: dict) -> list[str]:
    q, lines = d["queue"], []
    lines += [
        f"Claims extracted:        {d['claims']['extracted']} (from {d['claims']['articles']} articles)",
        f"Verdicts published:      {d['verdicts']['published']}",
        f"Claims waiting:          {q['waiting']} (as of {when(q['as_of'])})",
        f"Median time to verdict:  {duration(d['time_to_verdict']['median_hours'])}",
    ]
    lines += _heading("Verdicts published, by rating")
    lines += [f"  {r['label']:<28} {r['count']:>6}" for r in d["verdicts"]["by_rating"]]
    lines += _heading("Queue")
    lines += [f"  {r['label']:<28} {r['count']:>6}" for r in q["by_status"]]
    lines += [f"  waiting {b['label']:<20} {b['count']:>6}" for b in q["age_buckets"]]
    if q["oldest_waiting"]:
        o = q["oldest_waiting"]
        lines.append(f"  Oldest waiting ({duration(o['age_hours'])}): {o['text']} (claim {o['claim_id']})")
    lines += _heading("Throughput per reviewer (written / approved)")
    lines += [f"  {p['name']:<28} {p['authored']:>4} / {p['approved']}" for p in d["reviewers"]] or ["  none"]
    lines += _heading("Link health")
    lines.append(
        "  " + ", ".join(f"{r['label']}: {r['count']}" for r in d["link_health"]["by_status"] if r["count"])
    )
    lines.append(
        f"  {d['sources']['total']} source(s) turned {d['sources']['failing_label']}, "
        "or changed since cited, in this period"
    )
    for s in d["sources"]["items"]:
        state = s["link_label"] + (", changed since cited" if s["changed_since_cited"] else "")
        lines.append(f"  - {s['url']} [{state}] on claim {s['claim_id']}: {s['claim_text']}")
    if extra := more(d["sources"]["total"], len(d["sources"]["items"])):
        lines.append(f"  {extra}")
    lines += _heading("Corrections")
    for c in d["corrections"]["items"]:
        lines.append(
            f"  - {when(c['at'])}, {c['by']}, claim {c['claim_id']}: {c['what_changed']} Why: {c['reason']}"
        )
    if not d["corrections"]["items"]:
        lines.append("  none")
    if extra := more(d["corrections"]["total"], len(d["corrections"]["items"])):
        lines.append(f"  {extra}")
    return lines


def _article(d: dict) -> list[str]:
    a, s = d["article"], d["summary"]
    lines = [x for x in (a["outlet"], a["author"], a["published_on"], a["url"]) if x]
    failing = s["failing_by_class"] or f"none {s['failing_label']}"
    lines.append(
        f"{s['claims']} claims, {s['sources']} sources ({failing}; "
        f"{s['changed_sources']} changed since cited), {s['corrections']} corrections"
    )
    for c in d["claims"]:
        lines += _heading(f"Claim {c['claim_id']}: {c['status_label']}")
        lines.append(f"  {c['text']}" + (f" ({c['speaker']})" if c["speaker"] else ""))
        if c["checked_text"]:
            lines.append(f"  As checked: {c['checked_text']}")
        v = c["verdict"]
        lines.append(
            f"  Verdict: {v['rating_label']}: {v['summary']} (by {v['author']})"
            if v
            else "  Verdict: none yet"
        )
        for src in c["sources"]:
            flag = ", changed since cited" if src["changed_since_cited"] else ""
            lines.append(f"  Source: {src['url']} [{src['link_label']}{flag}]")
        for x in c["corrections"]:
            lines.append(f"  Correction {when(x['at'])} by {x['by']}: {x['what_changed']} Why: {x['reason']}")
    return lines


def render(data: dict, *, footer: str = "") -> str:
    lines = [
        settings.FACTCHECK_ORGANISATION,
        data["title"],
        "=" * len(data["title"]),
        f"Generated {when(data['generated_at'])}",
        "",
    ]
    lines += _digest(data) if data["kind"] == "digest" else _article(data)
    if footer:
        lines += ["", "-- ", footer]
    return "\n".join(lines) + "\n"
