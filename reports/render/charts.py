"""Charts drawn on the server as PNG, so they show in e-mail clients and the admin alike.

Figures are made with matplotlib's object API (no pyplot), which renders with Agg and
keeps no global state, so it is safe in worker processes and threads.
"""

import io
from dataclasses import dataclass

from matplotlib.figure import Figure

# Colours readers can tell apart, also in greyscale print.
LINK_COLOURS = {
    "ok": "#2e7d32",
    "redirect": "#1565c0",
    "broken": "#c62828",
    "timeout": "#ef6c00",
    "transient": "#f9a825",
    "blocked": "#6a1b9a",
    "invalid": "#757575",
    "unchecked": "#bdbdbd",
}
BAR = "#37474f"
WIDTH, HEIGHT, DPI = 6.0, 3.0, 100  # 600 x 300 pixels: fits the 600-pixel column e-mails use


@dataclass(frozen=True)
class Chart:
    name: str  # file name, also the Content-ID in e-mails
    title: str  # alt text and caption
    png: bytes


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _figure(title: str) -> tuple[Figure, object]:
    fig = Figure(figsize=(WIDTH, HEIGHT), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#616161")
    ax.set_xticks([])
    ax.set_yticks([])


def bars(title: str, labels: list[str], counts: list[int], *, empty: str) -> bytes:
    """Horizontal bars, first label on top; `empty` is shown when every count is zero."""
    fig, ax = _figure(title)
    if not any(counts):
        _empty(ax, empty)
        return _png(fig)
    positions = range(len(labels))[::-1]
    ax.barh(list(positions), counts, color=BAR)
    ax.set_yticks(list(positions), labels, fontsize=9)
    ax.bar_label(ax.containers[0], padding=3, fontsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _png(fig)


def stacked_over_time(title: str, rows: list[dict], *, bucket: str, empty: str) -> bytes:
    """Checks per time bucket, stacked by link class, in LINK_COLOURS order."""
    fig, ax = _figure(title)
    classes = [c for c in LINK_COLOURS if any(row.get(c) for row in rows)]
    if not classes:
        _empty(ax, empty)
        return _png(fig)
    labels = [row["at"][11:16] if bucket == "hour" else row["at"][5:10] for row in rows]
    bottom = [0] * len(rows)
    for link_class in classes:
        values = [row.get(link_class, 0) for row in rows]
        ax.bar(range(len(rows)), values, bottom=bottom, color=LINK_COLOURS[link_class], label=link_class)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(rows) // 12)
    ax.set_xticks(range(0, len(rows), step), labels[::step], fontsize=8, rotation=45 if len(rows) > 8 else 0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False, ncols=min(4, len(classes)), loc="upper left")
    return _png(fig)


def digest_charts(data: dict) -> list[Chart]:
    verdicts = data["verdicts"]["by_rating"]
    ages = data["queue"]["age_buckets"]
    over_time = data["link_health"]["over_time"]
    return [
        Chart("verdicts.png", "Verdicts published, by rating", bars(
            "Verdicts published, by rating", [r["label"] for r in verdicts], [r["count"] for r in verdicts],
            empty="No verdicts published in this period")),
        Chart("queue_age.png", "Claims waiting, by age", bars(
            "Claims waiting, by age", [b["label"] for b in ages], [b["count"] for b in ages],
            empty="Nothing is waiting")),
        Chart("link_health.png", "Link checks over time", stacked_over_time(
            f"Link checks per {over_time['bucket']}, by result", over_time["rows"], bucket=over_time["bucket"],
            empty="No link checks in this period")),
    ]


def article_charts(data: dict) -> list[Chart]:
    ratings = data["summary"]["by_rating"]
    statuses: dict[str, int] = {}
    for claim in data["claims"]:
        for source in claim["sources"]:
            statuses[source["link_status"]] = statuses.get(source["link_status"], 0) + 1
    link_order = [c for c in LINK_COLOURS if c in statuses]
    return [
        Chart("verdicts.png", "Current verdicts, by rating", bars(
            "Current verdicts, by rating", list(ratings), list(ratings.values()), empty="No verdicts yet")),
        Chart("link_status.png", "Sources, by link health", bars(
            "Sources, by link health", link_order, [statuses[c] for c in link_order], empty="No sources yet")),
    ]


def charts_for(data: dict) -> list[Chart]:
    return digest_charts(data) if data["kind"] == "digest" else article_charts(data)
