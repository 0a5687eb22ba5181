"""JSON-LD, the media type search engines and fact-check aggregators ask ClaimReview in."""

from rest_framework.renderers import JSONRenderer


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"
