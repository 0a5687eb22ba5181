"""JSON answers that are safe to embed in a page, and JSON-LD, the media type search
engines and fact-check aggregators ask ClaimReview in.

Sites paste ClaimReview into `<script type="application/ld+json">`; a speaker or claim
reading `</script><script>...` must not end that element. `<`, `>` and `&` only occur
inside JSON strings, so writing them as `\\u003c`, `\\u003e`, `\\u0026` changes no value.
"""

from rest_framework import renderers

EMBED_ESCAPES = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"))


class JSONRenderer(renderers.JSONRenderer):
    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        body = super().render(data, accepted_media_type, renderer_context)
        for char, escape in EMBED_ESCAPES:
            body = body.replace(char, escape)
        return body


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
