"""Charts drawn on the server as PNG, so they show in e-mail clients and the admin alike.

Figures are made with matplotlib's object API (no pyplot), which renders with Agg and
keeps no global state, so it is safe in worker processes and threads.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    # Imported here: matplotlib and numpy add about 40 MB to every process that loads the
    # admin or the tasks, and only building a report draws.
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH, HEIGHT), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#616161")
    ax.set_xticks([])
    ax.set_yticks([])


def bars(title: str, rows: list[tuple[str, int]], *, empty: str) -> bytes:
    """Horizontal bars of (label, count), first row on top; `empty` is shown when every count is zero."""
    fig, ax = _figure(title)
    if not any(count for _, count in rows):
        _empty(ax, empty)
        return _png(fig)
    positions = list(range(len(rows)))[::-1]
    ax.barh(positions, [count for _, count in rows], color=BAR)
    ax.set_yticks(positions, [label for label, _ in rows], fontsize=9)
    ax.bar_label(ax.containers[0], padding=3, fontsize=8)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _png(fig)


def bar_chart(name: str, title: str, rows: list[tuple[str, int]], *, empty: str) -> Chart:
    return Chart(name, title, bars(title, rows, empty=empty))


def stacked_over_time(
    title: str, rows: list[dict], *, bucket: str, empty: str, labels: dict[str, str]
) -> bytes:
    """Checks per time bucket, stacked by link class, in LINK_COLOURS order; the legend says
    each class in `labels` (the LinkClass words the admin uses)."""
    fig, ax = _figure(title)
    classes = [c for c in LINK_COLOURS if any(row.get(c) for row in rows)]
    if not classes:
        _empty(ax, empty)
        return _png(fig)
    ticks = [row["at"][11:16] if bucket == "hour" else row["at"][5:10] for row in rows]
    bottom = [0] * len(rows)
    for link_class in classes:
        values = [row.get(link_class, 0) for row in rows]
        ax.bar(
            range(len(rows)),
            values,
            bottom=bottom,
            color=LINK_COLOURS[link_class],
            label=labels.get(link_class, link_class),
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(rows) // 12)
    ax.set_xticks(range(0, len(rows), step), ticks[::step], fontsize=8, rotation=45 if len(rows) > 8 else 0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8, frameon=False, ncols=min(4, len(classes)), loc="upper left")
    return _png(fig)


def digest_charts(data: dict) -> list[Chart]:
    verdicts = [(r["label"], r["count"]) for r in data["verdicts"]["by_rating"]]
    ages = [(b["label"], b["count"]) for b in data["queue"]["age_buckets"]]
    over_time = data["link_health"]["over_time"]
    title = f"Link checks per {over_time['bucket']}, by result"
    return [
        bar_chart(
            "verdicts.png",
            "Verdicts published, by rating",
            verdicts,
            empty="No verdicts published in this period",
        ),
        bar_chart("queue_age.png", "Claims waiting, by age", ages, empty="Nothing is waiting"),
        Chart(
            "link_health.png",
            title,
            stacked_over_time(
                title,
                over_time["rows"],
                bucket=over_time["bucket"],
                empty="No link checks in this period",
                labels=link_class_labels(data),
            ),
        ),
    ]


def link_class_labels(data: dict) -> dict[str, str]:
    """Each link class's words (LinkClass labels, as the admin shows them), from the report's data."""
    if data["kind"] == "digest":
        return {row["status"]: row["label"] for row in data["link_health"]["by_status"]}
    return {s["link_status"]: s["link_label"] for claim in data["claims"] for s in claim["sources"]}


def article_link_rows(data: dict) -> list[tuple[str, int]]:
    """(link class label, sources) for the article's chart, in LINK_COLOURS order."""
    statuses: dict[str, int] = {}
    for claim in data["claims"]:
        for source in claim["sources"]:
            statuses[source["link_status"]] = statuses.get(source["link_status"], 0) + 1
    labels = link_class_labels(data)
    return [(labels[c], statuses[c]) for c in LINK_COLOURS if c in statuses]


def article_charts(data: dict) -> list[Chart]:
    return [
        bar_chart(
            "verdicts.png",
            "Current verdicts, by rating",
            list(data["summary"]["by_rating"].items()),
            empty="No verdicts yet",
        ),
        bar_chart(
            "link_status.png",
            "Sources, by link health",
            article_link_rows(data),
            empty="No sources yet",
        ),
    ]


def charts_for(data: dict) -> list[Chart]:
    return digest_charts(data) if data["kind"] == "digest" else article_charts(data)
