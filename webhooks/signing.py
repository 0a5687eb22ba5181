"""Standard Webhooks signatures (https://www.standardwebhooks.com/): the headers a receiver
checks with any Standard Webhooks verifier.

The signed content is `<webhook-id>.<webhook-timestamp>.<body>`, signed with HMAC-SHA256
under the secret's bytes (the base64 after `whsec_`), sent as `v1,<base64 signature>`.
"""

import base64
import hashlib
import hmac

SECRET_PREFIX = "whsec_"


def signature(secret: str, event_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{event_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode("ascii")


def signed_headers(secret: str, event_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "webhook-id": event_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, event_id, timestamp, body),
    }
