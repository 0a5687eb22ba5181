import gzip
import zlib

import pytest

from claims.guarded_http.body import CappedDecoder, UnsupportedEncoding


def feed_all(decoder: CappedDecoder, data: bytes, chunk: int = 4096) -> bytes:
    return b"".join(decoder.feed(data[i : i + chunk]) for i in range(0, len(data), chunk))


def test_identity_bodies_pass_through_up_to_the_cap():
    decoder = CappedDecoder(None, 10)
    assert feed_all(decoder, b"0123456789abc", chunk=4) == b"0123456789"
    assert decoder.exceeded


def test_a_body_exactly_at_the_cap_is_not_over_it():
    decoder = CappedDecoder("identity", 4)
    assert decoder.feed(b"abcd") == b"abcd"
    assert not decoder.exceeded


def raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-15)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize(
    "encoding, compress",
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", raw_deflate),
    ],
)
def test_it_inflates_gzip_and_both_kinds_of_deflate(encoding, compress):
    text = b"<p>hello world</p>" * 100
    assert feed_all(CappedDecoder(encoding, 1_000_000), compress(text), chunk=7) == text


def test_a_decompression_bomb_stops_at_the_cap_in_one_feed():
    bomb = gzip.compress(b"\0" * 20_000_000)  # ~20 KB that inflates to 20 MB
    decoder = CappedDecoder("gzip", 1_000_000)
    out = decoder.feed(bomb)
    assert len(out) == 1_000_000
    assert decoder.exceeded
    assert decoder.feed(b"more") == b""


def test_an_unknown_encoding_is_refused_up_front():
    with pytest.raises(UnsupportedEncoding, match="br"):
        CappedDecoder("br", 100)


def test_a_corrupt_gzip_body_raises_zlib_error():
    with pytest.raises(zlib.error):
        CappedDecoder("gzip", 100).feed(b"definitely not gzip")
