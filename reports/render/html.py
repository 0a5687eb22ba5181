"""The HTML format: e-mail-safe (tables, inline styles, no CSS blocks or scripts), 600 pixels wide.

The same markup serves the e-mail (images as `cid:` references), the downloadable file
(images inlined as data: URLs, so it opens anywhere offline) and the admin preview.
"""

import base64
from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string

from reports.render import fmt
from reports.render.charts import Chart

FONT = "font-family:Arial,Helvetica,sans-serif;color:#212121;"
# Inline styles by role; e-mail clients drop <style> blocks, so every element carries its own.
STYLES = {
    "body": FONT + "margin:0;padding:0;background:#f5f5f5;",
    "page": FONT + "width:600px;max-width:100%;background:#ffffff;border-collapse:collapse;",
    "cell": "padding:16px 24px;",
    "h1": FONT + "font-size:22px;margin:0 0 4px 0;",
    "h2": FONT + "font-size:17px;margin:24px 0 8px 0;border-bottom:2px solid #eeeeee;padding-bottom:4px;",
    "muted": FONT + "font-size:13px;color:#616161;margin:0;",
    "p": FONT + "font-size:14px;line-height:20px;margin:0 0 8px 0;",
    "table": FONT + "width:100%;border-collapse:collapse;font-size:13px;",
    "th": "text-align:left;padding:6px 8px;border-bottom:1px solid #bdbdbd;background:#fafafa;",
    "td": "text-align:left;padding:6px 8px;border-bottom:1px solid #eeeeee;vertical-align:top;",
    "num": "text-align:right;padding:6px 8px;border-bottom:1px solid #eeeeee;",
    "thnum": "text-align:right;padding:6px 8px;border-bottom:1px solid #bdbdbd;background:#fafafa;",
    "figure": FONT + "font-size:28px;font-weight:bold;margin:0;",
    "figlabel": FONT + "font-size:12px;color:#616161;margin:0;",
    "img": "display:block;width:600px;max-width:100%;height:auto;border:0;margin:8px 0;",
    "bad": "color:#c62828;font-weight:bold;",
    "link": "color:#1565c0;",
}


@dataclass(frozen=True)
class Image:
    name: str
    title: str
    src: str


def cid_images(charts: list[Chart]) -> list[Image]:
    """For e-mail: each chart is a related MIME part whose Content-ID is its file name."""
    return [Image(c.name, c.title, f"cid:{c.name}") for c in charts]


def inline_images(charts: list[Chart]) -> list[Image]:
    """For a file people download: each chart inlined, so the page stands alone."""
    return [
        Image(c.name, c.title, "data:image/png;base64," + base64.b64encode(c.png).decode()) for c in charts
    ]


def render(data: dict, images: list[Image], *, footer: str = "") -> str:
    context = {
        "d": data,
        "s": STYLES,
        "images": {image.name.removesuffix(".png"): image for image in images},
        "more": {
            section: fmt.more(data[section]["total"], len(data[section]["items"]))
            for section in ("sources", "corrections")
            if section in data
        },
        "footer": footer,
        "link_counts": [r for r in data.get("link_health", {}).get("by_status", []) if r["count"]],
        "site_url": settings.SITE_URL.rstrip("/"),
        "organisation": settings.FACTCHECK_ORGANISATION,
    }
    return render_to_string(f"reports/{data['kind']}.html", context)
