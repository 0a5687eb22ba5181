"""Read a response body up to a cap, decompressing it ourselves.

HTTP libraries inflate gzip/deflate in one go per network chunk; a few kilobytes of
zeros can become gigabytes. Here every decompression step is bounded by the bytes
still allowed, so a bomb stops at the cap like any other oversized body.
"""

from __future__ import annotations

import zlib

# What we can undo with a bounded decompressor; advertised in Accept-Encoding.
ACCEPT_ENCODING = "gzip, deflate"


class UnsupportedEncoding(Exception):
    def __init__(self, encoding: str):
        super().__init__(f"unsupported Content-Encoding: {encoding}")
        self.encoding = encoding


class CappedDecoder:
    """Feed raw body chunks, get decoded bytes; never more than `limit` in total.

    After the limit, `exceeded` is True and further output is dropped: the caller
    decides whether that is an error (a fetch) or just the end of a sniff (a link check).
    """

    def __init__(self, content_encoding: str | None, limit: int):
        self.limit = limit
        self.produced = 0
        self.exceeded = False
        self._decomp = _decompressor(content_encoding)
        # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
        self._may_retry_raw = (content_encoding or "").strip().lower() == "deflate"

    @property
    def room(self) -> int:
        return self.limit - self.produced

    def feed(self, data: bytes) -> bytes:
        if self.exceeded or not data:
            return b""
        if self._decomp is None:
            out = data[: self.room]
            self.exceeded = len(data) > self.room
        else:
            out = self._inflate(data)
        self.produced += len(out)
        return out

    def _inflate(self, data: bytes) -> bytes:
        pieces = []
        room = self.room
        while data and not self._decomp.eof:
            try:
                # One byte more than allowed tells us the body goes on past the cap.
                out = self._decomp.decompress(data, room + 1)
            except zlib.error:
                if not self._may_retry_raw or self.produced or pieces:
                    raise
                self._may_retry_raw = False
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            if len(out) > room:
                pieces.append(out[:room])
                self.exceeded = True
                break
            pieces.append(out)
            room -= len(out)
            data = self._decomp.unconsumed_tail
        return b"".join(pieces)


def _decompressor(content_encoding: str | None):
    enc = (content_encoding or "identity").strip().lower()
    if enc in ("", "identity"):
        return None
    if enc in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if enc == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)
    raise UnsupportedEncoding(enc)
