"""OpenAPI details drf-spectacular cannot infer: the token scheme, ClaimReview's
JSON-LD shape, and the error answers every operation may give."""

from __future__ import annotations

import re

from drf_spectacular.contrib.knox_auth_token import KnoxTokenScheme
from drf_spectacular.extensions import OpenApiSerializerExtension

from claims.claimreview import CONTEXT

_TEXT = {"type": "string"}


def fixed(*values: str) -> dict:
    """A string that is always one of `values` (JSON-LD's @type and @context).

    A pattern, not an enum: drf-spectacular would lift enums into components named
    after the property, and "@" is not allowed in a component name.
    """
    return {"type": "string", "pattern": "^(" + "|".join(re.escape(v) for v in values) + ")$"}


_DATE = {"type": "string", "format": "date"}


def _typed(type_name: str, properties: dict, required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "properties": {"@type": fixed(type_name), **properties},
        "required": ["@type", *(required if required is not None else properties)],
    }


_AGENT = {
    "type": "object",
    "properties": {"@type": fixed("Person", "Organization"), "name": _TEXT},
    "required": ["@type", "name"],
}
_ORGANISATION = _typed("Organization", {"name": _TEXT, "url": {"type": "string", "format": "uri"}})
_PUBLISHER = _typed("Organization", {"name": _TEXT})
_APPEARANCE = _typed(
    "CreativeWork",
    {
        "headline": _TEXT,
        "url": {"type": "string", "format": "uri"},
        "publisher": _PUBLISHER,
        "datePublished": _DATE,
    },
    required=["headline"],
)

CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "description": "A schema.org ClaimReview (JSON-LD) for one published verdict.",
    "properties": {
        "@context": fixed(CONTEXT),
        "@type": fixed("ClaimReview"),
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": _TEXT,
        "datePublished": _DATE,
        "dateModified": {"type": "string", "format": "date-time"},
        "author": _ORGANISATION,
        "reviewRating": _typed(
            "Rating",
            {
                "ratingValue": {"type": "integer"},
                "bestRating": {"type": "integer"},
                "worstRating": {"type": "integer"},
                "alternateName": _TEXT,
                "ratingExplanation": _TEXT,
            },
        ),
        "itemReviewed": _typed(
            "Claim",
            {"author": _AGENT, "datePublished": _DATE, "appearance": {"type": "array", "items": _APPEARANCE}},
            required=["author", "appearance"],  # no date when the article's is unknown
        ),
        "correction": {
            "type": "array",
            "description": "The public corrections, oldest first; absent when there are none.",
            "items": _typed(
                "CorrectionComment",
                {"text": _TEXT, "datePublished": {"type": "string", "format": "date-time"}},
            ),
        },
    },
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "datePublished",
        "dateModified",
        "author",
        "reviewRating",
        "itemReviewed",
    ],
}


class TokenScheme(KnoxTokenScheme):
    target_class = "claims.api.authentication.TokenAuthentication"
    name = "tokenAuth"


class ClaimReviewSchema(OpenApiSerializerExtension):
    target_class = "claims.api.claimreview_serializer.ClaimReviewSerializer"

    def get_name(self, auto_schema, direction):
        return "ClaimReview"

    def map_serializer(self, auto_schema, direction):
        return CLAIMREVIEW_SCHEMA


ERROR_COMPONENTS = {
    "Error": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
    "FieldErrors": {
        "type": "object",
        "description": "Field name (or `non_field_errors`, `detail`) to a list of messages.",
        "additionalProperties": {},
    },
}


def _media_types(operation: dict) -> list[str]:
    """Errors are rendered in the media type negotiated for the operation's success answer."""
    for code, response in operation.get("responses", {}).items():
        if code.startswith("2") and response.get("content"):
            return list(response["content"])
    return ["application/json"]


def _errors_for(method: str, operation: dict) -> dict:
    ref = {"schema": {"$ref": "#/components/schemas/Error"}}
    fields_ref = {"schema": {"$ref": "#/components/schemas/FieldErrors"}}
    media = _media_types(operation)

    def error(description: str, body: dict = ref) -> dict:
        return {"description": description, "content": {m: body for m in media}}

    errors = {
        "401": error("The token is missing, invalid or expired."),
        "403": error("The token's user may not do this."),
        "406": error("None of the accepted media types can be produced."),
        "429": error("Too many requests; see Retry-After."),
    }
    if method == "get":
        errors["304"] = {"description": "Not modified (the ETag sent in If-None-Match still matches)."}
        errors["404"] = error("No such item, or not visible to this client; or an invalid cursor.")
        errors["412"] = {"description": "An If-Match or If-Unmodified-Since precondition failed."}
    if operation.get("parameters") or operation.get("requestBody"):
        errors["400"] = error("Invalid input: messages per field.", fields_ref)
    if operation.get("requestBody"):
        errors["413"] = error(
            "The request body is over API_MAX_BODY_BYTES (`detail`), or the article over "
            "INGEST_MAX_CHARS characters (messages per field).",
            fields_ref,
        )
        errors["415"] = error("Unsupported media type: send JSON.")
    return errors


def document_error_responses(result: dict, generator, request, public) -> dict:
    """Postprocessing hook: add the error answers of each operation and their schemas."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_COMPONENTS)
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            responses = operation.setdefault("responses", {})
            for code, response in _errors_for(method, operation).items():
                responses.setdefault(code, response)
    return result
