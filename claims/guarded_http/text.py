"""Content types and character sets of fetched pages."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body)", re.IGNORECASE)


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """'text/html; charset=UTF-8' -> ('text/html', 'UTF-8'); missing -> ('', None)."""
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("'\"") or None
    return media.strip().lower(), charset


def sniff_media_type(body: bytes) -> str:
    """A guess for responses without Content-Type: HTML if it starts like HTML."""
    return "text/html" if _HTML_START.match(body[:512]) else ""


def is_textual(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type in ("application/xhtml+xml", "application/xml")


# Browsers (WHATWG Encoding) read these labels as windows-1252; pages rely on it.
_WHATWG_ALIASES = {"ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252"}


def _known(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def detect_encoding(body: bytes, declared: str | None = None) -> str:
    """BOM, then the declared charset, then <meta charset>, then a statistical guess."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    found = _known(declared)
    if found:
        return found
    match = _META_CHARSET.search(body[:4096])
    found = _known(match.group(1).decode("ascii")) if match else None
    if found:
        return found
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A body cut at the cap may end inside a character: still UTF-8.
        if exc.start >= len(body) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    from charset_normalizer import from_bytes  # slow to import, rarely needed

    guess = from_bytes(body[:65536]).best()
    return _known(guess.encoding if guess else None) or "utf-8"


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Bytes of a page to (text, encoding name); undecodable bytes become U+FFFD."""
    encoding = detect_encoding(body, parse_content_type(content_type)[1])
    return body.decode(encoding, errors="replace"), encoding
