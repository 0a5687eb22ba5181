"""The REST API (`/api/v1/`): published verdicts, ClaimReview, claims and articles."""
